/**
 * Trustworthy stamps instants to the millisecond. Tests swap in a manual
 * clock so key expiry, the deletion window and rate-limit windows can be
 * crossed without sleeping.
 */

export interface EmulatorClock {
    now(): Date;
}

export const systemClock: EmulatorClock = {
    now: () => new Date()
};

export class ManualClock implements EmulatorClock {
    private current: number;

    constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
        this.current = new Date(start).getTime();
    }

    now(): Date {
        return new Date(this.current);
    }

    advance(milliseconds: number): void {
        this.current += milliseconds;
    }

    set(instant: Date | string): void {
        this.current = new Date(instant).getTime();
    }
}
