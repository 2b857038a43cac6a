/**
 * Idempotency for batch writes. The key is scoped to the API key; the
 * fingerprint covers method, path and body, so the same key with a different
 * request is refused (409) instead of replaying an answer to another question.
 */
import { createHash } from 'node:crypto';

import type { Request, Response } from 'express';

import { ApiError } from '../http/api-error';
import type { EmulatorContext } from '../context';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function idempotencyKey(req: Request): string {
    const key = req.get('idempotency-key');
    const issue =
        key === undefined || key === ''
            ? 'is required for batch writes'
            : key.length > MAX_IDEMPOTENCY_KEY_LENGTH
              ? `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`
              : /^[\x21-\x7e]+$/.test(key)
                ? undefined
                : 'must be printable ASCII without spaces';
    if (issue !== undefined || key === undefined) {
        throw new ApiError('validation_failed', 'the Idempotency-Key header is not valid', [
            { path: 'header.Idempotency-Key', issue: issue ?? 'is required' }
        ]);
    }
    return key;
}

function sha256(text: string): string {
    return createHash('sha256').update(text).digest('hex');
}

/**
 * Answers from the stored reply when the key was seen, else runs `apply` and
 * stores its reply. Requests the emulator refused outright (400) never reach
 * here, so a corrected request may reuse the key.
 */
export function replyIdempotently(
    req: Request,
    res: Response,
    context: EmulatorContext,
    apply: () => unknown
): void {
    const key = idempotencyKey(req);
    const scope = sha256(String(res.locals.apiKey));
    const fingerprint = sha256(`${req.method} ${req.path} ${JSON.stringify(req.body)}`);
    const now = context.clock.now();

    const stored = context.idempotency.find(scope, key, now);
    if (stored && stored.fingerprint !== fingerprint) {
        const message = 'this Idempotency-Key was already used for a different request';
        throw new ApiError('idempotency_key_reused', message);
    }
    if (stored) {
        res.set('Idempotent-Replayed', 'true');
        res.status(stored.status).json(stored.body);
        return;
    }

    const body = apply();
    context.idempotency.save(scope, key, { fingerprint, status: 200, body }, now);
    res.set('Idempotent-Replayed', 'false');
    res.status(200).json(body);
}
