/**
 * Email addresses: trimmed, the domain lower-cased (domains are case-blind;
 * the local part may not be, so it is kept). An address is never truncated,
 * since a shortened address would reach someone else or no one.
 */
import { salesforceLength } from '../../salesforce/text-length';
import { converted, failed, type ValueOutcome } from './transform-types';

const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

export function normaliseEmail(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;

    const text = value.trim();
    const at = text.lastIndexOf('@');
    if (at <= 0) return undefined;

    const local = text.slice(0, at);
    const domain = text.slice(at + 1).toLowerCase();
    if (/[\s@]/.test(local)) return undefined;

    const labels = domain.split('.');
    if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return undefined;
    return `${local}@${domain}`;
}

export function transformEmail(
    value: unknown,
    maxLength: number | undefined
): ValueOutcome<string> {
    const email = normaliseEmail(value);
    if (email === undefined)
        return failed('invalid_email', `${JSON.stringify(value)} is not an email address`);

    if (maxLength !== undefined && salesforceLength(email) > maxLength) {
        return failed(
            'text_too_long',
            `the email address is ${email.length} characters long; the target holds at most ${maxLength}`
        );
    }
    return converted(email);
}
