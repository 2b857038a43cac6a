/**
 * The companion's Change Data Capture subscriber against the emulated org's
 * CometD endpoint: it stores the last replay id per channel and, restarted,
 * gets exactly the events it missed — each once.
 */
import { createLogger } from '../../lib/logger';
import { startStreamingOrg } from '../../salesforce-emulator/streaming/test-support/streaming-org';
import type { StreamingOrg } from '../../salesforce-emulator/streaming/test-support/streaming-org';
import { openStore } from '../../store/database';
import type { Store } from '../../store/database';
import { RealtimeRepository } from '../../store/realtime-repository';
import { CdcSubscriber, changeEventChannel } from './cdc-subscriber';
import type { ChangeEventNotice } from './cdc-subscriber';

jest.setTimeout(20_000);

const CHANNEL = '/data/AccountChangeEvent';

let org: StreamingOrg;
let store: Store;
let repository: RealtimeRepository;

beforeEach(async () => {
    org = await startStreamingOrg();
    store = await openStore(':memory:');
    repository = new RealtimeRepository(store);
});

afterEach(async () => {
    await org.close();
    await store.destroy();
});

function subscriber(notices: ChangeEventNotice[]): CdcSubscriber {
    return new CdcSubscriber({
        connect: () => org.connection(),
        repository,
        now: () => new Date(),
        logger: createLogger('silent'),
        onChange: (notice) => notices.push(notice)
    });
}

describe('the Change Data Capture subscriber', () => {
    test('when it is restarted, then it receives the events it missed exactly once and none it had', async () => {
        const conn = await org.connection();
        const firstRun: ChangeEventNotice[] = [];
        const first = subscriber(firstRun);
        await first.follow([CHANNEL]);

        const { id: seen } = await conn.sobject('Account').create({ Name: 'Seen Before Restart' });
        await org.waitFor(() => firstRun.length === 1);
        await first.stop();
        expect(await repository.replayId(CHANNEL)).toBe(firstRun[0]?.replayId);

        const { id: missedCreate } = await conn.sobject('Account').create({ Name: 'Missed One' });
        await conn.sobject('Account').update({ Id: seen as string, Name: 'Missed Two' });

        const secondRun: ChangeEventNotice[] = [];
        const second = subscriber(secondRun);
        await second.follow([CHANNEL]);
        await org.waitFor(() => secondRun.length >= 2);
        await conn.sobject('Account').create({ Name: 'Live After Restart' });
        await org.waitFor(() => secondRun.length >= 3);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await second.stop();

        expect(secondRun.map((notice) => [notice.changeType, notice.recordIds[0]])).toEqual([
            ['CREATE', missedCreate],
            ['UPDATE', seen],
            ['CREATE', expect.any(String)]
        ]);
        const replayIds = secondRun.map((notice) => notice.replayId);
        expect(Math.min(...replayIds)).toBeGreaterThan(firstRun[0]?.replayId ?? Infinity);
        expect(await repository.replayId(CHANNEL)).toBe(replayIds[2]);
    });

    test('when it starts for the first time, then it takes new events only', async () => {
        const conn = await org.connection();
        await conn.sobject('Account').create({ Name: 'Before Anyone Listened' });

        const notices: ChangeEventNotice[] = [];
        const fresh = subscriber(notices);
        await fresh.follow([CHANNEL]);
        await conn.sobject('Account').create({ Name: 'After' });
        await org.waitFor(() => notices.length === 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await fresh.stop();

        expect(notices).toHaveLength(1);
        expect(notices[0]?.entityName).toBe('Account');
    });

    test('when a channel does not exist, then the subscription is refused and not kept', async () => {
        const notices: ChangeEventNotice[] = [];
        const cdc = subscriber(notices);
        await cdc.follow([changeEventChannel('Household__c')]);
        expect(cdc.channels).toEqual([]);
        await cdc.stop();
    });

    test('when the wanted channels change, then it follows the new ones and drops the old', async () => {
        const cdc = subscriber([]);
        await cdc.follow([CHANNEL, '/data/ContactChangeEvent']);
        expect(cdc.channels.sort()).toEqual([
            '/data/AccountChangeEvent',
            '/data/ContactChangeEvent'
        ]);
        await cdc.follow(['/data/ContactChangeEvent']);
        expect(cdc.channels).toEqual(['/data/ContactChangeEvent']);
        await cdc.stop();
    });
});
