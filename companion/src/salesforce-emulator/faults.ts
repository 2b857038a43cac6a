/**
 * Switches that make the emulated org misbehave the way real orgs do, so
 * reliability tests can provoke each failure on purpose. All are off by
 * default; each is consulted by the part of the emulator it concerns.
 */

export interface FaultSettings {
    /** Extra delay before every REST reply. */
    latencyMs: number;
    /** The next N REST calls answer 503 SERVER_UNAVAILABLE. */
    unavailableForCalls: number;
    /** The next N record writes fail with UNABLE_TO_LOCK_ROW (per record). */
    lockRowFailures: number;
    /** Every access token expires this many seconds after it is issued (0 = never). */
    tokenLifetimeSeconds: number;
    /**
     * Writes stamp SystemModstamp this many seconds in the past, as a
     * long transaction that commits late does, so incremental readers that
     * trust "modstamp > last cursor" miss them.
     */
    backdateWritesSeconds: number;
    /**
     * Every REST call under /services/data/vNN.0 answers 403 API_DISABLED_FOR_ORG,
     * as in an org whose edition has no API access (OAuth itself still works).
     */
    apiDisabled?: boolean;
}

const DEFAULTS: FaultSettings = {
    latencyMs: 0,
    unavailableForCalls: 0,
    lockRowFailures: 0,
    tokenLifetimeSeconds: 0,
    backdateWritesSeconds: 0
};

export class FaultSwitches {
    private settings: FaultSettings = { ...DEFAULTS };

    current(): Readonly<FaultSettings> {
        return this.settings;
    }

    set(changes: Partial<FaultSettings>): void {
        this.settings = { ...this.settings, ...changes };
    }

    reset(): void {
        this.settings = { ...DEFAULTS };
    }

    /** True when this call should be refused as unavailable; counts the call down. */
    takeUnavailable(): boolean {
        if (this.settings.unavailableForCalls <= 0) return false;
        this.settings.unavailableForCalls -= 1;
        return true;
    }

    /** True when this record write should fail to lock its row; counts down. */
    takeLockRowFailure(): boolean {
        if (this.settings.lockRowFailures <= 0) return false;
        this.settings.lockRowFailures -= 1;
        return true;
    }
}
