/**
 * Record ids: the object's prefix and 26 Crockford base32 characters, the
 * first 10 encoding the creation millisecond and the rest random, so ids
 * sort roughly by creation and never collide in practice.
 */
import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(milliseconds: number): string {
    let rest = milliseconds;
    let text = '';
    for (let i = 0; i < 10; i++) {
        text = CROCKFORD.charAt(rest % 32) + text;
        rest = Math.floor(rest / 32);
    }
    return text;
}

function encodeRandom(): string {
    const bytes = randomBytes(16);
    let text = '';
    for (const byte of bytes) text += CROCKFORD.charAt(byte % 32);
    return text;
}

export function newRecordId(idPrefix: string, now: Date): string {
    return idPrefix + encodeTime(now.getTime()) + encodeRandom();
}

/** Webhook subscriptions and events use the same shape with their own prefixes. */
export function newOpaqueId(prefix: string, now: Date): string {
    return newRecordId(prefix, now);
}
