import { Connection } from 'jsforce';

import { readRecording } from './test-support/recordings';
import {
    ADMIN,
    ORG_ID,
    SYNC_APP,
    startAccessTestServer,
    type AccessTestServer
} from './test-support/access-test-app';

const ACCOUNT_PATH = '/services/data/v50.0/sobjects/Account/0015g00000XyZaBAAV';
const PRE_ISSUED = `${ORG_ID.slice(0, 15)}!preIssuedForTheCli`;

interface Reply {
    status: number;
    limitInfo: string | null;
    body: unknown;
}

describe('REST gate: versions, sessions, limits and faults', () => {
    let server: AccessTestServer;
    let accessToken: string;

    beforeEach(async () => {
        server = await startAccessTestServer({
            dailyApiLimit: 5,
            preIssuedTokens: [{ accessToken: PRE_ISSUED, userId: ADMIN.id }]
        });
        const reply = await fetch(`${server.url}/services/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
                grant_type: 'client_credentials',
                client_id: SYNC_APP.clientId,
                client_secret: SYNC_APP.clientSecret
            }).toString()
        });
        accessToken = ((await reply.json()) as { access_token: string }).access_token;
    });

    afterEach(async () => {
        await server.close();
    });

    async function call(pathname: string, authorization?: string): Promise<Reply> {
        const headers: Record<string, string> = authorization
            ? { Authorization: authorization }
            : {};
        const reply = await fetch(`${server.url}${pathname}`, { headers });
        const isJson = reply.headers.get('content-type')?.includes('json') ?? false;
        return {
            status: reply.status,
            limitInfo: reply.headers.get('sforce-limit-info'),
            body: isJson ? await reply.json() : await reply.text()
        };
    }

    function connection(): Connection {
        return new Connection({ instanceUrl: server.url, accessToken, version: '60.0' });
    }

    it('when the version list is asked without a session, then it lists 31.0 to 64.0 with release names', async () => {
        const reply = await call('/services/data');
        const versions = reply.body as Array<{ label: string; url: string; version: string }>;

        expect(reply.status).toBe(200);
        expect(versions[0]).toEqual({
            label: "Summer '14",
            url: '/services/data/v31.0',
            version: '31.0'
        });
        expect(versions.at(-1)).toEqual({
            label: "Summer '25",
            url: '/services/data/v64.0',
            version: '64.0'
        });
        expect(versions.find((entry) => entry.version === '50.0')?.label).toBe("Winter '21");
    });

    it('when the sf CLI asks with a doubled slash, then the path still resolves', async () => {
        expect((await call('//services/data')).status).toBe(200);
        expect((await call(`/${ACCOUNT_PATH}`, `Bearer ${accessToken}`)).status).toBe(200);
    });

    it('when a version directory is asked, then it lists resources and the identity URL', async () => {
        const reply = await call('/services/data/v60.0/', `Bearer ${accessToken}`);
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({
            sobjects: '/services/data/v60.0/sobjects',
            query: '/services/data/v60.0/query',
            limits: '/services/data/v60.0/limits',
            identity: expect.stringMatching(new RegExp(`/id/${ORG_ID}/`))
        });
    });

    it.each(['v30.0', 'v65.0', 'v60.1', 'vlatest'])(
        'when the version is %s, then it answers 404 NOT_FOUND before looking at the session',
        async (version) => {
            const reply = await call(`/services/data/${version}/sobjects/Account/x`);
            expect(reply.status).toBe(404);
            expect(reply.body).toEqual([
                { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }
            ]);
        }
    );

    it.each([
        { situation: 'no Authorization header', header: undefined },
        { situation: 'an unknown token', header: `Bearer ${ORG_ID.slice(0, 15)}!unknown` },
        { situation: 'a Basic header', header: 'Basic YWJjOmRlZg==' }
    ])('when the call has $situation, then it answers the 401 envelope', async ({ header }) => {
        const reply = await call(ACCOUNT_PATH, header);
        expect(reply.status).toBe(401);
        expect(reply.body).toEqual([
            { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }
        ]);
    });

    it('when the token is sent with the OAuth scheme, as jsforce streaming does, then it is accepted', async () => {
        expect((await call(ACCOUNT_PATH, `OAuth ${accessToken}`)).status).toBe(200);
    });

    it('when the token has outlived the lifetime switch, then it is refused', async () => {
        server.faults.set({ tokenLifetimeSeconds: 60 });
        server.clock.advance(59_000);
        expect((await call(ACCOUNT_PATH, `Bearer ${accessToken}`)).status).toBe(200);

        server.clock.advance(1_000);
        expect((await call(ACCOUNT_PATH, `Bearer ${accessToken}`)).status).toBe(401);
    });

    it('when the pre-issued token is used, then it opens a session that ignores the lifetime switch', async () => {
        server.faults.set({ tokenLifetimeSeconds: 1 });
        server.clock.advance(10_000);
        const reply = await call(ACCOUNT_PATH, `Bearer ${PRE_ISSUED}`);
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({ OwnerId: ADMIN.id });
    });

    it('when any REST reply goes out, then it carries the usage header, counting only authenticated calls', async () => {
        const bearer = `Bearer ${accessToken}`;
        expect((await call('/services/data')).limitInfo).toBe('api-usage=0/5');
        expect((await call(ACCOUNT_PATH)).limitInfo).toBe('api-usage=0/5');
        expect((await call('/services/data/v20.0/limits', bearer)).limitInfo).toBe('api-usage=0/5');
        expect((await call(ACCOUNT_PATH, bearer)).limitInfo).toBe('api-usage=1/5');
        const unrouted = await call('/services/data/v60.0/no/such/thing', bearer);
        expect(unrouted.limitInfo).toBe('api-usage=2/5');
        expect(server.access.usage.usage()).toEqual({ used: 2, limit: 5 });
    });

    it('when jsforce makes calls, then conn.limitInfo.apiUsage follows the header', async () => {
        const conn = connection();
        await conn.request(ACCOUNT_PATH);
        await conn.request(ACCOUNT_PATH);
        expect(conn.limitInfo.apiUsage).toEqual({ used: 2, limit: 5 });
    });

    it('when the daily allowance is spent, then calls get 403 REQUEST_LIMIT_EXCEEDED and are not counted', async () => {
        for (let i = 0; i < 5; i++) {
            expect((await call(ACCOUNT_PATH, `Bearer ${accessToken}`)).status).toBe(200);
        }

        const refused = await call(ACCOUNT_PATH, `Bearer ${accessToken}`);
        expect(refused).toEqual({
            status: 403,
            limitInfo: 'api-usage=5/5',
            body: [
                { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }
            ]
        });

        const jsforceError = await connection()
            .request(ACCOUNT_PATH)
            .catch((error: unknown) => error);
        expect(jsforceError).toMatchObject({ errorCode: 'REQUEST_LIMIT_EXCEEDED' });
        expect(server.access.usage.usage().used).toBe(5);
    });

    it('when /limits is asked, then it has the recorded limit names and a live DailyApiRequests', async () => {
        await call(ACCOUNT_PATH, `Bearer ${accessToken}`);
        const reply = await call('/services/data/v60.0/limits', `Bearer ${accessToken}`);
        const limits = reply.body as Record<string, { Max: number; Remaining: number }>;
        const recorded = readRecording('swiftlysalesforce/MockLimits.json') as object;

        expect(Object.keys(limits).sort()).toEqual(Object.keys(recorded).sort());
        expect(limits.DailyApiRequests).toEqual({ Max: 5, Remaining: 3 });
        for (const value of Object.values(limits)) {
            expect(Number.isInteger(value.Max) && Number.isInteger(value.Remaining)).toBe(true);
        }
    });

    it('when the server is unavailable for one call, then jsforce retries the GET and succeeds', async () => {
        server.faults.set({ unavailableForCalls: 1 });
        const account = await connection().request<{ Id: string }>(ACCOUNT_PATH);

        expect(account.Id).toBe('0015g00000XyZaBAAV');
        expect(server.faults.current().unavailableForCalls).toBe(0);
        expect(server.access.usage.usage().used).toBe(1);
    });

    it('when the server is unavailable, then the 503 carries SERVER_UNAVAILABLE and the usage header', async () => {
        server.faults.set({ unavailableForCalls: 1 });
        const reply = await call(ACCOUNT_PATH, `Bearer ${accessToken}`);
        expect(reply.status).toBe(503);
        expect(reply.limitInfo).toBe('api-usage=0/5');
        expect(reply.body).toEqual([
            { message: expect.any(String), errorCode: 'SERVER_UNAVAILABLE' }
        ]);
    });

    it('when latency is switched on, then replies wait at least that long', async () => {
        server.faults.set({ latencyMs: 120 });
        const started = performance.now();
        await call('/services/data');
        expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    });

    it('when the sf CLI asks the tooling API about sandboxes, then it gets 400 INVALID_TYPE', async () => {
        const soql = encodeURIComponent('SELECT Id FROM SandboxProcess WHERE Id = null');
        const reply = await call(
            `/services/data/v60.0/tooling/query?q=${soql}`,
            `Bearer ${accessToken}`
        );
        expect(reply.status).toBe(400);
        expect(reply.body).toEqual([
            {
                message: expect.stringMatching(/^sObject type 'SandboxProcess' is not supported\./),
                errorCode: 'INVALID_TYPE'
            }
        ]);
    });
});
