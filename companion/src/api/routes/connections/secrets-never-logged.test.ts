/**
 * No secret in any log line or reply: every connection flow runs against a
 * companion logging at trace level into memory, then the captured lines and
 * every reply body are searched for each token, key, secret, link and state.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startApiServer } from '../../../app/api-server';
import type { RunningServer } from '../../../app/api-server';
import { openCompanion } from '../../../app/companion';
import type { Companion } from '../../../app/companion';
import { createLogger } from '../../../lib/logger';
import { secretBoxFor } from '../../../lib/secret-box-key';
import { ConnectionsRepository } from '../../../store/connections-repository';
import { LogCapture } from './test-support/connection-flows';

jest.setTimeout(60_000);

describe('secrets in logs and replies', () => {
    const logs = new LogCapture();
    const replies: string[] = [];
    let dataDir: string;
    let companion: Companion;
    let server: RunningServer;

    async function call(
        method: string,
        target: string,
        body?: unknown,
        authenticated = true
    ): Promise<{ status: number; text: string; location: string }> {
        const headers: Record<string, string> =
            body === undefined ? {} : { 'content-type': 'application/json' };
        if (authenticated) headers.authorization = `Bearer ${companion.deps.settings.apiSecret}`;
        const url = target.startsWith('http') ? target : `http://127.0.0.1:${server.port}${target}`;
        const response = await fetch(url, {
            method,
            headers,
            redirect: 'manual',
            ...(body === undefined ? {} : { body: JSON.stringify(body) })
        });
        const text = await response.text();
        replies.push(text, response.headers.get('location') ?? '');
        return { status: response.status, text, location: response.headers.get('location') ?? '' };
    }

    const local = (target: string): string => {
        const url = new URL(target);
        return `${url.pathname}${url.search}`;
    };

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-secrets-'));
        companion = await openCompanion({
            config: {
                port: 0,
                apiSecret: undefined,
                publicUrl: undefined,
                dataDir,
                logLevel: 'trace',
                syncIntervalSeconds: 900,
                salesforce: { mode: 'emulator' },
                trustworthy: { mode: 'emulator' }
            },
            logger: createLogger('trace', logs)
        });
        server = await startApiServer(companion.deps, 0);
    });
    afterAll(async () => {
        await server.close();
        await companion.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('when every connection flow runs, succeeds and fails, then no secret appears in a log line or a reply', async () => {
        const salesforce = companion.local.salesforce;
        const trustworthy = companion.local.trustworthy;
        if (!salesforce || salesforce.credentials.flow !== 'client_credentials' || !trustworthy)
            throw new Error('emulators did not start');
        const { clientId, clientSecret } = salesforce.credentials;

        const minted = await call('post', '/api/v1/connections/salesforce/oauth-links', {
            loginUrl: salesforce.url,
            clientId,
            clientSecret
        });
        const linkToken =
            new URL((JSON.parse(minted.text) as { url: string }).url).searchParams.get('link') ??
            '';
        const start = await call(
            'get',
            local((JSON.parse(minted.text) as { url: string }).url),
            undefined,
            false
        );
        const state = new URL(start.location).searchParams.get('state') ?? '';
        const approved = await fetch(start.location, { redirect: 'manual' });
        const callback = new URL(approved.headers.get('location') ?? '');
        const code = callback.searchParams.get('code') ?? '';
        expect((await call('get', local(callback.toString()), undefined, false)).status).toBe(200);
        await call('get', local(callback.toString()), undefined, false);

        const box = secretBoxFor(undefined, dataDir);
        const row = await new ConnectionsRepository(companion.repositories.store).salesforce();
        const accessToken = box.open(row?.access_token_sealed ?? '');
        const refreshToken = box.open(row?.refresh_token_sealed ?? '');

        // A refresh, a refused refresh (revocation), failed and successful server-to-server and Trustworthy connects.
        salesforce.emulator.access.sessions.revoke(accessToken);
        await companion.runOnce('manual');
        salesforce.emulator.access.sessions.revoke(refreshToken);
        await (
            await companion.deps.connections.salesforce()
        )
            .describe('Account')
            .catch(() => undefined);
        await call('post', '/api/v1/connections/test', {});
        await call('put', '/api/v1/connections/salesforce/server-to-server', {
            flow: 'client_credentials',
            loginUrl: salesforce.url,
            clientId,
            clientSecret: 'wrong-secret-value'
        });
        await call('put', '/api/v1/connections/salesforce/server-to-server', {
            flow: 'client_credentials',
            loginUrl: salesforce.url,
            clientId,
            clientSecret
        });
        await call('put', '/api/v1/connections/trustworthy', {
            baseUrl: trustworthy.baseUrl,
            apiKey: 'tw_wrong_key_value'
        });
        await call('put', '/api/v1/connections/trustworthy', {
            baseUrl: trustworthy.baseUrl,
            apiKey: trustworthy.apiKey
        });
        await call('post', '/api/v1/connections/test', {});
        await call('get', '/api/v1/connections');
        await call('delete', '/api/v1/connections/salesforce');

        expect(logs.lines.length).toBeGreaterThan(5);
        expect(logs.text).toContain('salesforce org connected');
        expect(logs.text).toContain('salesforce authorization revoked');
        const secrets = {
            accessToken,
            refreshToken,
            clientSecret,
            trustworthyKey: trustworthy.apiKey,
            wrongSecret: 'wrong-secret-value',
            wrongKey: 'tw_wrong_key_value',
            apiSecret: companion.deps.settings.apiSecret,
            linkToken,
            state,
            code
        };
        const replyText = replies.join('\n');
        for (const [name, value] of Object.entries(secrets)) {
            expect(value.length).toBeGreaterThan(8);
            expect([name, logs.text.includes(value)]).toEqual([name, false]);
        }
        for (const name of [
            'accessToken',
            'refreshToken',
            'clientSecret',
            'trustworthyKey',
            'wrongSecret',
            'wrongKey',
            'apiSecret',
            'code'
        ] as const) {
            expect([name, replyText.includes(secrets[name])]).toEqual([name, false]);
        }
    });
});
