import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ensureDataDir } from './data-dir';
import { ConfigError, loadConfig } from './env';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
    try {
        loadConfig(env);
        return [];
    } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
    }
}

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration from the environment', () => {
    it('when nothing is set, then both sides run on emulators with the documented defaults', () => {
        const config = loadConfig({});
        expect(config).toMatchObject({
            port: 4610,
            logLevel: 'info',
            salesforce: { mode: 'emulator' },
            trustworthy: { mode: 'emulator' }
        });
        expect(config.dataDir).toBe(path.resolve('data'));
    });

    it('when PORT is not a plain whole number, then start-up names PORT', () => {
        for (const bad of ['abc', '1e3', '0x10', '70000', '-1', '1.5']) {
            expect(problemsOf({ PORT: bad })).toEqual([expect.stringMatching(/^PORT: /)]);
        }
        expect(loadConfig({ PORT: '' }).port).toBe(4610);
        expect(loadConfig({ PORT: '0' }).port).toBe(0);
    });

    it('when a side is half configured, then every missing variable is named', () => {
        expect(problemsOf({ SALESFORCE_CLIENT_ID: 'abc' })).toEqual([
            expect.stringContaining('SALESFORCE_CLIENT_SECRET'),
            expect.stringContaining('SALESFORCE_LOGIN_URL')
        ]);
        expect(problemsOf({ TRUSTWORTHY_API_KEY: 'k' })).toEqual([
            expect.stringContaining('TRUSTWORTHY_BASE_URL')
        ]);
        expect(problemsOf({ SALESFORCE_USERNAME: 'u@example.com' })).toEqual(
            expect.arrayContaining([
                expect.stringContaining('SALESFORCE_CLIENT_ID'),
                expect.stringContaining('SALESFORCE_PRIVATE_KEY_FILE')
            ])
        );
    });

    it('when a full JWT set is given, then the JWT flow is chosen with a sandbox login URL by default', () => {
        const jwt = {
            SALESFORCE_CLIENT_ID: 'id',
            SALESFORCE_USERNAME: 'u@example.com',
            SALESFORCE_PRIVATE_KEY_FILE: '/k.pem',
            COMPANION_ENCRYPTION_KEY: KEY
        };
        const config = loadConfig({ ...jwt, COMPANION_API_SECRET: 's'.repeat(32) });
        expect(config.salesforce).toMatchObject({
            mode: 'jwt',
            loginUrl: 'https://test.salesforce.com',
            apiVersion: '62.0'
        });
        expect(problemsOf(jwt)).toEqual([expect.stringMatching(/^COMPANION_API_SECRET: required/)]);
        expect(problemsOf({ ...jwt, COMPANION_API_SECRET: 'short' })).toEqual([
            expect.stringMatching(/^COMPANION_API_SECRET: must be at least 32/)
        ]);
    });

    it('when real credentials come without COMPANION_ENCRYPTION_KEY, or with a key that is not 32 base64 bytes, then start-up names it', () => {
        const real = {
            TRUSTWORTHY_BASE_URL: 'https://tw.example.com',
            TRUSTWORTHY_API_KEY: 'k',
            COMPANION_API_SECRET: 's'.repeat(32)
        };
        expect(problemsOf(real)).toEqual([
            expect.stringMatching(/^COMPANION_ENCRYPTION_KEY: required/)
        ]);
        expect(problemsOf({ ...real, COMPANION_ENCRYPTION_KEY: 'c2hvcnQ=' })).toEqual([
            expect.stringMatching(/^COMPANION_ENCRYPTION_KEY: must be 32 random bytes/)
        ]);
        expect(loadConfig({ ...real, COMPANION_ENCRYPTION_KEY: KEY }).encryptionKey).toBe(KEY);
        expect(loadConfig({}).encryptionKey).toBeUndefined();
    });
});

describe('the data directory', () => {
    let root: string;
    beforeEach(() => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'data-dir-'));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    it('when the folder is missing, then it is created with its parents', () => {
        const target = path.join(root, 'a', 'b');
        ensureDataDir(target);
        expect(fs.statSync(target).isDirectory()).toBe(true);
    });

    it('when a file stands in the way, then DATA_DIR is named with the reason', () => {
        const file = path.join(root, 'afile');
        fs.writeFileSync(file, '');
        expect(() => ensureDataDir(file)).toThrow(/DATA_DIR: .*is a file, not a folder/);
        expect(() => ensureDataDir(path.join(file, 'sub'))).toThrow(
            /DATA_DIR: .*is a file, not a folder/
        );
    });

    it('when the path is on a pseudo-filesystem, then it is refused instead of hanging', () => {
        expect(() => ensureDataDir('/proc/trustworthy-sync-test')).toThrow(/DATA_DIR/);
    });
});
