import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { readRecording } from './test-support/recordings';
import {
    CALLBACK,
    FORMER,
    INTEGRATION,
    ORG_ID,
    SYNC_APP,
    makeSigningCertificate,
    startAccessTestServer,
    type AccessTestServer
} from './test-support/access-test-app';
import { JWT_BEARER_GRANT } from './token-grants';

interface Reply {
    status: number;
    body: unknown;
}

interface FailureCase {
    situation: string;
    params: Record<string, string>;
    error: string;
    description: string;
}

const signing = makeSigningCertificate();
const appKey = readFileSync(signing.privateKeyPath, 'utf8');
const JWT_APP = { ...SYNC_APP, clientId: '3MVG9jwtApp', certificatePem: signing.certificatePem };
const NO_RUN_AS_APP = { ...SYNC_APP, clientId: '3MVG9noRunAs', runAsUsername: undefined };

function base64url(value: object): string {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signAssertion(claims: object, keyPem: string): string {
    const signedPart = `${base64url({ alg: 'RS256' })}.${base64url(claims)}`;
    const signature = createSign('RSA-SHA256').update(signedPart).sign(keyPem, 'base64url');
    return `${signedPart}.${signature}`;
}

describe('OAuth token endpoint errors and other grants', () => {
    let server: AccessTestServer;

    beforeAll(async () => {
        server = await startAccessTestServer({ apps: [SYNC_APP, JWT_APP, NO_RUN_AS_APP] });
    });

    afterAll(async () => {
        await server.close();
    });

    async function postToken(
        params: Record<string, string>,
        headers: Record<string, string> = {}
    ): Promise<Reply> {
        const reply = await fetch(`${server.url}/services/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
            body: new URLSearchParams(params).toString()
        });
        return { status: reply.status, body: await reply.json() };
    }

    /** A JWT from the app for the integration user, valid for two minutes, with any changes. */
    function postJwt(changes: object = {}, keyPem = appKey): Promise<Reply> {
        const nowSeconds = Math.floor(server.clock.now().getTime() / 1000);
        const claims = {
            iss: JWT_APP.clientId,
            sub: INTEGRATION.username,
            aud: server.url,
            exp: nowSeconds + 120,
            ...changes
        };
        return postToken({
            grant_type: JWT_BEARER_GRANT,
            assertion: signAssertion(claims, keyPem)
        });
    }

    const app = SYNC_APP.clientId;
    const secret = SYNC_APP.clientSecret;

    it.each<FailureCase>([
        {
            situation: 'an unknown grant type',
            params: { grant_type: 'password', username: 'x', password: 'y' },
            error: 'unsupported_grant_type',
            description: 'grant type not supported'
        },
        {
            situation: 'no grant type',
            params: { client_id: app },
            error: 'unsupported_grant_type',
            description: 'grant type not supported'
        },
        {
            situation: 'an unknown client',
            params: { grant_type: 'refresh_token', client_id: 'nobody', refresh_token: 'x' },
            error: 'invalid_client_id',
            description: 'client identifier invalid'
        },
        {
            situation: 'a wrong client secret',
            params: { grant_type: 'client_credentials', client_id: app, client_secret: 'wrong' },
            error: 'invalid_client',
            description: 'invalid client credentials'
        },
        {
            situation: 'an unknown refresh token',
            params: { grant_type: 'refresh_token', client_id: app, refresh_token: '5Aep861x' },
            error: 'invalid_grant',
            description: 'expired access/refresh token'
        },
        {
            situation: 'an unknown authorization code',
            params: {
                grant_type: 'authorization_code',
                client_id: app,
                client_secret: secret,
                code: 'aPrxnope',
                redirect_uri: CALLBACK
            },
            error: 'invalid_grant',
            description: 'invalid authorization code'
        },
        {
            situation: 'client credentials for an app with no run-as user',
            params: {
                grant_type: 'client_credentials',
                client_id: NO_RUN_AS_APP.clientId,
                client_secret: secret
            },
            error: 'invalid_grant',
            description: 'no client credentials user enabled'
        },
        {
            situation: 'a JWT that is not a JWT',
            params: { grant_type: JWT_BEARER_GRANT, assertion: 'garbage' },
            error: 'invalid_grant',
            description: 'invalid assertion'
        }
    ])('when the call has $situation, then it answers 400 $error', async (failure) => {
        expect(await postToken(failure.params)).toEqual({
            status: 400,
            body: { error: failure.error, error_description: failure.description }
        });
    });

    it('when a refresh token is unknown, then the reply equals the recorded Salesforce error', async () => {
        const reply = await postToken({
            grant_type: 'refresh_token',
            client_id: SYNC_APP.clientId,
            refresh_token: '5Aep861stale'
        });
        expect(reply.body).toEqual(readRecording('restforce/refresh_error_response.json'));
    });

    it('when an error comes back, then it has exactly the keys of the recorded auth error', async () => {
        const reply = await postToken({ grant_type: 'client_credentials', client_id: 'nobody' });
        const recorded = readRecording('restforce/auth_error_response.json') as object;
        expect(Object.keys(reply.body as object)).toEqual(Object.keys(recorded));
    });

    it('when client credentials are right, then the token runs as the run-as user with no refresh token', async () => {
        const reply = await postToken({
            grant_type: 'client_credentials',
            client_id: SYNC_APP.clientId,
            client_secret: SYNC_APP.clientSecret
        });
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({
            id: `${server.url}/id/${ORG_ID}/${INTEGRATION.id}`,
            scope: 'api id',
            token_type: 'Bearer'
        });
        expect(reply.body).not.toHaveProperty('refresh_token');
    });

    it('when client credentials come as HTTP Basic, then they are accepted too', async () => {
        const credentials = `${SYNC_APP.clientId}:${SYNC_APP.clientSecret}`;
        const basic = `Basic ${Buffer.from(credentials).toString('base64')}`;
        const reply = await postToken(
            { grant_type: 'client_credentials' },
            { Authorization: basic }
        );
        expect(reply.status).toBe(200);
    });

    it('when a JWT is signed by the app key for a known user, then a token without refresh token comes back', async () => {
        const reply = await postJwt();
        expect(reply.status).toBe(200);
        expect(reply.body).toMatchObject({ id: `${server.url}/id/${ORG_ID}/${INTEGRATION.id}` });
        expect(reply.body).not.toHaveProperty('refresh_token');
    });

    it('when the JWT exp is in milliseconds, as @salesforce/core 8 sends it, then it is accepted', async () => {
        const reply = await postJwt({ exp: server.clock.now().getTime() + 300 });
        expect(reply.status).toBe(200);
    });

    it.each(['https://login.salesforce.com', 'https://test.salesforce.com/'])(
        'when the JWT audience is the public login URL %s, then it is accepted',
        async (aud) => {
            expect((await postJwt({ aud })).status).toBe(200);
        }
    );

    it.each([
        {
            situation: 'another audience',
            claims: { aud: 'https://example.invalid' },
            description: 'Audience validation failed'
        },
        {
            situation: 'an expired exp',
            claims: { exp: 1_000_000_000 },
            description: 'expired authorization code'
        },
        {
            situation: 'an unknown subject',
            claims: { sub: 'ghost@trustworthy.example' },
            description: "user hasn't approved this consumer"
        },
        {
            situation: 'an inactive subject',
            claims: { sub: FORMER.username },
            description: 'inactive user'
        }
    ])('when the JWT has $situation, then it is refused: $description', async (failure) => {
        expect(await postJwt(failure.claims)).toEqual({
            status: 400,
            body: { error: 'invalid_grant', error_description: failure.description }
        });
    });

    it('when the JWT is signed by a key other than the certificate’s, then it is an invalid assertion', async () => {
        const stranger = readFileSync(makeSigningCertificate().privateKeyPath, 'utf8');
        const reply = await postJwt({}, stranger);
        expect(reply.body).toEqual({
            error: 'invalid_grant',
            error_description: 'invalid assertion'
        });
    });

    it('when the JWT issuer is not a registered app, then the client id is invalid', async () => {
        const reply = await postJwt({ iss: 'nobody' });
        expect(reply.body).toEqual({
            error: 'invalid_client_id',
            error_description: 'client identifier invalid'
        });
    });
});
