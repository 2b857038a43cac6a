/**
 * The emulator's CometD endpoint through jsforce's real streaming client:
 * authentication, channels, event shape, replay options and persistence.
 */
import { startStreamingOrg } from './test-support/streaming-org';
import type { StreamingOrg } from './test-support/streaming-org';

jest.setTimeout(20_000);

let org: StreamingOrg;

beforeEach(async () => {
    org = await startStreamingOrg();
});

afterEach(async () => {
    await org.close();
});

describe('Change Data Capture on /cometd', () => {
    test('when a Contact is created, updated and deleted, then a subscriber gets CREATE, UPDATE and DELETE in order', async () => {
        const conn = await org.connection();
        const subscriber = org.subscribe(conn, '/data/ContactChangeEvent', -1);
        await subscriber.ready;

        const { id } = await conn
            .sobject('Contact')
            .create({ FirstName: 'Ada', LastName: 'Lovelace', Email: 'ada@example.com' });
        await conn.sobject('Contact').update({ Id: id as string, Email: null, Title: 'Countess' });
        await conn.sobject('Contact').destroy(id as string);
        await org.waitFor(() => subscriber.events.length === 3);

        const [created, updated, deleted] = subscriber.events.map((event) => event.data);
        expect(created?.payload.ChangeEventHeader).toMatchObject({
            entityName: 'Contact',
            recordIds: [id],
            changeType: 'CREATE',
            sequenceNumber: 1,
            changedFields: []
        });
        expect(created?.payload).toMatchObject({
            FirstName: 'Ada',
            LastName: 'Lovelace',
            Email: 'ada@example.com'
        });
        expect(created?.payload).not.toHaveProperty('SystemModstamp');
        expect(created?.payload).not.toHaveProperty('IsDeleted');
        expect(String(created?.payload.CreatedDate)).toMatch(/\.000Z$/);
        expect(typeof created?.payload.ChangeEventHeader.commitTimestamp).toBe('number');
        expect(typeof created?.schema).toBe('string');

        expect(updated?.payload.ChangeEventHeader).toMatchObject({
            changeType: 'UPDATE',
            nulledFields: ['Email']
        });
        expect(updated?.payload.ChangeEventHeader.changedFields).toEqual(
            expect.arrayContaining(['Email', 'Title', 'LastModifiedDate'])
        );
        expect(updated?.payload).not.toHaveProperty('FirstName');
        expect(updated?.payload).toMatchObject({ Email: null, Title: 'Countess' });

        expect(deleted?.payload.ChangeEventHeader).toMatchObject({
            changeType: 'DELETE',
            recordIds: [id]
        });
        expect(Object.keys(deleted?.payload ?? {})).toEqual(['ChangeEventHeader']);

        const replayIds = subscriber.events.map((event) => event.data.event.replayId);
        expect(replayIds).toEqual([...replayIds].sort((a, b) => a - b));
        expect(new Set(replayIds).size).toBe(3);
    });

    test('when changes hit several objects, then /data/ChangeEvents carries them all and an object channel only its own', async () => {
        const conn = await org.connection();
        const all = org.subscribe(conn, '/data/ChangeEvents', -1);
        const accounts = org.subscribe(conn, '/data/AccountChangeEvent', -1);
        await Promise.all([all.ready, accounts.ready]);

        await conn.sobject('Account').create({ Name: 'Babbage Household' });
        await conn.sobject('Contact').create({ LastName: 'Babbage' });
        await org.waitFor(() => all.events.length === 2 && accounts.events.length === 1);

        expect(all.events.map((event) => event.data.payload.ChangeEventHeader.entityName)).toEqual([
            'Account',
            'Contact'
        ]);
        expect(
            accounts.events.map((event) => event.data.payload.ChangeEventHeader.entityName)
        ).toEqual(['Account']);
    });

    test('when subscribing with -2 or after a replay id, then the retained events are replayed from there, once each', async () => {
        const conn = await org.connection();
        for (const name of ['One', 'Two', 'Three'])
            await conn.sobject('Account').create({ Name: name });
        const firstReplayId = org.emulator.streaming.log.after(0, 'Account')[0]?.replayId ?? 0;

        const everything = org.subscribe(conn, '/data/AccountChangeEvent', -2);
        const afterFirst = org.subscribe(conn, '/data/AccountChangeEvent', firstReplayId);
        const onlyNew = org.subscribe(conn, '/data/AccountChangeEvent', -1);
        await Promise.all([everything.ready, afterFirst.ready, onlyNew.ready]);
        await conn.sobject('Account').create({ Name: 'Four' });
        await org.waitFor(
            () =>
                everything.events.length >= 4 &&
                afterFirst.events.length >= 3 &&
                onlyNew.events.length >= 1
        );
        await new Promise((resolve) => setTimeout(resolve, 200));

        const names = (subscriber: typeof everything): unknown[] =>
            subscriber.events.map((event) => event.data.payload.Name);
        expect(names(everything)).toEqual(['One', 'Two', 'Three', 'Four']);
        expect(names(afterFirst)).toEqual(['Two', 'Three', 'Four']);
        expect(names(onlyNew)).toEqual(['Four']);
    });

    test('when the replay id is not one the org retains, then the subscription is refused', async () => {
        const conn = await org.connection();
        const subscriber = org.subscribe(conn, '/data/AccountChangeEvent', 999_999);
        await expect(subscriber.ready).rejects.toMatchObject({
            message: expect.stringContaining('replayId {999999}')
        });
    });

    test('when the channel is not a change-event channel, then the subscription is refused', async () => {
        const conn = await org.connection();
        const subscriber = org.subscribe(conn, '/data/LeadChangeEvent', -1);
        await expect(subscriber.ready).rejects.toMatchObject({
            message: expect.stringContaining('does not exist')
        });
    });

    test('when the access token is not valid, then the handshake is denied and nothing is delivered', async () => {
        const conn = await org.connection();
        conn.accessToken = `${org.emulator.org.orgId}!not-a-token`;
        const subscriber = org.subscribe(conn, '/data/AccountChangeEvent', -1);
        const outcome = await Promise.race([
            subscriber.ready.then(
                () => 'subscribed',
                () => 'refused'
            ),
            new Promise((resolve) => setTimeout(() => resolve('no answer'), 1500))
        ]);
        expect(outcome).not.toBe('subscribed');
        expect(subscriber.events).toEqual([]);
    });

    test('when a subscriber publishes to a change channel, then the publication is denied', async () => {
        const conn = await org.connection();
        const subscriber = org.subscribe(conn, '/data/AccountChangeEvent', -1);
        await subscriber.ready;
        const response = await fetch(`${org.emulator.url}/cometd/62.0`, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                authorization: `OAuth ${conn.accessToken ?? ''}`
            },
            body: JSON.stringify([
                { channel: '/data/AccountChangeEvent', data: { event: { replayId: 1 } } }
            ])
        });
        const replies = (await response.json()) as Array<{ successful: boolean; error?: string }>;
        expect(replies[0]).toMatchObject({
            successful: false,
            error: expect.stringContaining('403')
        });
        expect(subscriber.events).toEqual([]);
    });

    test('when the emulator restarts on the same file, then retained events can still be replayed', async () => {
        const conn = await org.connection();
        await conn.sobject('Account').create({ Name: 'Before Restart' });
        const databaseFile = org.databaseFile;
        await org.close();

        org = await startStreamingOrg(databaseFile);
        const again = await org.connection();
        const subscriber = org.subscribe(again, '/data/AccountChangeEvent', -2);
        await subscriber.ready;
        await org.waitFor(() => subscriber.events.length === 1);
        expect(subscriber.events[0]?.data.payload.Name).toBe('Before Restart');
    });
});
