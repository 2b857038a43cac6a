/** Booleans: true/false, plus the spellings people and exports use for them. */
import { converted, failed, type ValueOutcome } from './transform-types';

const TRUE_WORDS = new Set(['true', '1', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'no']);

export function parseBoolean(value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === 0) return value === 1;
    if (typeof value !== 'string') return undefined;

    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return undefined;
}

export function transformBoolean(value: unknown): ValueOutcome<boolean> {
    const parsed = parseBoolean(value);
    if (parsed === undefined)
        return failed('not_a_boolean', `expected true or false, got ${JSON.stringify(value)}`);
    return converted(parsed);
}
