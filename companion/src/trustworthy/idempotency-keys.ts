/**
 * A batch larger than the API's limit goes out in chunks, each needing its
 * own Idempotency-Key. Each chunk's key is derived from the caller's key and
 * the chunk's position, so repeating the same call repeats the same keys and
 * every chunk that already landed is replayed rather than applied again.
 */
import { createHash } from 'node:crypto';

import { CLIENT_ERROR_CODES, TrustworthyApiError } from './api-error';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;

export function assertIdempotencyKey(key: string): void {
    const fits = key.length > 0 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH;
    if (fits && PRINTABLE_ASCII.test(key)) return;
    throw new TrustworthyApiError({
        status: 0,
        code: CLIENT_ERROR_CODES.badArgument,
        message: 'an idempotency key must be 1-255 printable ASCII characters without spaces',
        retryable: false
    });
}

export function chunkIdempotencyKey(key: string, chunkIndex: number, chunkCount: number): string {
    if (chunkCount === 1) return key;
    const suffix = `.${chunkIndex + 1}-of-${chunkCount}`;

    // A key too long to take the suffix is shortened to its hash, still deterministic.
    const fits = key.length + suffix.length <= MAX_IDEMPOTENCY_KEY_LENGTH;
    const base = fits ? key : createHash('sha256').update(key).digest('hex');
    return base + suffix;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
    const chunks: T[][] = [];
    for (let start = 0; start < items.length; start += size) {
        chunks.push(items.slice(start, start + size));
    }
    return chunks;
}
