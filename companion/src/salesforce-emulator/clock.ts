/**
 * Salesforce keeps datetimes to the second, so the emulator's clock does too
 * (milliseconds are always .000 on the wire). Tests swap in a manual clock to
 * move time without sleeping.
 */

export interface EmulatorClock {
    now(): Date;
}

export const systemClock: EmulatorClock = {
    now: () => new Date(Math.floor(Date.now() / 1000) * 1000)
};

export class ManualClock implements EmulatorClock {
    private current: number;

    constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
        this.current = new Date(start).getTime();
    }

    now(): Date {
        return new Date(Math.floor(this.current / 1000) * 1000);
    }

    advance(milliseconds: number): void {
        this.current += milliseconds;
    }

    set(instant: Date | string): void {
        this.current = new Date(instant).getTime();
    }
}

/** `2021-04-08T18:39:16.000+0000`, the form Salesforce's REST API returns. */
export function formatSalesforceDateTime(instant: Date): string {
    return instant.toISOString().replace('Z', '+0000');
}
