/**
 * A second real client for the Salesforce emulator: the sf CLI logs in to it
 * with an access token and `sf data query` returns the seeded records. The
 * CLI runs offline with its own temporary HOME, so no real auth is touched.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { OAuth2 } from 'jsforce';

import { createLogger } from '../lib/logger';
import { startLocalSystems } from './local-systems';
import type { LocalSystems } from './local-systems';

jest.setTimeout(120_000);

const run = promisify(execFile);
const SF_BIN = path.resolve(__dirname, '..', '..', '..', 'node_modules', '.bin', 'sf');

describe('the sf CLI against the Salesforce emulator', () => {
    let dataDir: string;
    let home: string;
    let local: LocalSystems;

    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sf-cli-data-'));
        home = fs.mkdtempSync(path.join(os.tmpdir(), 'sf-cli-home-'));
        local = await startLocalSystems({
            dataDir,
            basePort: 0,
            salesforce: true,
            trustworthy: false,
            logger: createLogger('silent')
        });
    });

    afterAll(async () => {
        await local.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(home, { recursive: true, force: true });
    });

    it('when the CLI logs in with an access token, then sf data query returns the seeded accounts', async () => {
        const salesforce = local.salesforce;
        if (!salesforce || salesforce.credentials.flow !== 'client_credentials')
            throw new Error('emulator not started');
        const token = await new OAuth2({
            loginUrl: salesforce.url,
            clientId: salesforce.credentials.clientId,
            clientSecret: salesforce.credentials.clientSecret
        }).requestToken({ grant_type: 'client_credentials' });

        const env = {
            ...process.env,
            HOME: home,
            SF_ACCESS_TOKEN: token.access_token,
            SF_DISABLE_AUTOUPDATE: 'true',
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_USE_GENERIC_UNIX_KEYCHAIN: 'true'
        };
        const login = await run(
            SF_BIN,
            [
                'org',
                'login',
                'access-token',
                '--instance-url',
                salesforce.url,
                '--no-prompt',
                '--alias',
                'emulated',
                '--json'
            ],
            { env }
        );
        expect(JSON.parse(login.stdout)).toMatchObject({
            status: 0,
            result: { instanceUrl: `${salesforce.url}/` }
        });

        const query = await run(
            SF_BIN,
            [
                'data',
                'query',
                '--query',
                'SELECT Id, Name FROM Account ORDER BY Name',
                '--target-org',
                'emulated',
                '--json'
            ],
            { env }
        );
        const result = JSON.parse(query.stdout) as {
            status: number;
            result: { totalSize: number; records: Array<{ Id: string; Name: string }> };
        };
        expect(result.status).toBe(0);
        expect(result.result.totalSize).toBe(salesforce.emulator.org.countRecords('Account'));
        expect(result.result.records[0]?.Id).toMatch(/^001[0-9A-Za-z]{15}$/);
    });
});
