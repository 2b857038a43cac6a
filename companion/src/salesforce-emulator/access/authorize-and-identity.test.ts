import { readRecording } from './test-support/recordings';
import {
    ADMIN,
    CALLBACK,
    FORMER,
    ORG_ID,
    SYNC_APP,
    startAccessTestServer,
    type AccessTestServer
} from './test-support/access-test-app';

describe('authorize endpoint', () => {
    let server: AccessTestServer;

    beforeAll(async () => {
        server = await startAccessTestServer();
    });

    afterAll(async () => {
        await server.close();
    });

    function authorize(params: Record<string, string>): Promise<Response> {
        const query = new URLSearchParams({
            response_type: 'code',
            client_id: SYNC_APP.clientId,
            redirect_uri: CALLBACK,
            ...params
        });
        return fetch(`${server.url}/services/oauth2/authorize?${query.toString()}`, {
            redirect: 'manual'
        });
    }

    function callbackOf(reply: Response): URLSearchParams {
        expect(reply.status).toBe(302);
        const location = new URL(reply.headers.get('location') ?? '');
        expect(location.origin + location.pathname).toBe(CALLBACK);
        return location.searchParams;
    }

    it('when the client is unknown, then it answers 400 without redirecting', async () => {
        const reply = await authorize({ client_id: 'nobody' });
        expect(reply.status).toBe(400);
        expect(await reply.json()).toEqual({
            error: 'invalid_client_id',
            error_description: 'client identifier invalid'
        });
    });

    it('when the redirect URI is not registered, then it answers 400 redirect_uri_mismatch', async () => {
        const reply = await authorize({ redirect_uri: 'http://127.0.0.1:9/elsewhere' });
        expect(reply.status).toBe(400);
        expect(await reply.json()).toEqual({
            error: 'redirect_uri_mismatch',
            error_description: 'redirect_uri must match configuration'
        });
    });

    it.each<{ situation: string; params: Record<string, string>; error: string }>([
        {
            situation: 'a token response type',
            params: { response_type: 'token' },
            error: 'unsupported_response_type'
        },
        {
            situation: 'a scope the app lacks',
            params: { scope: 'api full' },
            error: 'invalid_scope'
        },
        {
            situation: 'a malformed PKCE challenge',
            params: { code_challenge: 'short' },
            error: 'invalid_request'
        },
        {
            situation: 'a plain PKCE method',
            params: { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' },
            error: 'invalid_request'
        },
        {
            situation: 'an inactive user',
            params: { login_hint: FORMER.username },
            error: 'access_denied'
        }
    ])(
        'when the request has $situation, then the callback gets $error',
        async ({ params, error }) => {
            const callback = callbackOf(await authorize({ ...params, state: 'keep-me' }));
            expect(callback.get('error')).toBe(error);
            expect(callback.get('error_description')).toEqual(expect.any(String));
            expect(callback.get('state')).toBe('keep-me');
            expect(callback.get('code')).toBeNull();
        }
    );

    it('when offline_access is asked of an app that grants refresh_token, then a code is issued', async () => {
        const callback = callbackOf(await authorize({ scope: 'api offline_access' }));
        expect(callback.get('code')).toMatch(/^aPrx/);
    });
});

describe('userinfo and identity URL', () => {
    let server: AccessTestServer;
    let accessToken: string;

    beforeAll(async () => {
        server = await startAccessTestServer();
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

    afterAll(async () => {
        await server.close();
    });

    function get(pathname: string, token: string | undefined): Promise<Response> {
        const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
        return fetch(`${server.url}${pathname}`, { headers });
    }

    it('when userinfo is asked with a live token, then it names the user the way the sf CLI reads it', async () => {
        const reply = await get('/services/oauth2/userinfo', accessToken);
        expect(reply.status).toBe(200);
        expect(await reply.json()).toMatchObject({
            user_id: '0055g00000AbCdFAAV',
            organization_id: ORG_ID,
            preferred_username: 'integration@trustworthy.example',
            sub: `${server.url}/id/${ORG_ID}/0055g00000AbCdFAAV`
        });
    });

    it('when the identity URL is asked, then the body has the recorded identity keys', async () => {
        const reply = await get(`/id/${ORG_ID}/0055g00000AbCdFAAV`, accessToken);
        const body = (await reply.json()) as Record<string, unknown>;
        const recorded = readRecording('swiftlysalesforce/MockIdentity.json') as object;

        expect(Object.keys(body).sort()).toEqual(Object.keys(recorded).sort());
        expect(body).toMatchObject({ username: 'integration@trustworthy.example', active: true });
    });

    it('when the identity URL names someone else, then it answers 403 Bad_Id', async () => {
        const reply = await get(`/id/${ORG_ID}/${ADMIN.id}`, accessToken);
        expect([reply.status, await reply.text()]).toEqual([403, 'Bad_Id']);
    });

    it('when the token is missing or bad, then userinfo answers the identity service’s 403', async () => {
        const missing = await get('/services/oauth2/userinfo', undefined);
        expect([missing.status, await missing.text()]).toEqual([403, 'Missing_OAuth_Token']);

        const bad = await get('/services/oauth2/userinfo', `${ORG_ID}!bogus`);
        expect([bad.status, await bad.text()]).toEqual([403, 'Bad_OAuth_Token']);
    });
});
