/**
 * Phone numbers, normalised by one small deterministic rule (applying it twice
 * changes nothing, so a normalised number never echoes back as an edit):
 *
 * 1. Runs of whitespace become one space; the ends are trimmed.
 * 2. A trailing extension — `x123`, `ext 123`, `ext. 123`, `extension 123` —
 *    is split off and kept as written.
 * 3. An international number (starting with `+` or `00`) becomes `+` followed
 *    by its digit groups, joined by single spaces: `0044 (20) 7946-0000` →
 *    `+44 20 7946 0000`, `+4420 79460000` → `+4420 79460000`.
 * 4. Any other number is kept as written (no country is assumed).
 *
 * The result then follows the text rule for length (truncate or reject).
 */
import type { TextOverflowPolicy } from '../types';
import { fitText, textOf } from './text';
import { failed, type ValueOutcome } from './transform-types';

const EXTENSION = /\s*(?:x|ext\.?|extension)\s*\d+$/i;

export function normalisePhone(text: string): string {
    const collapsed = text.replace(/\s+/g, ' ').trim();
    const extension = EXTENSION.exec(collapsed)?.[0] ?? '';
    const number = collapsed.slice(0, collapsed.length - extension.length);

    const international = /^(?:\+|00)/.exec(number);
    if (!international) return collapsed;

    const groups = number.slice(international[0].length).match(/\d+/g) ?? [];
    if (groups.length === 0) return collapsed;
    return `+${groups.join(' ')}${extension.replace(/^\s*/, ' ')}`.trimEnd();
}

export function transformPhone(
    value: unknown,
    maxLength: number | undefined,
    policy: TextOverflowPolicy
): ValueOutcome<string> {
    const text = textOf(value);
    if (text === undefined) return failed('not_text', 'expected a phone number as text');
    return fitText(normalisePhone(text), maxLength, policy, 'phone number');
}
