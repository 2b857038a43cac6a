/**
 * Text is written verbatim: line breaks, quotes, emoji, accents and CJK are
 * kept as they are. Only length is policed, in UTF-16 code units as
 * Salesforce counts, and a cut never splits a surrogate pair.
 */
import { salesforceLength, truncateToSalesforceLength } from '../../salesforce/text-length';
import type { TextOverflowPolicy } from '../types';
import { converted, failed, type ValueOutcome } from './transform-types';

export function textOf(value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
}

export function fitText(
    text: string,
    maxLength: number | undefined,
    policy: TextOverflowPolicy,
    label = 'text'
): ValueOutcome<string> {
    const length = salesforceLength(text);
    if (maxLength === undefined || length <= maxLength) return converted(text);

    if (policy === 'reject') {
        return failed(
            'text_too_long',
            `${label} is ${length} characters long; the target holds at most ${maxLength}`
        );
    }

    const kept = truncateToSalesforceLength(text, maxLength);
    return converted(kept, [
        {
            code: 'text_truncated',
            message: `${label} was cut from ${length} to ${kept.length} characters to fit the target`,
            details: { originalLength: length, keptLength: kept.length }
        }
    ]);
}

export function transformText(
    value: unknown,
    maxLength: number | undefined,
    policy: TextOverflowPolicy
): ValueOutcome<string> {
    const text = textOf(value);
    if (text === undefined) return failed('not_text', 'expected a text value');
    return fitText(text, maxLength, policy);
}
