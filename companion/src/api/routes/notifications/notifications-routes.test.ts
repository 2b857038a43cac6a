/**
 * The notifications endpoints through HTTP on the real app: channel settings
 * with secrets hidden and sealed, a test alert received by a local SMTP
 * server, the emulated org and a local webhook endpoint, alerts raised by a
 * failing run and throttled, and every bad input refused with nothing stored.
 */
import { createHmac } from 'node:crypto';

import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { customNotificationsSentIn } from '../../../salesforce-emulator/routes/custom-notifications';
import { startSmtpSink, startWebhookReceiver } from './test-support/alert-sinks';
import type { SmtpSink, WebhookReceiver } from './test-support/alert-sinks';

jest.setTimeout(60_000);

const SMTP = { user: 'alerts@example.org', password: 'smtp-password-never-shown' };
const WEBHOOK_SECRET = 'webhook-secret-never-shown-0123456789';

describe('the notifications API', () => {
    let harness: Harness;
    let smtp: SmtpSink;
    let webhook: WebhookReceiver;

    const emulator = () => {
        const found = harness.companion.local.salesforce?.emulator;
        if (!found) throw new Error('no Salesforce emulator');
        return found;
    };
    const fullSettings = () => ({
        email: {
            enabled: true,
            host: '127.0.0.1',
            port: smtp.port,
            secure: false,
            user: SMTP.user,
            password: SMTP.password,
            from: 'sync@example.org',
            to: ['admin@example.org', 'ops@example.org']
        },
        inApp: { enabled: true, recipientIds: [emulator().org.adminUserId] },
        webhook: { enabled: true, url: webhook.url, secret: WEBHOOK_SECRET }
    });
    const storedSettingsRow = async () =>
        harness.companion.repositories.store
            .selectFrom('notification_settings')
            .selectAll()
            .executeTakeFirst();
    const alertCount = async () =>
        (
            await harness.companion.repositories.store
                .selectFrom('alerts')
                .select((eb) => eb.fn.countAll<number>().as('count'))
                .executeTakeFirstOrThrow()
        ).count;

    beforeAll(async () => {
        harness = await startHarness();
        smtp = await startSmtpSink(SMTP);
        webhook = await startWebhookReceiver();
    });

    afterAll(async () => {
        await harness.close();
        await smtp.close();
        await webhook.close();
    });

    it('when nothing is configured, then every channel is off and a test alert reports each one skipped', async () => {
        expect(await harness.api('get', '/api/v1/notifications/settings')).toMatchObject({
            status: 200,
            body: { email: null, inApp: null, webhook: null }
        });

        const test = await harness.api('post', '/api/v1/notifications/test');
        expect(test.status).toBe(200);
        expect(
            (test.body as { channels: Array<{ channel: string; outcome: string }> }).channels.map(
                (channel) => `${channel.channel}:${channel.outcome}`
            )
        ).toEqual(['email:skipped', 'in_app:skipped', 'webhook:skipped']);
    });

    it('when channels are saved, then the reply shows that secrets are set without showing them, and the store holds them sealed', async () => {
        const saved = await harness.api('put', '/api/v1/notifications/settings', {
            body: fullSettings()
        });

        expect(saved.status).toBe(200);
        expect(saved.body).toMatchObject({
            email: {
                host: '127.0.0.1',
                user: SMTP.user,
                passwordSet: true,
                to: ['admin@example.org', 'ops@example.org']
            },
            inApp: {
                recipientIds: [emulator().org.adminUserId],
                notificationType: 'Trustworthy_Sync_Alert'
            },
            webhook: { url: webhook.url, secretSet: true }
        });
        const shown =
            JSON.stringify(saved.body) +
            JSON.stringify((await harness.api('get', '/api/v1/notifications/settings')).body);
        expect(shown).not.toContain(SMTP.password);
        expect(shown).not.toContain(WEBHOOK_SECRET);

        const stored = (await storedSettingsRow())?.body ?? '';
        expect(stored).toContain('"sealedPassword":"v1:');
        expect(stored).not.toContain(SMTP.password);
        expect(stored).not.toContain(WEBHOOK_SECRET);
    });

    it('when settings are saved again without the secrets, then the stored secrets are kept; null clears one', async () => {
        const { email, inApp, webhook: hook } = fullSettings();
        const withoutSecrets = {
            email: { ...email, password: undefined },
            inApp,
            webhook: { ...hook, secret: undefined }
        };
        const kept = await harness.api('put', '/api/v1/notifications/settings', {
            body: withoutSecrets
        });
        expect(kept.body).toMatchObject({
            email: { passwordSet: true },
            webhook: { secretSet: true }
        });

        const cleared = await harness.api('put', '/api/v1/notifications/settings', {
            body: { ...withoutSecrets, email: { ...email, password: null } }
        });
        expect(cleared.body).toMatchObject({
            email: { passwordSet: false },
            webhook: { secretSet: true }
        });

        await harness.api('put', '/api/v1/notifications/settings', { body: fullSettings() });
    });

    it('when a test alert is sent, then the email, the in-app notification and the signed webhook all arrive', async () => {
        const mailsBefore = smtp.mails.length;
        const inAppBefore = customNotificationsSentIn(emulator().org).length;
        const hooksBefore = webhook.deliveries.length;

        const test = await harness.api('post', '/api/v1/notifications/test');

        expect(test).toMatchObject({
            status: 200,
            body: {
                status: 'sent',
                channels: [
                    { channel: 'email', outcome: 'sent' },
                    { channel: 'in_app', outcome: 'sent' },
                    { channel: 'webhook', outcome: 'sent' }
                ]
            }
        });

        const mail = smtp.mails[mailsBefore];
        expect(mail).toMatchObject({
            from: 'sync@example.org',
            to: ['admin@example.org', 'ops@example.org']
        });
        expect(mail?.raw).toContain('Subject: Trustworthy Sync: Test alert');

        const typeId = (
            await harness.salesforce.query<{ Id: string }>(
                "SELECT Id FROM CustomNotificationType WHERE DeveloperName = 'Trustworthy_Sync_Alert'"
            )
        ).records[0]?.Id;
        const notifications = customNotificationsSentIn(emulator().org);
        expect(notifications).toHaveLength(inAppBefore + 1);
        expect(notifications.at(-1)).toMatchObject({
            customNotifTypeId: typeId,
            recipientIds: [emulator().org.adminUserId],
            title: 'Trustworthy Sync: Test alert',
            body: 'This is a test alert from the Trustworthy Sync companion.',
            targetId: emulator().org.adminUserId
        });

        const delivery = webhook.deliveries[hooksBefore];
        const signature = String(delivery?.headers['trustworthy-sync-signature'] ?? '');
        const [, timestamp, hex] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
        expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
        expect(hex).toBe(
            createHmac('sha256', WEBHOOK_SECRET)
                .update(`${timestamp}.${delivery?.rawBody}`)
                .digest('hex')
        );
        expect(JSON.parse(delivery?.rawBody ?? '{}')).toMatchObject({
            kind: 'test',
            id: (test.body as { alertId: string }).alertId
        });
    });

    it('when one channel fails, then its failure is reported and recorded while the others still deliver', async () => {
        webhook.answerWith(500);
        try {
            const test = await harness.api('post', '/api/v1/notifications/test');
            expect((test.body as { channels: unknown[] }).channels).toEqual([
                { channel: 'email', outcome: 'sent' },
                { channel: 'in_app', outcome: 'sent' },
                { channel: 'webhook', outcome: 'failed', error: 'the endpoint answered HTTP 500' }
            ]);

            const listed = await harness.api('get', '/api/v1/notifications?limit=1');
            expect(
                (
                    listed.body as {
                        alerts: Array<{ deliveries: Array<{ channel: string; outcome: string }> }>;
                    }
                ).alerts[0]?.deliveries
            ).toEqual(
                expect.arrayContaining([
                    expect.objectContaining({
                        channel: 'webhook',
                        outcome: 'failed',
                        error: 'the endpoint answered HTTP 500'
                    })
                ])
            );
        } finally {
            webhook.answerWith(204);
        }
    });

    it('when runs keep failing, then one run_failed alert goes out and the repeat is recorded as suppressed, and the runs are unaffected', async () => {
        const trustworthy = harness.companion.local.trustworthy?.emulator;
        if (!trustworthy) throw new Error('no Trustworthy emulator');
        const hooksBefore = webhook.deliveries.length;
        webhook.answerWith(500);

        trustworthy.faults.set({ failNextRequests: 1000 });
        try {
            for (let attempt = 0; attempt < 2; attempt += 1) {
                const run = await harness.companion.runOnce('manual');
                expect(run.status).toBe('failed');
                await expect(
                    harness.companion.deps.usage.onRunFinished(run, {
                        mappingName: harness.companion.mappingName
                    })
                ).resolves.toBeUndefined();
            }
        } finally {
            trustworthy.faults.reset();
            webhook.answerWith(204);
        }

        const runAlerts = webhook.deliveries
            .slice(hooksBefore)
            .map((delivery) => JSON.parse(delivery.rawBody) as { kind: string });
        expect(runAlerts.map((alert) => alert.kind)).toEqual(['run_failed']);

        const listed = await harness.api('get', '/api/v1/notifications');
        const alerts = (
            listed.body as {
                alerts: Array<{
                    kind: string;
                    status: string;
                    mappingName: string;
                    windowAlertId: string | null;
                    id: string;
                }>;
            }
        ).alerts;
        const runFailed = alerts.filter((alert) => alert.kind === 'run_failed');
        const sent = runFailed.filter((alert) => alert.status === 'sent');
        expect(sent).toEqual([
            expect.objectContaining({ mappingName: harness.companion.mappingName })
        ]);
        const repeats = runFailed.filter((alert) => alert.status === 'suppressed');
        expect(repeats.length).toBeGreaterThanOrEqual(1);
        expect(repeats.every((alert) => alert.windowAlertId === sent[0]?.id)).toBe(true);
    });

    it.each([
        ['a channel left out', { email: null, inApp: null }, 'body.webhook'],
        [
            'a port of the wrong type',
            {
                email: {
                    enabled: true,
                    host: 'smtp.example.org',
                    port: '25',
                    secure: false,
                    from: 'a@example.org',
                    to: ['b@example.org']
                },
                inApp: null,
                webhook: null
            },
            'body.email.port'
        ],
        [
            'an unknown property',
            { email: null, inApp: null, webhook: null, sms: { to: '+441234' } },
            'body'
        ],
        [
            'a webhook to plain http elsewhere',
            {
                email: null,
                inApp: null,
                webhook: {
                    enabled: true,
                    url: 'http://alerts.example.org/hook',
                    secret: WEBHOOK_SECRET
                }
            },
            'body.webhook.url'
        ],
        [
            'a webhook to a link-local address',
            {
                email: null,
                inApp: null,
                webhook: {
                    enabled: true,
                    url: 'https://169.254.169.254/latest',
                    secret: WEBHOOK_SECRET
                }
            },
            'body.webhook.url'
        ],
        [
            'a short webhook secret',
            {
                email: null,
                inApp: null,
                webhook: { enabled: true, url: 'https://alerts.example.org/hook', secret: 'short' }
            },
            'body.webhook.secret'
        ],
        [
            'a recipient that is not a Salesforce Id',
            { email: null, inApp: { enabled: true, recipientIds: ["005' OR 1=1"] }, webhook: null },
            'body.inApp.recipientIds.0'
        ],
        [
            'too many email recipients',
            {
                email: {
                    enabled: true,
                    host: 'smtp.example.org',
                    port: 25,
                    secure: false,
                    from: 'a@example.org',
                    to: Array.from({ length: 21 }, (_, index) => `r${index}@example.org`)
                },
                inApp: null,
                webhook: null
            },
            'body.email.to'
        ],
        [
            'an oversized host name',
            {
                email: {
                    enabled: true,
                    host: 'h'.repeat(300),
                    port: 25,
                    secure: false,
                    from: 'a@example.org',
                    to: ['b@example.org']
                },
                inApp: null,
                webhook: null
            },
            'body.email.host'
        ]
    ])(
        'when the settings have %s, then 400 validation_failed names the path and nothing is stored',
        async (_case, body, path) => {
            const before = await storedSettingsRow();

            const reply = await harness.api('put', '/api/v1/notifications/settings', { body });

            expect(reply.status).toBe(400);
            expect(reply.body).toMatchObject({
                error: {
                    code: 'validation_failed',
                    details: expect.arrayContaining([expect.objectContaining({ path })])
                }
            });
            expect(await storedSettingsRow()).toEqual(before);
        }
    );

    it('when the settings body is too large, then 413 and nothing is stored', async () => {
        const before = await storedSettingsRow();
        const reply = await harness.api('put', '/api/v1/notifications/settings', {
            body: { email: null, inApp: null, webhook: null, padding: 'x'.repeat(300 * 1024) }
        });
        expect(reply).toMatchObject({
            status: 413,
            body: { error: { code: 'payload_too_large' } }
        });
        expect(await storedSettingsRow()).toEqual(before);
    });

    it.each([['limit=0'], ['limit=abc'], ['limit=500'], ['kind=run_failed']])(
        'when the alert list is asked with %s, then 400 validation_failed',
        async (query) => {
            const reply = await harness.api('get', `/api/v1/notifications?${query}`);
            expect(reply).toMatchObject({
                status: 400,
                body: { error: { code: 'validation_failed' } }
            });
        }
    );

    it.each([
        ['get', '/api/v1/notifications/settings'],
        ['put', '/api/v1/notifications/settings'],
        ['post', '/api/v1/notifications/test'],
        ['get', '/api/v1/notifications']
    ])(
        'when %s %s is called without the secret, then 401 with no detail and nothing is stored or sent',
        async (method, path) => {
            const before = {
                settings: await storedSettingsRow(),
                alerts: await alertCount(),
                hooks: webhook.deliveries.length
            };

            const reply = await harness.api(method, path, {
                authenticated: false,
                body: method === 'put' ? { email: null, inApp: null, webhook: null } : undefined
            });

            expect(reply).toMatchObject({
                status: 401,
                body: {
                    error: {
                        code: 'unauthenticated',
                        message: 'authentication required',
                        details: []
                    }
                }
            });
            expect({
                settings: await storedSettingsRow(),
                alerts: await alertCount(),
                hooks: webhook.deliveries.length
            }).toEqual(before);
        }
    );
});
