/**
 * Opens a jsforce Connection for one of the server-to-server flows and keeps
 * it alive: when Salesforce answers 401, jsforce calls `refreshFn`, which runs
 * the same flow again (JWT and client credentials issue no refresh token).
 */
import { createSign } from 'node:crypto';
import fs from 'node:fs';

import { Connection, OAuth2 } from 'jsforce';
import type { TokenResponse } from 'jsforce/lib/oauth2';

export type SalesforceCredentials =
    | { flow: 'client_credentials'; loginUrl: string; clientId: string; clientSecret: string }
    | {
          flow: 'jwt';
          loginUrl: string;
          clientId: string;
          username: string;
          privateKeyPem: string;
          audience?: string;
      }
    | {
          flow: 'refresh_token';
          loginUrl: string;
          instanceUrl: string;
          clientId: string;
          clientSecret?: string;
          refreshToken: string;
      };

export async function connectToSalesforce(
    credentials: SalesforceCredentials,
    apiVersion: string
): Promise<Connection> {
    const oauth2 = new OAuth2({
        loginUrl: credentials.loginUrl,
        clientId: credentials.clientId,
        ...('clientSecret' in credentials && credentials.clientSecret
            ? { clientSecret: credentials.clientSecret }
            : {})
    });

    const fetchToken = (): Promise<TokenResponse> => requestToken(oauth2, credentials);

    if (credentials.flow === 'refresh_token') {
        const conn = new Connection({
            oauth2,
            instanceUrl: credentials.instanceUrl,
            refreshToken: credentials.refreshToken,
            version: apiVersion
        });
        const token = await fetchToken();
        conn._establish({
            accessToken: token.access_token,
            instanceUrl: token.instance_url,
            userInfo: userInfoOf(token)
        });
        return conn;
    }

    const token = await fetchToken();
    const conn = new Connection({
        oauth2,
        instanceUrl: token.instance_url,
        accessToken: token.access_token,
        version: apiVersion,
        refreshFn: (_conn, callback) => {
            fetchToken().then(
                (fresh) => callback(null, fresh.access_token, fresh),
                (error: unknown) =>
                    callback(error instanceof Error ? error : new Error(String(error)))
            );
        }
    });
    conn._establish({ userInfo: userInfoOf(token) });
    return conn;
}

/** The identity URL ends in `/<orgId>/<userId>`; jsforce keeps both as `userInfo`. */
export function userInfoOf(token: Pick<TokenResponse, 'id'>): {
    id: string;
    organizationId: string;
    url: string;
} {
    const [organizationId = '', id = ''] = new URL(token.id).pathname.split('/').slice(-2);
    return { id, organizationId, url: token.id };
}

/** One token request for a flow, without keeping a connection (used to verify credentials). */
export function requestTokenFor(credentials: SalesforceCredentials): Promise<TokenResponse> {
    const oauth2 = new OAuth2({
        loginUrl: credentials.loginUrl,
        clientId: credentials.clientId,
        ...('clientSecret' in credentials && credentials.clientSecret
            ? { clientSecret: credentials.clientSecret }
            : {})
    });
    return requestToken(oauth2, credentials);
}

function requestToken(oauth2: OAuth2, credentials: SalesforceCredentials): Promise<TokenResponse> {
    switch (credentials.flow) {
        case 'client_credentials':
            return oauth2.requestToken({ grant_type: 'client_credentials' });
        case 'refresh_token':
            return oauth2.refreshToken(credentials.refreshToken);
        case 'jwt':
            return oauth2.requestToken({
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                assertion: signJwtAssertion(credentials)
            });
    }
}

/** RS256 assertion for the JWT bearer flow; `exp` in seconds, three minutes ahead. */
export function signJwtAssertion(credentials: {
    clientId: string;
    username: string;
    privateKeyPem: string;
    loginUrl: string;
    audience?: string;
}): string {
    const encode = (value: object): string =>
        Buffer.from(JSON.stringify(value)).toString('base64url');
    const header = encode({ alg: 'RS256', typ: 'JWT' });
    const claims = encode({
        iss: credentials.clientId,
        sub: credentials.username,
        aud: credentials.audience ?? credentials.loginUrl,
        exp: Math.floor(Date.now() / 1000) + 180
    });
    const signature = createSign('RSA-SHA256')
        .update(`${header}.${claims}`)
        .sign(credentials.privateKeyPem, 'base64url');
    return `${header}.${claims}.${signature}`;
}

export function readPrivateKey(file: string): string {
    try {
        return fs.readFileSync(file, 'utf8');
    } catch (error) {
        throw new Error(
            `cannot read SALESFORCE_PRIVATE_KEY_FILE ${file}: ${(error as Error).message}`
        );
    }
}
