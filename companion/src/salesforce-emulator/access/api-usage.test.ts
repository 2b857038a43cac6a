import Database from 'better-sqlite3';

import { ManualClock } from '../clock';
import { createApiUsage, limitInfoHeader } from './api-usage';

const HOUR_MS = 60 * 60 * 1000;

describe('API usage', () => {
    it('when calls age past 24 hours, then they leave the rolling count', () => {
        const clock = new ManualClock('2026-01-15T09:00:00Z');
        const usage = createApiUsage({ db: new Database(':memory:'), clock, dailyLimit: 100 });

        usage.record();
        clock.advance(12 * HOUR_MS);
        usage.record();
        usage.record();
        expect(usage.usage()).toEqual({ used: 3, limit: 100 });

        clock.advance(12 * HOUR_MS + 60_000);
        expect(usage.usage().used).toBe(2);

        clock.advance(12 * HOUR_MS);
        expect(usage.usage().used).toBe(0);
    });

    it('when the allowance is reached, then it reports spent until a reset', () => {
        const db = new Database(':memory:');
        const usage = createApiUsage({ db, clock: new ManualClock(), dailyLimit: 2 });
        usage.record();
        expect(usage.isSpent()).toBe(false);
        usage.record();
        expect(usage.isSpent()).toBe(true);

        usage.reset();
        expect(usage.isSpent()).toBe(false);
    });

    it('when a second counter opens the same database, then it sees the calls already made', () => {
        const db = new Database(':memory:');
        const clock = new ManualClock();
        createApiUsage({ db, clock, dailyLimit: 50 }).record();

        const afterRestart = createApiUsage({ db, clock, dailyLimit: 50 });
        expect(afterRestart.record()).toEqual({ used: 2, limit: 50 });
    });

    it('when the header is built, then it has the form jsforce parses', () => {
        expect(limitInfoHeader({ used: 18, limit: 5000 })).toBe('api-usage=18/5000');
    });
});
