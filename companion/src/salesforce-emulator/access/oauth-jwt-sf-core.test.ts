import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';

import { ManualClock } from '../clock';
import {
    INTEGRATION,
    ORG_ID,
    SYNC_APP,
    makeSigningCertificate,
    startAccessTestServer,
    type AccessTestServer
} from './test-support/access-test-app';

type HttpRequest = (this: unknown, request: { url: string }, options?: unknown) => unknown;

/**
 * @salesforce/core tries login.salesforce.com and test.salesforce.com when
 * the first JWT attempt fails. This guard refuses anything but loopback, so
 * a regression fails the test instead of reaching a real host.
 */
function guardLoopbackOnly(transport: { prototype: { httpRequest: HttpRequest } }): string[] {
    const original = transport.prototype.httpRequest;
    const requested: string[] = [];
    transport.prototype.httpRequest = function guarded(request, options) {
        if (!request.url.startsWith('http://127.0.0.1:')) {
            throw new Error(`test guard refused a request to ${request.url}`);
        }
        requested.push(request.url);
        return original.call(this, request, options);
    };
    return requested;
}

describe('JWT bearer flow through @salesforce/core', () => {
    const savedEnv = { ...process.env };
    const signing = makeSigningCertificate();
    const jwtApp = {
        ...SYNC_APP,
        clientId: '3MVG9jwtCore',
        certificatePem: signing.certificatePem
    };
    let server: AccessTestServer;

    beforeAll(async () => {
        // The sf libraries keep auth files under os.homedir(), which reads the
        // real environment rather than jest's copy of process.env.
        const home = mkdtempSync(path.join(tmpdir(), 'emulator-sf-home-'));
        jest.spyOn(os, 'homedir').mockReturnValue(home);

        // Under jest, @salesforce/core's "file missing" branch fails its
        // `instanceof Error` check (errors from another realm), so the alias
        // file it would otherwise create is made here.
        mkdirSync(path.join(home, '.sfdx'));
        writeFileSync(path.join(home, '.sfdx', 'alias.json'), JSON.stringify({ orgs: {} }));
        process.env.HOME = home;
        process.env.SF_DISABLE_LOG_FILE = 'true';
        process.env.SF_DISABLE_AUTOUPDATE = 'true';
        process.env.SF_DISABLE_TELEMETRY = 'true';
        process.env.SF_SKIP_NEW_VERSION_CHECK = 'true';
        process.env.SF_USE_GENERIC_UNIX_KEYCHAIN = 'true';
        server = await startAccessTestServer({
            apps: [jwtApp],
            clock: new ManualClock(new Date())
        });
    });

    afterAll(async () => {
        await server.close();
        process.env = savedEnv;
        jest.restoreAllMocks();
    });

    it('when AuthInfo.create signs a JWT with the app key, then it gets a working token at the first try', async () => {
        // Loaded only now, after HOME points at the temporary folder the sf libraries read.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after HOME is set
        const transport = require('@jsforce/jsforce-node/lib/transport') as { Transport: never };
        const requested = guardLoopbackOnly(transport.Transport);
        // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports -- must load after HOME is set
        const { AuthInfo } = require('@salesforce/core') as typeof import('@salesforce/core');

        const authInfo = await AuthInfo.create({
            username: INTEGRATION.username,
            oauth2Options: {
                clientId: jwtApp.clientId,
                loginUrl: server.url,
                privateKey: signing.privateKeyPath
            }
        });

        const fields = authInfo.getFields(true);
        expect(fields).toMatchObject({
            orgId: ORG_ID,
            instanceUrl: server.url,
            username: INTEGRATION.username
        });
        expect(requested[0]).toBe(`${server.url}/services/oauth2/token`);

        const accountUrl = `${server.url}/services/data/v60.0/sobjects/Account/0015g00000XyZaBAAV`;
        const reply = await fetch(accountUrl, {
            headers: { Authorization: `Bearer ${fields.accessToken ?? ''}` }
        });
        expect(reply.status).toBe(200);
        expect(await reply.json()).toMatchObject({ OwnerId: INTEGRATION.id });
    });
});
