/** The emulator's event log: replay ids only grow, and events go after 72 hours. */
import Database from 'better-sqlite3';

import { ManualClock } from '../clock';
import { ChangeEventLog, RETENTION_MS } from './change-event-log';

const body = (name: string) => ({ schema: 'schema', payload: { Name: name } });

describe('the change event log', () => {
    test('when events pass 72 hours, then they are no longer replayed and their ids are never given again', () => {
        const db = new Database(':memory:');
        const clock = new ManualClock('2026-01-15T09:00:00.000Z');
        const log = new ChangeEventLog(db, clock);

        const [old] = log.append([{ entityName: 'Account', body: body('Old') }]);
        clock.advance(RETENTION_MS - 1000);
        const [recent] = log.append([{ entityName: 'Account', body: body('Recent') }]);
        expect(log.after(0, 'Account').map((event) => event.body.payload.Name)).toEqual([
            'Old',
            'Recent'
        ]);

        clock.advance(2000);
        expect(log.after(0, 'Account').map((event) => event.body.payload.Name)).toEqual(['Recent']);
        expect(log.oldestRetainedReplayId()).toBe(recent?.replayId);

        const [next] = log.append([{ entityName: 'Contact', body: body('Next') }]);
        expect(next?.replayId).toBeGreaterThan(recent?.replayId ?? Infinity);
        expect(old?.replayId).toBeLessThan(recent?.replayId ?? 0);
        expect(log.latestReplayId()).toBe(next?.replayId);
        expect(db.prepare('SELECT COUNT(*) AS n FROM sf_change_events').get()).toEqual({ n: 2 });
        db.close();
    });
});
