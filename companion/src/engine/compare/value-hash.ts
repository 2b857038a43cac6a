/**
 * A short, stable fingerprint of a canonical value. Object keys are sorted
 * before hashing so that the same value always gives the same hash, whatever
 * order its parts were built in.
 */
import { createHash } from 'node:crypto';
import type { Comparable } from './comparable-value';

const HASH_LENGTH = 16;

export function valueHash(comparable: Comparable): string {
    return createHash('sha256').update(stableJson(comparable)).digest('hex').slice(0, HASH_LENGTH);
}

function stableJson(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
