/**
 * A companion on its embedded default in a temporary folder, with real
 * clients for both emulated sides, for tests that drive whole sync runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Connection, OAuth2 } from 'jsforce';

import type { AppConfig } from '../../config/env';
import { createLogger } from '../../lib/logger';
import { TrustworthyClient } from '../../trustworthy/trustworthy-client';
import { startApiServer } from '../api-server';
import { allowOAuthCallback } from '../local-systems';
import { openCompanion } from '../companion';
import type { Companion } from '../companion';

export interface Harness {
    dataDir: string;
    /** Calls the companion API in-process on a random loopback port, authenticated unless told not to. */
    api(
        method: string,
        path: string,
        options?: { body?: unknown; authenticated?: boolean; headers?: Record<string, string> }
    ): Promise<{ status: number; body: unknown; headers: Headers }>;
    companion: Companion;
    salesforce: Connection;
    trustworthy: TrustworthyClient;
    close(): Promise<void>;
}

export async function startHarness(
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-'))
): Promise<Harness> {
    const config: AppConfig = {
        port: 0,
        apiSecret: undefined,
        publicUrl: undefined,
        dataDir,
        logLevel: 'silent',
        syncIntervalSeconds: 900,
        salesforce: { mode: 'emulator' },
        trustworthy: { mode: 'emulator' }
    };
    const companion = await openCompanion({ config, logger: createLogger('silent') });

    const local = companion.local;
    if (
        !local.salesforce ||
        local.salesforce.credentials.flow !== 'client_credentials' ||
        !local.trustworthy
    ) {
        throw new Error('emulators did not start');
    }
    const { credentials } = local.salesforce;
    const token = await new OAuth2({
        loginUrl: credentials.loginUrl,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret
    }).requestToken({
        grant_type: 'client_credentials'
    });
    const salesforce = new Connection({
        instanceUrl: token.instance_url,
        accessToken: token.access_token,
        version: '62.0'
    });
    const trustworthy = new TrustworthyClient({
        baseUrl: local.trustworthy.baseUrl,
        apiKey: local.trustworthy.apiKey,
        retryBaseDelayMs: 10
    });

    const server = await startApiServer(companion.deps, 0);
    const baseUrl = `http://127.0.0.1:${server.port}`;
    companion.deps.settings.publicBaseUrl = baseUrl;
    allowOAuthCallback(companion.local, baseUrl);
    const api: Harness['api'] = async (method, path, options = {}) => {
        const headers: Record<string, string> = { ...(options.headers ?? {}) };
        if (options.authenticated !== false)
            headers.authorization = `Bearer ${companion.deps.settings.apiSecret}`;
        if (options.body !== undefined && !('content-type' in headers))
            headers['content-type'] = 'application/json';
        const response = await fetch(`${baseUrl}${path}`, {
            method: method.toUpperCase(),
            headers,
            ...(options.body !== undefined
                ? {
                      body:
                          typeof options.body === 'string'
                              ? options.body
                              : JSON.stringify(options.body)
                  }
                : {}),
            redirect: 'manual'
        });
        const text = await response.text();
        let body: unknown = text;
        try {
            body = text === '' ? undefined : JSON.parse(text);
        } catch {
            // not JSON: keep the text
        }
        return { status: response.status, body, headers: response.headers };
    };

    return {
        dataDir,
        api,
        companion,
        salesforce,
        trustworthy,
        close: async () => {
            await server.close();
            await companion.close();
            fs.rmSync(dataDir, { recursive: true, force: true });
        }
    };
}
