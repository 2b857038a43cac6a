/**
 * When and how long to wait before trying a request again: the server's
 * Retry-After when it gives one, otherwise exponential backoff with jitter so
 * several workers that failed together do not retry together.
 */

export interface RetrySettings {
    maxRetries: number;
    /** First backoff step; each retry doubles it. */
    baseDelayMs: number;
    /** A wait longer than this is not waited out: the error goes to the caller. */
    maxWaitMs: number;
    random: () => number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
    maxRetries: 3,
    baseDelayMs: 250,
    maxWaitMs: 30_000,
    random: Math.random
};

/** Seconds from Retry-After (delta seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
    if (header === null || header.trim() === '') return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text)) return Number(text);

    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Half the step fixed, half random ("equal jitter"), never above the max wait. */
export function backoffDelayMs(retryNumber: number, settings: RetrySettings): number {
    const step = settings.baseDelayMs * 2 ** retryNumber;
    const delay = step / 2 + settings.random() * (step / 2);
    return Math.min(Math.round(delay), settings.maxWaitMs);
}
