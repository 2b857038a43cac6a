import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { Connection, OAuth2 } from 'jsforce';

import { readRecording } from './test-support/recordings';
import { pkceChallengeFor } from './token-strings';
import {
    ADMIN,
    CALLBACK,
    ORG_ID,
    SYNC_APP,
    startAccessTestServer,
    type AccessTestServer
} from './test-support/access-test-app';

const ACCOUNT_ID = '0015g00000XyZaBAAV';
const ACCOUNT_PATH = `/services/data/v50.0/sobjects/Account/${ACCOUNT_ID}`;

async function approve(authorizeUrl: string): Promise<URL> {
    const reply = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(reply.status).toBe(302);
    return new URL(reply.headers.get('location') ?? '');
}

function oauth2For(server: AccessTestServer, useVerifier: boolean): OAuth2 {
    return new OAuth2({
        loginUrl: server.url,
        clientId: SYNC_APP.clientId,
        clientSecret: SYNC_APP.clientSecret,
        redirectUri: CALLBACK,
        useVerifier
    });
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
    try {
        await promise;
    } catch (error) {
        if (error instanceof Error) return error;
    }
    throw new Error('expected the call to fail');
}

describe('OAuth web-server flow', () => {
    let server: AccessTestServer;

    beforeEach(async () => {
        server = await startAccessTestServer();
    });

    afterEach(async () => {
        await server.close();
    });

    it('when jsforce runs the flow with PKCE, then it gets a working session and a refresh token', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(
            oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state: 'st-1' })
        );
        expect(callback.origin + callback.pathname).toBe(CALLBACK);
        expect(callback.searchParams.get('state')).toBe('st-1');

        const conn = new Connection({ oauth2 });
        const userInfo = await conn.authorize(callback.searchParams.get('code') ?? '');

        expect(userInfo).toEqual({ id: ADMIN.id, organizationId: ORG_ID, url: expect.any(String) });
        expect(conn.accessToken).toMatch(/^00D5g000004CDEF![.\w]+$/);
        expect(conn.refreshToken).toMatch(/^5Aep861[.\w]+$/);
        expect(conn.instanceUrl).toBe(server.url);

        const account = await conn.request<{ Id: string; OwnerId: string }>(
            `/services/data/v50.0/sobjects/Account/${ACCOUNT_ID}`
        );
        expect(account).toMatchObject({ Id: ACCOUNT_ID, OwnerId: ADMIN.id });
    });

    it('when the token reply comes back, then it has the recorded Salesforce shape plus scope and type', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(oauth2.getAuthorizationUrl({ scope: 'api refresh_token' }));
        const reply = await oauth2.requestToken(callback.searchParams.get('code') ?? '');

        expect(Object.keys(reply)).toEqual([
            'access_token',
            'refresh_token',
            'signature',
            'scope',
            'instance_url',
            'id',
            'token_type',
            'issued_at'
        ]);
        expect(reply).toMatchObject({
            scope: 'api refresh_token',
            instance_url: server.url,
            id: `${server.url}/id/${ORG_ID}/${ADMIN.id}`,
            token_type: 'Bearer',
            issued_at: String(server.clock.now().getTime())
        });
        expect(reply.signature).toMatch(/^[A-Za-z0-9+/]{43}=$/);

        const recorded = readRecording('restforce/auth_success_response.json') as object;
        for (const [name, value] of Object.entries(recorded)) {
            expect([name, typeof (reply as unknown as Record<string, unknown>)[name]]).toEqual([
                name,
                typeof value
            ]);
        }
    });

    it('when the scope asks for no refresh token, then none is issued', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(oauth2.getAuthorizationUrl({ scope: 'api' }));
        const reply = await oauth2.requestToken(callback.searchParams.get('code') ?? '');

        expect(reply.refresh_token).toBeUndefined();
        expect(reply.scope).toBe('api');
    });

    it('when the caller sends its own challenge and verifier, then authorize(code, { code_verifier }) succeeds', async () => {
        const verifier = 'a-verifier-that-is-long-enough-for-pkce-0123456789abcdef';
        const oauth2 = oauth2For(server, false);
        const callback = await approve(
            oauth2.getAuthorizationUrl({ code_challenge: pkceChallengeFor(verifier) })
        );

        const conn = new Connection({ oauth2 });
        await conn.authorize(callback.searchParams.get('code') ?? '', { code_verifier: verifier });
        expect(conn.userInfo?.id).toBe(ADMIN.id);
    });

    it('when the verifier is wrong or missing, then the code is refused with invalid_grant', async () => {
        const oauth2 = oauth2For(server, false);
        const challenge = pkceChallengeFor('the-right-verifier-0123456789-0123456789-abc');

        const first = await approve(oauth2.getAuthorizationUrl({ code_challenge: challenge }));
        const wrong = await rejectionOf(
            oauth2.requestToken(first.searchParams.get('code') ?? '', { code_verifier: 'nope' })
        );
        expect({ name: wrong.name, message: wrong.message }).toEqual({
            name: 'invalid_grant',
            message: 'invalid code verifier'
        });

        const second = await approve(oauth2.getAuthorizationUrl({ code_challenge: challenge }));
        const secondCode = second.searchParams.get('code') ?? '';
        const missing = await rejectionOf(oauth2.requestToken(secondCode));
        expect(missing.name).toBe('invalid_grant');
        expect(missing.message).toBe('invalid code verifier');
    });

    it.each([
        {
            situation: 'no secret and no PKCE',
            changes: { client_secret: undefined },
            body: { error: 'invalid_client', error_description: 'invalid client credentials' }
        },
        {
            situation: 'another redirect URI',
            changes: { redirect_uri: 'http://127.0.0.1:1717/other' },
            body: {
                error: 'redirect_uri_mismatch',
                error_description: 'redirect_uri must match configuration'
            }
        }
    ])('when a code is redeemed with $situation, then it is refused', async ({ changes, body }) => {
        const callback = await approve(oauth2For(server, false).getAuthorizationUrl());
        const params: Record<string, string | undefined> = {
            grant_type: 'authorization_code',
            code: callback.searchParams.get('code') ?? '',
            client_id: SYNC_APP.clientId,
            client_secret: SYNC_APP.clientSecret,
            redirect_uri: CALLBACK,
            ...changes
        };
        const form = Object.entries(params).filter(
            (entry): entry is [string, string] => !!entry[1]
        );

        const reply = await fetch(`${server.url}/services/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(form).toString()
        });
        expect(reply.status).toBe(400);
        expect(await reply.json()).toEqual(body);
    });

    it('when a code is spent or stale, then it is refused', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(oauth2.getAuthorizationUrl());
        const code = callback.searchParams.get('code') ?? '';
        await oauth2.requestToken(code);

        const reused = await rejectionOf(oauth2.requestToken(code));
        expect([reused.name, reused.message]).toEqual([
            'invalid_grant',
            'invalid authorization code'
        ]);

        const later = await approve(oauth2.getAuthorizationUrl());
        server.clock.advance(3 * 60 * 1000);
        const stale = await rejectionOf(oauth2.requestToken(later.searchParams.get('code') ?? ''));
        expect([stale.name, stale.message]).toEqual([
            'invalid_grant',
            'expired authorization code'
        ]);
    });

    it('when the access token lapses, then jsforce refreshes it, retries and emits refresh', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(oauth2.getAuthorizationUrl({ scope: 'api refresh_token' }));
        const conn = new Connection({ oauth2 });
        await conn.authorize(callback.searchParams.get('code') ?? '');
        const firstToken = conn.accessToken;

        const refreshed: string[] = [];
        conn.on('refresh', (accessToken: string) => refreshed.push(accessToken));
        server.faults.set({ tokenLifetimeSeconds: 1 });
        server.clock.advance(1500);

        const account = await conn.request<{ Id: string }>(
            `/services/data/v50.0/sobjects/Account/${ACCOUNT_ID}`
        );
        expect(account.Id).toBe(ACCOUNT_ID);
        expect(refreshed).toHaveLength(1);
        expect(conn.accessToken).toBe(refreshed[0]);
        expect(conn.accessToken).not.toBe(firstToken);
    });

    it('when a refresh token is revoked, then it and the access tokens minted from it stop working', async () => {
        const oauth2 = oauth2For(server, true);
        const callback = await approve(oauth2.getAuthorizationUrl({ scope: 'api refresh_token' }));
        const first = await oauth2.requestToken(callback.searchParams.get('code') ?? '');
        const refreshToken = first.refresh_token ?? '';
        const minted = await oauth2.refreshToken(refreshToken);
        expect(minted.refresh_token).toBeUndefined();

        await oauth2.revokeToken(refreshToken);

        const refused = await rejectionOf(oauth2.refreshToken(refreshToken));
        expect([refused.name, refused.message]).toEqual([
            'invalid_grant',
            'expired access/refresh token'
        ]);
        const reply = await fetch(`${server.url}${ACCOUNT_PATH}`, {
            headers: { Authorization: `Bearer ${minted.access_token}` }
        });
        expect(reply.status).toBe(401);
    });

    it('when a token that was never issued is revoked, then the reply is 400 invalid_token', async () => {
        const reply = await fetch(`${server.url}/services/oauth2/revoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'token=never-issued'
        });
        expect(reply.status).toBe(400);
        expect(await reply.json()).toEqual({
            error: 'invalid_token',
            error_description: 'invalid token'
        });
    });
});

describe('OAuth tokens across an emulator restart', () => {
    it('when the emulator restarts on the same database, then refresh and access tokens still work', async () => {
        const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'emulator-db-')), 'org.sqlite');
        const firstRun = await startAccessTestServer({ db: new Database(dbPath) });
        const oauth2 = oauth2For(firstRun, true);
        const callback = await approve(oauth2.getAuthorizationUrl({ scope: 'api refresh_token' }));
        const tokens = await oauth2.requestToken(callback.searchParams.get('code') ?? '');
        await firstRun.close();
        firstRun.db.close();

        const secondRun = await startAccessTestServer({ db: new Database(dbPath) });
        try {
            const again = new OAuth2({
                loginUrl: secondRun.url,
                clientId: SYNC_APP.clientId,
                clientSecret: SYNC_APP.clientSecret
            });
            const refreshed = await again.refreshToken(tokens.refresh_token ?? '');
            expect(refreshed.access_token).toMatch(/^00D5g000004CDEF!/);

            const reply = await fetch(`${secondRun.url}${ACCOUNT_PATH}`, {
                headers: { Authorization: `Bearer ${tokens.access_token}` }
            });
            expect(reply.status).toBe(200);
        } finally {
            await secondRun.close();
            secondRun.db.close();
        }
    });
});
