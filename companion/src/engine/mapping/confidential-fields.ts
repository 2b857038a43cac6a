/**
 * Confidential fields of a pairing, as the rest of the engine must treat
 * them: left out of every read, every write and every logged or audited
 * value. Salesforce names compare without case, as Salesforce does.
 *
 * The runner calls `withoutConfidential` on the columns it selects and
 * `redactConfidential` on every record it receives (the Trustworthy API
 * returns whole records, so its confidential values arrive unless removed).
 */
import type { Side } from '../types';
import type { Pairing } from './mapping-schema';

/** True when the field (an address compound counts through its components) is confidential. */
export function isConfidential(pairing: Pairing, side: Side, fieldName: string): boolean {
    const listed = pairing.confidentialFields?.[side] ?? [];
    if (listed.length === 0) return false;
    const wanted = normalise(side, fieldName);
    return listed.some((name) => normalise(side, name) === wanted);
}

/** The field names without the confidential ones, order kept. */
export function withoutConfidential(
    pairing: Pairing,
    side: Side,
    fieldNames: readonly string[]
): string[] {
    return fieldNames.filter((fieldName) => !isConfidential(pairing, side, fieldName));
}

/** A copy of the values without the confidential ones. */
export function redactConfidential(
    pairing: Pairing,
    side: Side,
    values: Readonly<Record<string, unknown>>
): Record<string, unknown> {
    const kept: Record<string, unknown> = {};
    for (const [fieldName, value] of Object.entries(values)) {
        if (!isConfidential(pairing, side, fieldName)) kept[fieldName] = value;
    }
    return kept;
}

function normalise(side: Side, fieldName: string): string {
    return side === 'salesforce' ? fieldName.toLowerCase() : fieldName;
}
