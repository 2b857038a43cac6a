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
import { openCompanion } from '../companion';
import type { Companion } from '../companion';

export interface Harness {
    dataDir: string;
    companion: Companion;
    salesforce: Connection;
    trustworthy: TrustworthyClient;
    close(): Promise<void>;
}

export async function startHarness(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-'))): Promise<Harness> {
    const config: AppConfig = {
        port: 0,
        dataDir,
        logLevel: 'silent',
        syncIntervalSeconds: 900,
        salesforce: { mode: 'emulator' },
        trustworthy: { mode: 'emulator' }
    };
    const companion = await openCompanion({ config, logger: createLogger('silent') });

    const local = companion.local;
    if (!local.salesforce || local.salesforce.credentials.flow !== 'client_credentials' || !local.trustworthy) {
        throw new Error('emulators did not start');
    }
    const { credentials } = local.salesforce;
    const token = await new OAuth2({ loginUrl: credentials.loginUrl, clientId: credentials.clientId, clientSecret: credentials.clientSecret }).requestToken({
        grant_type: 'client_credentials'
    });
    const salesforce = new Connection({ instanceUrl: token.instance_url, accessToken: token.access_token, version: '62.0' });
    const trustworthy = new TrustworthyClient({ baseUrl: local.trustworthy.baseUrl, apiKey: local.trustworthy.apiKey, retryBaseDelayMs: 10 });

    return {
        dataDir,
        companion,
        salesforce,
        trustworthy,
        close: async () => {
            await companion.close();
            fs.rmSync(dataDir, { recursive: true, force: true });
        }
    };
}
