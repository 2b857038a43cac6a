/**
 * Where the rest of the companion gets its two sides from. The connections
 * helper owns this file and its implementation (env credentials, emulators,
 * OAuth-connected orgs with encrypted tokens); others only call it.
 */
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';

export interface ConnectionManager {
    /** The connected org; throws ApiError('salesforce_not_connected') when there is none. */
    salesforce(): Promise<SalesforcePort>;
    /** The connected Trustworthy account; throws ApiError('trustworthy_not_connected') when there is none. */
    trustworthy(): Promise<TrustworthyPort>;
}
