import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { TrustworthyClient } from '../trustworthy/trustworthy-client';
import { ManualClock } from './clock';
import type { TestEmulator } from './test-support/test-emulator';
import { TEST_API_KEY, startTestEmulator, testId } from './test-support/test-emulator';

const HOUSEHOLD_ID = testId('hh_', 1);

let directory: string;
let running: TestEmulator | undefined;

beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'tw-emulator-'));
});

afterEach(async () => {
    await running?.stop();
    running = undefined;
    rmSync(directory, { recursive: true, force: true });
});

async function start(
    clock: ManualClock
): Promise<{ emulator: TestEmulator; client: TrustworthyClient }> {
    running = await startTestEmulator({
        dbPath: path.join(directory, 'trustworthy.sqlite'),
        clock
    });
    return {
        emulator: running,
        client: new TrustworthyClient({ baseUrl: running.url, apiKey: TEST_API_KEY })
    };
}

async function restart(clock: ManualClock) {
    await running?.stop();
    running = undefined;
    return start(clock);
}

describe('emulator persistence', () => {
    test('when the emulator restarts on the same file, then records, the feed, cursors and idempotency keys carry on', async () => {
        const clock = new ManualClock();
        const first = await start(clock);
        first.emulator.emulator.seed({
            households: [{ id: HOUSEHOLD_ID, fields: { name: 'Okafor' } }],
            members: [],
            items: [],
            reminders: []
        });
        const batch = [{ fields: { household_id: HOUSEHOLD_ID, last_name: 'Okafor' } }];
        const written = await first.client.upsertBatch('member', batch, 'before-restart');
        const caughtUp = await first.client.listChanges('member');

        const second = await restart(clock);

        expect(await second.client.getRecord('member', written[0]?.id ?? '')).toMatchObject({
            last_name: 'Okafor',
            version: 1
        });
        expect(await second.client.upsertBatch('member', batch, 'before-restart')).toEqual(written);
        expect(await second.client.lookup('member', 'last_name', ['Okafor'])).toHaveLength(1);

        await second.client.upsertBatch(
            'member',
            [{ id: written[0]?.id ?? '', fields: { first_name: 'Ada' } }],
            'after-restart'
        );
        const resumed = await second.client.listChanges('member', caughtUp.nextCursor);
        expect(resumed.changes).toHaveLength(1);
        expect(resumed.changes[0]?.sequence).toBeGreaterThan(
            caughtUp.changes.at(-1)?.sequence ?? Infinity
        );
        expect(resumed.changes[0]?.record).toMatchObject({ first_name: 'Ada', version: 2 });
    });

    test('when a cursor from another emulator database is used, then it is refused as invalid_cursor', async () => {
        const clock = new ManualClock();
        const first = await start(clock);
        const cursor = (await first.client.listChanges('member')).nextCursor;

        await running?.stop();
        rmSync(path.join(directory, 'trustworthy.sqlite'));
        const fresh = await start(clock);

        await expect(fresh.client.listChanges('member', cursor)).rejects.toMatchObject({
            code: 'invalid_cursor'
        });
    });
});
