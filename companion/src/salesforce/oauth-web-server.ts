/**
 * The pieces of Salesforce's OAuth web-server flow the companion uses: the
 * PKCE pair, the authorize URL, the code exchange (through jsforce's OAuth2),
 * the identity read and token revocation. Nothing here stores anything.
 */
import { createHash, randomBytes } from 'node:crypto';

import { Connection, OAuth2 } from 'jsforce';
import type { TokenResponse } from 'jsforce/lib/oauth2';

import { userInfoOf } from './salesforce-connector';

export const OAUTH_START_PATH = '/oauth/salesforce/start';
export const OAUTH_CALLBACK_PATH = '/oauth/salesforce/callback';
/** `offline_access` is Salesforce's synonym of `refresh_token`; asking for both suits either app setting. */
export const WEB_SERVER_SCOPES = ['api', 'refresh_token', 'offline_access'] as const;

export interface PkcePair {
    verifier: string;
    challenge: string;
}

/** 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows. */
export function createPkcePair(): PkcePair {
    const verifier = randomBytes(32).toString('base64url');
    return { verifier, challenge: pkceChallenge(verifier) };
}

export function pkceChallenge(verifier: string): string {
    return createHash('sha256').update(verifier).digest('base64url');
}

export function callbackUrl(publicBaseUrl: string): string {
    return `${publicBaseUrl.replace(/\/+$/, '')}${OAUTH_CALLBACK_PATH}`;
}

export interface AuthorizeRequest {
    loginUrl: string;
    clientId: string;
    redirectUri: string;
    state: string;
    codeChallenge: string;
}

export function authorizeUrl(request: AuthorizeRequest): string {
    const url = new URL('/services/oauth2/authorize', request.loginUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', request.clientId);
    url.searchParams.set('redirect_uri', request.redirectUri);
    url.searchParams.set('scope', WEB_SERVER_SCOPES.join(' '));
    url.searchParams.set('state', request.state);
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
    return url.toString();
}

export interface AppSettings {
    loginUrl: string;
    clientId: string;
    clientSecret?: string | undefined;
}

export function oauth2For(app: AppSettings, redirectUri?: string): OAuth2 {
    return new OAuth2({
        loginUrl: app.loginUrl,
        clientId: app.clientId,
        ...(app.clientSecret ? { clientSecret: app.clientSecret } : {}),
        ...(redirectUri ? { redirectUri } : {})
    });
}

export async function exchangeCode(
    app: AppSettings,
    redirectUri: string,
    code: string,
    codeVerifier: string
): Promise<TokenResponse> {
    return oauth2For(app, redirectUri).requestToken(code, { code_verifier: codeVerifier });
}

export interface SalesforceIdentity {
    orgId: string;
    userId: string;
    username: string;
}

/**
 * Reads the identity URL the token reply names, with the token in the
 * Authorization header (jsforce's own `identity()` puts it in the query
 * string, where proxies and access logs keep it).
 */
export async function readIdentity(
    token: TokenResponse,
    apiVersion: string
): Promise<SalesforceIdentity> {
    const conn = new Connection({
        instanceUrl: token.instance_url,
        accessToken: token.access_token,
        version: apiVersion
    });
    const identity = await conn.request<{
        user_id?: string;
        organization_id?: string;
        username?: string;
    }>(token.id);
    const fromUrl = userInfoOf(token);
    return {
        orgId: identity.organization_id ?? fromUrl.organizationId,
        userId: identity.user_id ?? fromUrl.id,
        username: identity.username ?? ''
    };
}

/** Revokes a refresh or access token (revoking a refresh token ends its access tokens too). */
export async function revokeToken(loginUrl: string, token: string): Promise<void> {
    await new OAuth2({ loginUrl }).revokeToken(token);
}
