/**
 * Real-time sync end to end on the embedded default: the companion registers
 * its webhook with the Trustworthy emulator and subscribes to the Salesforce
 * emulator's change events with jsforce's streaming client, and a change on
 * either side reaches the other within seconds. Webhook deliveries that are
 * unsigned, wrongly signed, stale or replayed are refused with no detail.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { startApiServer } from '../../../app/api-server';
import type { RunningServer } from '../../../app/api-server';
import { secretBoxFor } from '../../../lib/secret-box-key';
import { RealtimeRepository } from '../../../store/realtime-repository';
import { SIGNATURE_HEADER, signWebhook } from '../../../trustworthy/webhook-signature';

jest.setTimeout(90_000);

let harness: Harness;
let server: RunningServer;
let realtime: RealtimeRepository;

async function waitFor<T>(
    read: () => Promise<T>,
    accept: (value: T) => boolean,
    timeoutMs = 10_000
): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await read();
        if (accept(value)) return value;
        if (Date.now() > deadline)
            throw new Error(
                `not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`
            );
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

async function linkOf(
    pairingId: string
): Promise<{ salesforce_id: string; trustworthy_id: string }> {
    const link = await harness.companion.repositories.store
        .selectFrom('links')
        .select(['salesforce_id', 'trustworthy_id'])
        .where('pairing_id', '=', pairingId)
        .where('deleted_side', 'is', null)
        .orderBy('salesforce_id')
        .executeTakeFirstOrThrow();
    return link;
}

async function webhookSecret(): Promise<string> {
    const [subscription] = await realtime.webhookSubscriptions();
    if (!subscription) throw new Error('no webhook registered');
    return subscription.sealed
        ? secretBoxFor(undefined, harness.dataDir).open(subscription.secret)
        : subscription.secret;
}

function postWebhook(body: string, signature: string | undefined): ReturnType<Harness['api']> {
    return harness.api('post', '/webhooks/trustworthy', {
        body,
        authenticated: false,
        headers: signature === undefined ? {} : { [SIGNATURE_HEADER]: signature }
    });
}

beforeAll(async () => {
    harness = await startHarness();
    realtime = new RealtimeRepository(harness.companion.repositories.store);
    await harness.companion.runOnce('manual');

    // The harness's own server is on a port nobody told the settings; Trustworthy must call a real one.
    server = await startApiServer(harness.companion.deps, 0);
    harness.companion.deps.settings.publicBaseUrl = `http://127.0.0.1:${server.port}`;

    const put = await harness.api(
        'put',
        `/api/v1/mappings/${harness.companion.mappingName}/schedule`,
        { body: { kind: 'realtime' } }
    );
    expect(put.status).toBe(200);
    await harness.companion.deps.scheduler.start();
});

afterAll(async () => {
    await harness.companion.deps.scheduler.stop();
    await server.close();
    await harness.close();
});

describe('real-time sync', () => {
    test('when the scheduler starts with a real-time mapping, then the webhook is registered with its secret sealed', async () => {
        const subscriptions = await realtime.webhookSubscriptions();
        expect(subscriptions).toHaveLength(1);
        expect(subscriptions[0]).toMatchObject({
            url: `http://127.0.0.1:${server.port}/webhooks/trustworthy`,
            sealed: true
        });
        expect(subscriptions[0]?.secret).toMatch(/^v1:/);
    });

    test('when a Trustworthy household changes, then the webhook brings it to the Salesforce Account within seconds', async () => {
        const link = await linkOf('accounts-households');
        const name = `Webhook Household ${Date.now()}`;
        await harness.trustworthy.upsertBatch(
            'household',
            [{ id: link.trustworthy_id, fields: { name } }],
            `webhook-test-${Date.now()}`
        );

        const account = await waitFor(
            async () =>
                (await harness.salesforce
                    .sobject('Account')
                    .retrieve(link.salesforce_id)) as Record<string, unknown>,
            (record) => record.Name === name
        );
        expect(account.Name).toBe(name);
        const runs = await harness.companion.repositories.store
            .selectFrom('runs')
            .select('trigger')
            .where('trigger', '=', 'realtime')
            .execute();
        expect(runs.length).toBeGreaterThan(0);
    });

    test('when a Salesforce Contact changes, then Change Data Capture brings it to the Trustworthy member within seconds', async () => {
        const link = await linkOf('contacts-members');
        const firstName = `Streamed${Date.now() % 100000}`;
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: link.salesforce_id, FirstName: firstName });

        const member = await waitFor(
            async () =>
                (await harness.trustworthy.getRecord('member', link.trustworthy_id)) as
                    Record<string, unknown> | undefined,
            (record) => record?.first_name === firstName
        );
        expect(member?.first_name).toBe(firstName);
        expect(await realtime.replayId('/data/ContactChangeEvent')).toBeGreaterThan(0);
    });

    describe('webhook deliveries', () => {
        const delivery = (id: string): string =>
            JSON.stringify({
                id,
                type: 'record.changed',
                object: 'household',
                record_id: 'hh_unknown',
                occurred_at: new Date().toISOString(),
                sequence: 1
            });
        const nowSeconds = (): number => Math.floor(Date.now() / 1000);

        test('when a delivery has no signature, a wrong one or a stale timestamp, then it is refused with no detail and not recorded', async () => {
            const secret = await webhookSecret();
            const body = delivery(`ev_refused_${Date.now()}`);
            const refusals = [
                await postWebhook(body, undefined),
                await postWebhook(body, 'garbage'),
                await postWebhook(body, signWebhook('not-the-secret', body, nowSeconds())),
                await postWebhook(body, signWebhook(secret, body, nowSeconds() - 301)),
                await postWebhook(body, signWebhook(secret, body, nowSeconds() + 301)),
                await postWebhook(`${body} `, signWebhook(secret, body, nowSeconds()))
            ];
            for (const reply of refusals) {
                expect(reply).toMatchObject({
                    status: 401,
                    body: {
                        error: {
                            code: 'webhook_signature_invalid',
                            message: 'webhook refused',
                            details: []
                        }
                    }
                });
            }
            const seen = await harness.companion.repositories.store
                .selectFrom('webhook_events_seen')
                .select('event_id')
                .execute();
            expect(seen.map((row) => row.event_id)).not.toContain(JSON.parse(body).id);
        });

        test('when a signed delivery is replayed, then the first is accepted and the replay refused', async () => {
            const secret = await webhookSecret();
            const body = delivery(`ev_replayed_${Date.now()}`);
            const signature = signWebhook(secret, body, nowSeconds());

            expect(await postWebhook(body, signature)).toMatchObject({
                status: 200,
                body: { received: true }
            });
            expect(await postWebhook(body, signature)).toMatchObject({
                status: 401,
                body: { error: { code: 'webhook_signature_invalid', details: [] } }
            });
            expect(await postWebhook(body, signWebhook(secret, body, nowSeconds()))).toMatchObject({
                status: 401
            });
        });

        test('when a signed delivery is not a change notification, then it is refused', async () => {
            const secret = await webhookSecret();
            const body = JSON.stringify({ id: `ev_odd_${Date.now()}`, type: 'account.closed' });
            expect(await postWebhook(body, signWebhook(secret, body, nowSeconds()))).toMatchObject({
                status: 401
            });
        });
    });
});
