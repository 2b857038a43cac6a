/**
 * The connection endpoints through HTTP: state, setup, start links, server-
 * to-server and Trustworthy connections, each with its bad inputs refused and
 * nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';

import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { makeSigningCertificate } from '../../../salesforce-emulator/access/test-support/access-test-app';
import {
    emulatorOf,
    forgetStored,
    storedConnections,
    storedSalesforce
} from './test-support/connection-flows';

jest.setTimeout(60_000);

/** Every byte the store holds on disk, WAL included, so a plain secret anywhere would show. */
function storeBytes(harness: Harness): string {
    const base = path.join(harness.dataDir, 'companion.sqlite');
    return ['', '-wal']
        .map((suffix) =>
            fs.existsSync(base + suffix) ? fs.readFileSync(base + suffix).toString('latin1') : ''
        )
        .join('');
}

async function linkCount(harness: Harness): Promise<number> {
    return (
        await harness.companion.repositories.store
            .selectFrom('oauth_links')
            .select('link_hash')
            .execute()
    ).length;
}

describe('the connection endpoints', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });
    beforeEach(async () => {
        await forgetStored(harness);
    });

    it('when the state is asked on the embedded default, then both emulators are named and nothing secret is in the reply', async () => {
        const reply = await harness.api('get', '/api/v1/connections');
        const { url, emulator, clientSecret } = emulatorOf(harness);
        expect(reply).toMatchObject({
            status: 200,
            body: {
                salesforce: {
                    source: 'emulator',
                    status: 'connected',
                    flow: 'client_credentials',
                    loginUrl: url,
                    orgId: emulator.org.orgId
                },
                trustworthy: {
                    source: 'emulator',
                    status: 'configured',
                    baseUrl: harness.companion.local.trustworthy?.baseUrl
                }
            }
        });
        expect(JSON.stringify(reply.body)).not.toContain(clientSecret);
        expect(JSON.stringify(reply.body)).not.toContain(
            harness.companion.local.trustworthy?.apiKey ?? 'no key'
        );
        expect(
            await harness.api('get', '/api/v1/connections', { authenticated: false })
        ).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    });

    it('when the setup is asked, then the exact callback URL, the scopes and the flows are given', async () => {
        expect(await harness.api('get', '/api/v1/connections/salesforce/setup')).toMatchObject({
            status: 200,
            body: {
                callbackUrl: `${harness.companion.deps.settings.publicBaseUrl}/oauth/salesforce/callback`,
                scopes: ['api', 'refresh_token', 'offline_access'],
                flows: [{ flow: 'web_server' }, { flow: 'jwt' }, { flow: 'client_credentials' }]
            }
        });
        expect(
            await harness.api('get', '/api/v1/connections/salesforce/setup', {
                authenticated: false
            })
        ).toMatchObject({ status: 401 });
    });

    it('when a start link is asked for Salesforce login hosts, then it is minted without contacting them', async () => {
        for (const loginUrl of [
            'https://login.salesforce.com',
            'https://test.salesforce.com/',
            'https://acme.my.salesforce.com',
            'https://acme--uat.sandbox.my.salesforce.com'
        ]) {
            const reply = await harness.api('post', '/api/v1/connections/salesforce/oauth-links', {
                body: { loginUrl, clientId: '3MVG9abc.def', clientSecret: 'shh' }
            });
            expect(reply).toMatchObject({
                status: 201,
                body: { url: expect.stringContaining('/oauth/salesforce/start?link=') }
            });
        }
        expect(storeBytes(harness)).not.toContain('shh"');
    });

    it('when a start link is asked badly or without the API secret, then it is refused with the field named and no link is made', async () => {
        const { url, clientId } = emulatorOf(harness);
        const before = await linkCount(harness);
        const cases: Array<[unknown, number, string, string | undefined]> = [
            [{ loginUrl: url }, 400, 'validation_failed', 'body.clientId'],
            [{ loginUrl: 42, clientId }, 400, 'validation_failed', 'body.loginUrl'],
            [{ loginUrl: url, clientId, extra: true }, 400, 'validation_failed', 'body'],
            [{ loginUrl: url, clientId: 'has space' }, 400, 'validation_failed', 'body.clientId'],
            [
                { loginUrl: url, clientId: 'k'.repeat(300) },
                400,
                'validation_failed',
                'body.clientId'
            ],
            [
                { loginUrl: 'https://evil.example.com', clientId },
                400,
                'validation_failed',
                'body.loginUrl'
            ],
            [
                { loginUrl: 'http://login.salesforce.com', clientId },
                400,
                'validation_failed',
                'body.loginUrl'
            ],
            [
                { loginUrl: 'https://login.salesforce.com.evil.example', clientId },
                400,
                'validation_failed',
                'body.loginUrl'
            ],
            [
                { loginUrl: 'https://login.salesforce.com/services?x=1', clientId },
                400,
                'validation_failed',
                'body.loginUrl'
            ],
            [
                { loginUrl: 'https://user:pw@acme.my.salesforce.com', clientId },
                400,
                'validation_failed',
                'body.loginUrl'
            ]
        ];
        for (const [body, status, code, detailPath] of cases) {
            const reply = await harness.api('post', '/api/v1/connections/salesforce/oauth-links', {
                body
            });
            expect([reply.status, (reply.body as { error: { code: string } }).error.code]).toEqual([
                status,
                code
            ]);
            if (detailPath)
                expect(
                    (
                        reply.body as { error: { details: Array<{ path: string }> } }
                    ).error.details.map((detail) => detail.path)
                ).toContain(detailPath);
        }

        const anonymous = await harness.api('post', '/api/v1/connections/salesforce/oauth-links', {
            body: { loginUrl: url, clientId },
            authenticated: false
        });
        expect(anonymous).toMatchObject({
            status: 401,
            body: {
                error: { code: 'unauthenticated', message: 'authentication required', details: [] }
            }
        });
        const wrongSecret = await harness.api(
            'post',
            '/api/v1/connections/salesforce/oauth-links',
            {
                body: { loginUrl: url, clientId },
                authenticated: false,
                headers: { authorization: 'Bearer nope' }
            }
        );
        expect(wrongSecret.status).toBe(401);
        expect(await linkCount(harness)).toBe(before);
    });

    it('when client credentials are given, then they are verified, stored sealed and used; wrong ones are refused naming the field', async () => {
        const { url, clientId, clientSecret, emulator } = emulatorOf(harness);
        const wrongSecret = await harness.api(
            'put',
            '/api/v1/connections/salesforce/server-to-server',
            { body: { flow: 'client_credentials', loginUrl: url, clientId, clientSecret: 'wrong' } }
        );
        expect(wrongSecret).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'connection_verification_failed',
                    message: expect.stringContaining('client_secret_invalid'),
                    details: [{ path: 'body.clientSecret' }]
                }
            }
        });
        const unknownKey = await harness.api(
            'put',
            '/api/v1/connections/salesforce/server-to-server',
            {
                body: {
                    flow: 'client_credentials',
                    loginUrl: url,
                    clientId: 'NoSuchApp',
                    clientSecret
                }
            }
        );
        expect(unknownKey).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'connection_verification_failed',
                    message: expect.stringContaining('unknown_consumer_key'),
                    details: [{ path: 'body.clientId' }]
                }
            }
        });
        expect(await storedSalesforce(harness)).toBeUndefined();

        const reply = await harness.api('put', '/api/v1/connections/salesforce/server-to-server', {
            body: { flow: 'client_credentials', loginUrl: url, clientId, clientSecret }
        });
        expect(reply).toMatchObject({
            status: 200,
            body: {
                source: 'stored',
                status: 'connected',
                flow: 'client_credentials',
                orgId: emulator.org.orgId,
                username: 'integration@trustworthy-sync.example'
            }
        });
        expect(JSON.stringify(reply.body)).not.toContain(clientSecret);
        expect(storeBytes(harness)).not.toContain(clientSecret);
        expect(
            storedConnections(harness).box.open(
                (await storedSalesforce(harness))?.client_secret_sealed ?? ''
            )
        ).toBe(clientSecret);
        await expect(
            (await harness.companion.deps.connections.salesforce()).describe('Contact')
        ).resolves.toMatchObject({ name: 'Contact' });
    });

    it('when a JWT bearer key is given, then the integration user is signed in and the key stored sealed; an unreadable key is refused', async () => {
        const { url, emulator } = emulatorOf(harness);
        const signing = makeSigningCertificate();
        emulator.access.apps.register({
            clientId: 'JwtIntegrationApp',
            clientSecret: 'unused',
            redirectUris: [],
            scopes: ['api'],
            certificatePem: signing.certificatePem
        });
        const privateKeyPem = fs.readFileSync(signing.privateKeyPath, 'utf8');

        const body = {
            flow: 'jwt',
            loginUrl: url,
            clientId: 'JwtIntegrationApp',
            username: 'integration@trustworthy-sync.example',
            privateKeyPem
        };
        const reply = await harness.api('put', '/api/v1/connections/salesforce/server-to-server', {
            body
        });
        expect(reply).toMatchObject({
            status: 200,
            body: {
                source: 'stored',
                status: 'connected',
                flow: 'jwt',
                username: 'integration@trustworthy-sync.example'
            }
        });
        expect(storeBytes(harness)).not.toContain('PRIVATE KEY');
        await expect(
            (await harness.companion.deps.connections.salesforce()).describe('Account')
        ).resolves.toMatchObject({ name: 'Account' });

        const unreadable = await harness.api(
            'put',
            '/api/v1/connections/salesforce/server-to-server',
            { body: { ...body, privateKeyPem: 'not a key' } }
        );
        expect(unreadable).toMatchObject({
            status: 400,
            body: {
                error: { code: 'validation_failed', details: [{ path: 'body.privateKeyPem' }] }
            }
        });
        const unknownUser = await harness.api(
            'put',
            '/api/v1/connections/salesforce/server-to-server',
            { body: { ...body, username: 'nobody@example.com' } }
        );
        expect(unknownUser).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'connection_verification_failed',
                    details: [{ path: 'body.username' }]
                }
            }
        });
        expect((await storedSalesforce(harness))?.username).toBe(
            'integration@trustworthy-sync.example'
        );
    });

    it('when server-to-server input is missing, mistyped, unknown or unauthenticated, then nothing is contacted or stored', async () => {
        const { url, clientId, clientSecret } = emulatorOf(harness);
        const cases: unknown[] = [
            {},
            { flow: 'password', loginUrl: url, clientId, clientSecret },
            { flow: 'client_credentials', loginUrl: url, clientId },
            { flow: 'client_credentials', loginUrl: url, clientId, clientSecret: 12 },
            {
                flow: 'client_credentials',
                loginUrl: url,
                clientId,
                clientSecret,
                username: 'x@y.z'
            },
            {
                flow: 'jwt',
                loginUrl: url,
                clientId,
                username: 'not-a-username',
                privateKeyPem: 'k'
            },
            {
                flow: 'jwt',
                loginUrl: url,
                clientId,
                username: 'a@b.c',
                privateKeyPem: 'k'.repeat(10_001)
            }
        ];
        for (const body of cases) {
            expect(
                await harness.api('put', '/api/v1/connections/salesforce/server-to-server', {
                    body
                })
            ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
        }
        const anonymous = await harness.api(
            'put',
            '/api/v1/connections/salesforce/server-to-server',
            {
                body: { flow: 'client_credentials', loginUrl: url, clientId, clientSecret },
                authenticated: false
            }
        );
        expect(anonymous.status).toBe(401);
        expect(await storedSalesforce(harness)).toBeUndefined();
    });

    it('when a Trustworthy account is given, then its key is verified with the schema call and stored sealed; a wrong key or URL is refused', async () => {
        const local = harness.companion.local.trustworthy;
        if (!local) throw new Error('no Trustworthy emulator');
        const repository = storedConnections(harness).repository;

        const wrongKey = await harness.api('put', '/api/v1/connections/trustworthy', {
            body: { baseUrl: local.baseUrl, apiKey: 'tw_wrong' }
        });
        expect(wrongKey).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'connection_verification_failed',
                    details: [{ path: 'body.apiKey' }]
                }
            }
        });
        for (const baseUrl of [
            'ftp://example.com',
            'http://example.com',
            'not a url',
            `${local.baseUrl}?x=1`
        ]) {
            const reply = await harness.api('put', '/api/v1/connections/trustworthy', {
                body: { baseUrl, apiKey: local.apiKey }
            });
            expect(reply).toMatchObject({
                status: 400,
                body: { error: { code: 'validation_failed', details: [{ path: 'body.baseUrl' }] } }
            });
        }
        for (const body of [
            { baseUrl: local.baseUrl },
            { baseUrl: local.baseUrl, apiKey: 5 },
            { baseUrl: local.baseUrl, apiKey: 'k', more: 1 },
            { baseUrl: local.baseUrl, apiKey: 'k'.repeat(501) }
        ]) {
            expect(
                await harness.api('put', '/api/v1/connections/trustworthy', { body })
            ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
        }
        expect(
            await harness.api('put', '/api/v1/connections/trustworthy', {
                body: { baseUrl: local.baseUrl, apiKey: local.apiKey },
                authenticated: false
            })
        ).toMatchObject({ status: 401 });
        expect(await repository.trustworthy()).toBeUndefined();

        const reply = await harness.api('put', '/api/v1/connections/trustworthy', {
            body: { baseUrl: local.baseUrl, apiKey: local.apiKey }
        });
        expect(reply).toMatchObject({
            status: 200,
            body: { source: 'stored', status: 'connected', baseUrl: local.baseUrl }
        });
        expect(JSON.stringify(reply.body)).not.toContain(local.apiKey);
        expect(storeBytes(harness)).not.toContain(local.apiKey);
        await expect(
            (await harness.companion.deps.connections.trustworthy()).objectFields('household')
        ).resolves.toEqual(expect.any(Array));

        expect(
            await harness.api('delete', '/api/v1/connections/trustworthy', { authenticated: false })
        ).toMatchObject({ status: 401 });
        expect(await harness.api('delete', '/api/v1/connections/trustworthy')).toMatchObject({
            status: 200,
            body: { forgotten: true }
        });
        expect(await harness.api('delete', '/api/v1/connections/trustworthy')).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        expect((await harness.api('get', '/api/v1/connections')).body).toMatchObject({
            trustworthy: { source: 'emulator' }
        });
    });
});
