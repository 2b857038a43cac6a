/*
 * Shapes of the companion's mapping document and of its suggestions reply,
 * as companion/openapi.json defines them. Apex hands these replies over
 * unchanged, so the contract there is the contract here.
 */
export {};
