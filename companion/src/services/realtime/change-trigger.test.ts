/** Debouncing real-time notices into prompt runs, on a manual clock. */
import { createLogger } from '../../lib/logger';
import { ManualTimers, settle } from '../scheduling/test-support/manual-timers';
import { ChangeTrigger } from './change-trigger';
import type { ChangeSide } from './change-trigger';

function triggerWith(timers: ManualTimers, runs: string[]): ChangeTrigger {
    const pairings: Record<ChangeSide, Record<string, string[]>> = {
        salesforce: { Contact: ['families', 'members-only'], Account: ['families'] },
        trustworthy: { member: ['families'] }
    };
    return new ChangeTrigger({
        timers,
        debounceMs: 1000,
        logger: createLogger('silent'),
        mappingsUsing: async (side, objectName) => pairings[side][objectName] ?? [],
        run: (mappingName) => runs.push(mappingName)
    });
}

describe('the change trigger', () => {
    test('when a burst of changes arrives within a second, then each mapping pairing the object runs once', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const runs: string[] = [];
        const trigger = triggerWith(timers, runs);

        for (let i = 0; i < 5; i++) trigger.notify('salesforce', 'Contact');
        trigger.notify('salesforce', 'Account');
        await settle();
        await timers.advance(999);
        expect(runs).toEqual([]);

        await timers.advance(1);
        expect(runs.sort()).toEqual(['families', 'members-only']);
    });

    test('when changes keep coming, then the window is not stretched and a later burst runs again', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const runs: string[] = [];
        const trigger = triggerWith(timers, runs);

        trigger.notify('trustworthy', 'member');
        await settle();
        await timers.advance(600);
        trigger.notify('trustworthy', 'member');
        await settle();
        await timers.advance(400);
        expect(runs).toEqual(['families']);

        trigger.notify('trustworthy', 'member');
        await settle();
        await timers.advance(1000);
        expect(runs).toEqual(['families', 'families']);
    });

    test('when the object is paired by no real-time mapping or the trigger is stopped, then nothing runs', async () => {
        const timers = new ManualTimers('2026-03-02T08:00:00.000Z');
        const runs: string[] = [];
        const trigger = triggerWith(timers, runs);

        trigger.notify('trustworthy', 'household');
        trigger.notify('salesforce', 'Contact');
        await settle();
        trigger.stop();
        await timers.advance(5000);
        expect(runs).toEqual([]);
    });
});
