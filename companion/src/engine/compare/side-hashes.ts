/**
 * Per-field hashes of one side's record, as stored in a link's base. Lets the
 * runner skip a record whose mapped fields all still hash to the base
 * (an edit to an unmapped field is no reason to plan anything).
 */
import type { Pairing } from '../mapping/mapping-schema';
import { readLogicalValue } from '../transforms/read-logical-value';
import type { Side } from '../types';
import { comparableValue } from './comparable-value';
import { valueHash } from './value-hash';

/** Field key (the mapping's Salesforce field name) → hash of that side's value. */
export function sideHashes(
    pairing: Pairing,
    side: Side,
    rawValues: Readonly<Record<string, unknown>>
): Record<string, string> {
    const hashes: Record<string, string> = {};
    for (const field of pairing.fields) {
        hashes[field.salesforce] = valueHash(
            comparableValue(readLogicalValue(side, rawValues, field), field.transform)
        );
    }
    return hashes;
}

/** True when every mapped field of the record hashes to the stored base. */
export function matchesBase(
    pairing: Pairing,
    side: Side,
    rawValues: Readonly<Record<string, unknown>>,
    base: { salesforce: Record<string, string>; trustworthy: Record<string, string> } | undefined
): boolean {
    if (!base) return false;
    const hashes = sideHashes(pairing, side, rawValues);
    return Object.entries(hashes).every(([key, hash]) => base[side][key] === hash);
}
