/**
 * Switches that make the emulator misbehave on purpose, so the adapter's
 * retry paths can be provoked deterministically. All are off by default and
 * the counters count down once per request they affect.
 */

export interface TrustworthyFaultSettings {
    /** Extra delay before every reply. */
    latencyMs: number;
    /** The next N requests answer 503 `service_unavailable`. */
    failNextRequests: number;
    /** The next N requests answer 429 `rate_limited`. */
    rateLimitNext: number;
    /** The Retry-After value sent with a forced 429. */
    retryAfterSeconds: number;
}

const DEFAULTS: TrustworthyFaultSettings = {
    latencyMs: 0,
    failNextRequests: 0,
    rateLimitNext: 0,
    retryAfterSeconds: 1
};

export class TrustworthyFaults {
    private settings: TrustworthyFaultSettings = { ...DEFAULTS };

    current(): Readonly<TrustworthyFaultSettings> {
        return this.settings;
    }

    set(changes: Partial<TrustworthyFaultSettings>): void {
        this.settings = { ...this.settings, ...changes };
    }

    reset(): void {
        this.settings = { ...DEFAULTS };
    }

    takeFailure(): boolean {
        if (this.settings.failNextRequests <= 0) return false;
        this.settings.failNextRequests -= 1;
        return true;
    }

    takeRateLimit(): boolean {
        if (this.settings.rateLimitNext <= 0) return false;
        this.settings.rateLimitNext -= 1;
        return true;
    }
}
