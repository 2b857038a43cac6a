/**
 * Throttling on a store of its own with a hand-moved clock: repeats of the
 * same kind and mapping inside 30 minutes are held back, and one summary
 * with their count goes out once the window has closed.
 */
import { createLogger } from '../../lib/logger';
import { openStore } from '../../store/database';
import type { Store } from '../../store/database';
import { NotificationsRepository } from '../../store/notifications-repository';
import { AlertDispatcher } from './alert-dispatcher';
import type { AlertChannel, OutgoingAlert } from './channels/channel';
import { NotificationSettingsStore } from './notification-settings';
import type { Alert } from './notifier';

describe('alert throttling', () => {
    let store: Store;
    let clock: Date;
    let sent: OutgoingAlert[];
    let dispatcher: AlertDispatcher;

    const failure = (mappingName = 'demo'): Alert => ({
        kind: 'run_failed',
        mappingName,
        runId: 'run-1',
        message: 'Trustworthy did not answer'
    });
    const advanceMinutes = (minutes: number): void => {
        clock = new Date(clock.getTime() + minutes * 60_000);
    };

    beforeEach(async () => {
        store = await openStore(':memory:');
        clock = new Date('2026-03-02T08:00:00.000Z');
        sent = [];
        const recorder: AlertChannel = {
            name: 'webhook',
            send: async (alert) => {
                sent.push(alert);
                return { channel: 'webhook', outcome: 'sent' };
            }
        };
        const repository = new NotificationsRepository(store);
        const settings = new NotificationSettingsStore(repository, () => {
            throw new Error('no secrets in this test');
        });
        dispatcher = new AlertDispatcher({
            repository,
            settings,
            channels: [recorder],
            now: () => clock,
            logger: createLogger('silent')
        });
    });

    afterEach(async () => {
        await store.destroy();
    });

    it('when the same failure repeats within 30 minutes, then only the first is sent and the others are recorded as suppressed', async () => {
        const first = await dispatcher.notify(failure());
        advanceMinutes(10);
        const second = await dispatcher.notify(failure());
        advanceMinutes(19);
        const third = await dispatcher.notify(failure());

        expect([first.status, second.status, third.status]).toEqual([
            'sent',
            'suppressed',
            'suppressed'
        ]);
        expect(sent).toHaveLength(1);
    });

    it('when the window closes with repeats in it, then one summary with their count goes out', async () => {
        await dispatcher.notify(failure());
        advanceMinutes(5);
        await dispatcher.notify(failure());
        await dispatcher.notify(failure());

        advanceMinutes(20);
        await dispatcher.flushThrottled();
        expect(sent).toHaveLength(1);

        advanceMinutes(6);
        await dispatcher.flushThrottled();
        await dispatcher.flushThrottled();
        expect(sent).toHaveLength(2);
        expect(sent[1]).toMatchObject({
            kind: 'run_failed',
            mappingName: 'demo',
            suppressedRepeats: 2
        });
        expect(sent[1]?.message).toMatch(/^2 more alert\(s\) like this were held back/);
    });

    it('when the window has closed, then the next failure is sent again and opens a new window', async () => {
        await dispatcher.notify(failure());
        advanceMinutes(31);
        const next = await dispatcher.notify(failure());

        expect(next.status).toBe('sent');
        expect(sent).toHaveLength(2);
    });

    it('when failures differ in kind or mapping, then each is sent', async () => {
        await dispatcher.notify(failure('demo'));
        await dispatcher.notify(failure('pilot'));
        await dispatcher.notify({ ...failure('demo'), kind: 'conflicts_held' });

        expect(sent.map((alert) => `${alert.kind}/${alert.mappingName}`)).toEqual([
            'run_failed/demo',
            'run_failed/pilot',
            'conflicts_held/demo'
        ]);
    });

    it('when many identical failures arrive at once, then exactly one is sent', async () => {
        const results = await Promise.all(
            Array.from({ length: 5 }, () => dispatcher.notify(failure()))
        );

        expect(results.filter((result) => result.status === 'sent')).toHaveLength(1);
        expect(sent).toHaveLength(1);
    });
});
