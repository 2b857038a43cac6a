/**
 * A fixed-window request budget per API key. Every reply carries the
 * budget's headers; a request over budget gets 429 with Retry-After set to
 * the seconds left in the window. Windows follow the emulator's clock.
 */

export interface RateLimitSettings {
    limit: number;
    windowSeconds: number;
}

export interface RateLimitDecision {
    allowed: boolean;
    limit: number;
    remaining: number;
    resetSeconds: number;
}

/** Generous by default so other suites never trip it by accident. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { limit: 10_000, windowSeconds: 60 };

export class RateLimiter {
    private readonly windows = new Map<string, { startedAt: number; used: number }>();

    constructor(private readonly settings: RateLimitSettings) {}

    take(bucket: string, now: Date): RateLimitDecision {
        const windowMs = this.settings.windowSeconds * 1000;
        let window = this.windows.get(bucket);
        if (!window || now.getTime() - window.startedAt >= windowMs) {
            window = { startedAt: now.getTime(), used: 0 };
            this.windows.set(bucket, window);
        }

        const allowed = window.used < this.settings.limit;
        if (allowed) window.used += 1;

        const resetMs = window.startedAt + windowMs - now.getTime();
        return {
            allowed,
            limit: this.settings.limit,
            remaining: this.settings.limit - window.used,
            resetSeconds: Math.max(1, Math.ceil(resetMs / 1000))
        };
    }
}
