/**
 * The OAuth web-server flow through HTTP against the emulated org: mint a
 * link (authenticated), follow it (302 to the org), the org approves and
 * redirects back, the callback stores the tokens sealed, and runs use them.
 */
import { randomBytes } from 'node:crypto';

import { OAuth2 } from 'jsforce';

import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import {
    approveAtOrg,
    connectByWebFlow,
    emulatorOf,
    forgetStored,
    mintLink,
    pathOf,
    startFlow,
    storedConnections,
    storedSalesforce
} from './test-support/connection-flows';

jest.setTimeout(60_000);

describe('connecting an org by the OAuth web-server flow', () => {
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

    it('when an admin mints a link and the org approves, then the org is stored connected with sealed tokens and a run uses them', async () => {
        const { url: emulatorUrl, clientId, emulator } = emulatorOf(harness);
        const minted = await harness.api('post', '/api/v1/connections/salesforce/oauth-links', {
            body: { loginUrl: emulatorUrl, clientId }
        });
        expect(minted.status).toBe(201);
        const { url, expiresAt } = minted.body as { url: string; expiresAt: string };
        expect(url).toMatch(
            /^http:\/\/127\.0\.0\.1:\d+\/oauth\/salesforce\/start\?link=[A-Za-z0-9_-]{43}$/
        );
        expect(
            url.startsWith(
                `${harness.companion.deps.settings.publicBaseUrl}/oauth/salesforce/start?`
            )
        ).toBe(true);
        const lifetimeMs = Date.parse(expiresAt) - Date.now();
        expect(lifetimeMs).toBeGreaterThan(9 * 60_000);
        expect(lifetimeMs).toBeLessThanOrEqual(10 * 60_000);

        const authorize = await startFlow(harness, url);
        expect(authorize.origin).toBe(emulatorUrl);
        expect(authorize.pathname).toBe('/services/oauth2/authorize');
        const params = Object.fromEntries(authorize.searchParams);
        expect(params).toMatchObject({
            response_type: 'code',
            client_id: clientId,
            redirect_uri: `${harness.companion.deps.settings.publicBaseUrl}/oauth/salesforce/callback`,
            scope: 'api refresh_token offline_access',
            code_challenge_method: 'S256'
        });
        expect(params.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(params.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);

        const callback = await approveAtOrg(authorize);
        expect(callback.pathname).toBe('/oauth/salesforce/callback');
        const page = await harness.api('get', pathOf(callback.toString()), {
            authenticated: false
        });
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(page.body).toContain(
            `Connected to ${emulator.org.orgId} as integration@trustworthy-sync.example; you can close this window.`
        );

        const state = await harness.api('get', '/api/v1/connections');
        expect(state.body).toMatchObject({
            salesforce: {
                source: 'stored',
                status: 'connected',
                flow: 'web_server',
                loginUrl: emulatorUrl,
                instanceUrl: emulatorUrl,
                orgId: emulator.org.orgId,
                username: 'integration@trustworthy-sync.example',
                scopes: expect.arrayContaining(['api', 'refresh_token']),
                lastError: null
            }
        });

        const row = await storedSalesforce(harness);
        const { box } = storedConnections(harness);
        expect(row?.access_token_sealed).toMatch(/^v1:/);
        expect(row?.refresh_token_sealed).toMatch(/^v1:/);
        const accessToken = box.open(row?.access_token_sealed ?? '');
        const refreshToken = box.open(row?.refresh_token_sealed ?? '');
        expect(emulator.access.sessions.verify(accessToken)).toBeDefined();
        expect(JSON.stringify(state.body)).not.toContain(accessToken);
        expect(JSON.stringify(state.body)).not.toContain(refreshToken);

        // The run must refresh with the stored refresh token: proof it used the stored connection.
        emulator.access.sessions.revoke(accessToken);
        const summary = await harness.companion.runOnce('manual');
        expect(summary.status).not.toBe('failed');

        const refreshed = await storedSalesforce(harness);
        const newAccessToken = box.open(refreshed?.access_token_sealed ?? '');
        expect(newAccessToken).not.toBe(accessToken);
        expect(emulator.access.sessions.verify(newAccessToken)).toBeDefined();
        expect(refreshed?.status).toBe('connected');
    });

    it('when a link is opened twice, after its 10 minutes, or was never minted, then it is refused and no state is made', async () => {
        const link = await mintLink(harness);
        await startFlow(harness, link);
        expect(await harness.api('get', pathOf(link), { authenticated: false })).toMatchObject({
            status: 410,
            body: { error: { code: 'oauth_link_expired' } }
        });

        const stale = await mintLink(harness);
        const store = harness.companion.repositories.store;
        await store
            .updateTable('oauth_links')
            .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
            .where('used_at', 'is', null)
            .execute();
        const statesBefore = await store.selectFrom('oauth_states').select('state_hash').execute();
        expect(await harness.api('get', pathOf(stale), { authenticated: false })).toMatchObject({
            status: 410,
            body: { error: { code: 'oauth_link_expired' } }
        });

        const unknown = `/oauth/salesforce/start?link=${randomBytes(32).toString('base64url')}`;
        expect(await harness.api('get', unknown, { authenticated: false })).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        expect(
            await harness.api('get', '/oauth/salesforce/start?link=short', { authenticated: false })
        ).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed', details: [{ path: 'query.link' }] } }
        });
        expect(
            await harness.api('get', '/oauth/salesforce/start', { authenticated: false })
        ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
        expect(await store.selectFrom('oauth_states').select('state_hash').execute()).toEqual(
            statesBefore
        );
    });

    it('when a callback is replayed, has an unknown, missing or expired state, then 400 oauth_state_invalid and nothing is stored', async () => {
        const callback = await approveAtOrg(await startFlow(harness, await mintLink(harness)));
        expect(
            (await harness.api('get', pathOf(callback.toString()), { authenticated: false })).status
        ).toBe(200);
        const connected = await storedSalesforce(harness);

        const replay = await harness.api('get', pathOf(callback.toString()), {
            authenticated: false
        });
        expect(replay).toMatchObject({
            status: 400,
            body: { error: { code: 'oauth_state_invalid' } }
        });
        expect(await storedSalesforce(harness)).toEqual(connected);
        await forgetStored(harness);

        const forged = await harness.api(
            'get',
            `/oauth/salesforce/callback?code=abc&state=${randomBytes(32).toString('base64url')}`,
            { authenticated: false }
        );
        expect(forged).toMatchObject({
            status: 400,
            body: { error: { code: 'oauth_state_invalid' } }
        });
        expect(
            await harness.api('get', '/oauth/salesforce/callback?code=abc', {
                authenticated: false
            })
        ).toMatchObject({ status: 400, body: { error: { code: 'oauth_state_invalid' } } });

        const late = await approveAtOrg(await startFlow(harness, await mintLink(harness)));
        await harness.companion.repositories.store
            .updateTable('oauth_states')
            .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
            .execute();
        expect(
            await harness.api('get', pathOf(late.toString()), { authenticated: false })
        ).toMatchObject({ status: 400, body: { error: { code: 'oauth_state_invalid' } } });
        expect(await storedSalesforce(harness)).toBeUndefined();
    });

    it('when a code is exchanged without the verifier its challenge was made from, then the org refuses it and nothing is stored', async () => {
        const { url: emulatorUrl, clientId, clientSecret } = emulatorOf(harness);
        const first = await startFlow(harness, await mintLink(harness));
        const second = await startFlow(harness, await mintLink(harness));
        expect(first.searchParams.get('code_challenge')).not.toBe(
            second.searchParams.get('code_challenge')
        );

        // The code of the second sign-in, brought back with the first one's state: its verifier does not match.
        const secondCallback = await approveAtOrg(second);
        const swapped = new URL(secondCallback);
        swapped.searchParams.set('state', first.searchParams.get('state') ?? '');
        const page = await harness.api('get', pathOf(swapped.toString()), { authenticated: false });
        expect(page.status).toBe(400);
        expect(page.body).toContain('invalid_grant (invalid code verifier)');
        expect(await storedSalesforce(harness)).toBeUndefined();

        // Even with the client secret, a code bound to a challenge is useless without its verifier.
        const code =
            (
                await approveAtOrg(await startFlow(harness, await mintLink(harness)))
            ).searchParams.get('code') ?? '';
        const oauth2 = new OAuth2({
            loginUrl: emulatorUrl,
            clientId,
            clientSecret,
            redirectUri: `${harness.companion.deps.settings.publicBaseUrl}/oauth/salesforce/callback`
        });
        await expect(oauth2.requestToken(code)).rejects.toMatchObject({
            name: 'invalid_grant',
            message: 'invalid code verifier'
        });
    });

    it('when Salesforce sends ?error= back, then a plain page names it (escaped) and nothing is stored', async () => {
        const authorize = await startFlow(harness, await mintLink(harness));
        const state = authorize.searchParams.get('state') ?? '';
        const page = await harness.api(
            'get',
            `/oauth/salesforce/callback?error=access_denied&error_description=${encodeURIComponent('<script>alert(1)</script>')}&state=${state}`,
            {
                authenticated: false
            }
        );

        expect(page.status).toBe(400);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.body).toContain('Salesforce did not connect: access_denied');
        expect(page.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
        expect(page.body).not.toContain('<script>');
        expect(await storedSalesforce(harness)).toBeUndefined();
    });

    it('when Salesforce refuses the refresh token, then the connection is marked revoked, the admin alerted and calls fail with salesforce_not_connected', async () => {
        const { emulator } = emulatorOf(harness);
        expect((await connectByWebFlow(harness)).status).toBe(200);
        const { box } = storedConnections(harness);
        const row = await storedSalesforce(harness);
        const notify = jest.spyOn(harness.companion.deps.notifier, 'notify');

        emulator.access.sessions.revoke(box.open(row?.refresh_token_sealed ?? ''));
        const port = await harness.companion.deps.connections.salesforce();
        await expect(port.describe('Account')).rejects.toMatchObject({
            code: 'salesforce_not_connected'
        });

        expect(notify).toHaveBeenCalledWith(
            expect.objectContaining({ kind: 'authorization_revoked' })
        );
        notify.mockRestore();
        const state = await harness.api('get', '/api/v1/connections');
        expect(state.body).toMatchObject({
            salesforce: {
                source: 'stored',
                status: 'revoked',
                lastError: 'invalid_grant: expired access/refresh token'
            }
        });
        await expect(harness.companion.deps.connections.salesforce()).rejects.toMatchObject({
            code: 'salesforce_not_connected'
        });

        const test = await harness.api('post', '/api/v1/connections/test', { body: {} });
        expect(test.body).toMatchObject({
            salesforce: {
                verdict: 'failed',
                diagnoses: [expect.objectContaining({ code: 'authorization_revoked' })]
            }
        });
    });

    it('when the stored connection is deleted, then it is revoked at Salesforce, forgotten, and the emulator takes over again', async () => {
        const { emulator } = emulatorOf(harness);
        await connectByWebFlow(harness);
        const { box } = storedConnections(harness);
        const refreshToken = box.open(
            (await storedSalesforce(harness))?.refresh_token_sealed ?? ''
        );

        expect(
            await harness.api('delete', '/api/v1/connections/salesforce', { authenticated: false })
        ).toMatchObject({ status: 401 });
        expect(await storedSalesforce(harness)).toBeDefined();

        expect(await harness.api('delete', '/api/v1/connections/salesforce')).toMatchObject({
            status: 200,
            body: { forgotten: true, revokedAtSalesforce: true }
        });
        expect(emulator.access.sessions.findRefreshToken(refreshToken)).toBeUndefined();
        expect(await storedSalesforce(harness)).toBeUndefined();
        expect((await harness.api('get', '/api/v1/connections')).body).toMatchObject({
            salesforce: { source: 'emulator' }
        });
        expect(await harness.api('delete', '/api/v1/connections/salesforce')).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        await expect(
            (await harness.companion.deps.connections.salesforce()).describe('Account')
        ).resolves.toMatchObject({ name: 'Account' });
    });
});
