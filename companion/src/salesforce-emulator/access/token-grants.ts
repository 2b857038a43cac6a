/**
 * The token endpoint's grant types. Each handler checks its request in the
 * order Salesforce evidently does (client first, then the grant itself) and
 * answers either a token reply or the OAuth failure to send.
 */
import type { EmulatorClock } from '../clock';
import type { EmulatorUser } from '../context';
import type { AuthorizationCodes } from './authorization-codes';
import {
    grantsRefreshToken,
    parseScopes,
    type ConnectedApp,
    type ConnectedAppRegistry
} from './connected-apps';
import { checkAssertion, readJwtClaims } from './jwt-assertion';
import { OAUTH_FAILURES, type OAuthFailure } from './oauth-failures';
import type { SessionAuthority } from './session-authority';
import { buildTokenReply, type TokenReply } from './token-reply';
import { pkceChallengeFor } from './token-strings';
import type { TokenGrant } from './token-store';

export const JWT_BEARER_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface TokenEndpointParts {
    apps: ConnectedAppRegistry;
    sessions: SessionAuthority;
    codes: AuthorizationCodes;
    clock: EmulatorClock;
}

export interface TokenRequest {
    params: Readonly<Record<string, string | undefined>>;
    instanceUrl: string;
    /** JWT `aud` values this emulator answers to. */
    acceptedAudiences: readonly string[];
}

export type GrantOutcome = { reply: TokenReply } | { failure: OAuthFailure };

type GrantHandler = (parts: TokenEndpointParts, request: TokenRequest) => GrantOutcome;

function fail(failure: OAuthFailure): GrantOutcome {
    return { failure };
}

function succeed(
    parts: TokenEndpointParts,
    request: TokenRequest,
    app: ConnectedApp,
    grant: TokenGrant,
    withRefreshToken: boolean
): GrantOutcome {
    const issued = parts.sessions.issue(grant, withRefreshToken);
    const orgId = parts.sessions.users.orgId;
    return { reply: buildTokenReply(issued, grant, app, request.instanceUrl, orgId) };
}

function activeUser(user: EmulatorUser | undefined): OAuthFailure | undefined {
    if (!user) return OAUTH_FAILURES.authenticationFailure;
    return user.isActive ? undefined : OAUTH_FAILURES.inactiveUser;
}

const authorizationCode: GrantHandler = (parts, request) => {
    const { params } = request;
    const app = parts.apps.find(params.client_id);
    if (!app) return fail(OAUTH_FAILURES.unknownClient);

    const pending = params.code === undefined ? undefined : parts.codes.take(params.code);
    if (!pending || pending.clientId !== app.clientId) return fail(OAUTH_FAILURES.invalidCode);
    if (parts.codes.isExpired(pending)) return fail(OAUTH_FAILURES.expiredCode);

    // A PKCE client may leave the secret out; a confidential one must send it.
    const secret = params.client_secret;
    const secretRequired = !pending.codeChallenge;
    if (secret === undefined ? secretRequired : secret !== app.clientSecret) {
        return fail(OAUTH_FAILURES.badClientSecret);
    }
    if (params.redirect_uri !== pending.redirectUri) return fail(OAUTH_FAILURES.redirectMismatch);

    if (pending.codeChallenge) {
        const verifier = params.code_verifier;
        if (!verifier || pkceChallengeFor(verifier) !== pending.codeChallenge) {
            return fail(OAUTH_FAILURES.invalidCodeVerifier);
        }
    }

    const userProblem = activeUser(parts.sessions.users.findById(pending.userId));
    if (userProblem) return fail(userProblem);

    const grant = { userId: pending.userId, clientId: app.clientId, scope: pending.scope };
    return succeed(parts, request, app, grant, grantsRefreshToken(parseScopes(pending.scope)));
};

const refreshToken: GrantHandler = (parts, request) => {
    const { params } = request;
    const app = parts.apps.find(params.client_id);
    if (!app) return fail(OAUTH_FAILURES.unknownClient);

    const secret = params.client_secret;
    if (secret !== undefined && secret !== app.clientSecret) {
        return fail(OAUTH_FAILURES.badClientSecret);
    }

    const token = params.refresh_token;
    const stored = token === undefined ? undefined : parts.sessions.findRefreshToken(token);
    if (!token || !stored || stored.clientId !== app.clientId) {
        return fail(OAUTH_FAILURES.expiredToken);
    }

    const userProblem = activeUser(parts.sessions.users.findById(stored.userId));
    if (userProblem) return fail(userProblem);

    const issued = parts.sessions.refresh(token, stored);
    const orgId = parts.sessions.users.orgId;
    return { reply: buildTokenReply(issued, stored, app, request.instanceUrl, orgId) };
};

const jwtBearer: GrantHandler = (parts, request) => {
    const assertion = request.params.assertion ?? '';
    const claims = readJwtClaims(assertion);
    if (!claims) return fail(OAUTH_FAILURES.invalidAssertion);

    const app = parts.apps.find(claims.iss);
    if (!app) return fail(OAUTH_FAILURES.unknownClient);

    const nowMs = parts.clock.now().getTime();
    const problem = checkAssertion(
        assertion,
        claims,
        app.certificatePem,
        request.acceptedAudiences,
        nowMs
    );
    if (problem) return fail(problem);

    const user = parts.sessions.users.findByUsername(claims.sub);
    if (!user) return fail(OAUTH_FAILURES.notApproved);
    if (!user.isActive) return fail(OAUTH_FAILURES.inactiveUser);

    const grant = { userId: user.id, clientId: app.clientId, scope: app.scopes.join(' ') };
    return succeed(parts, request, app, grant, false);
};

const clientCredentials: GrantHandler = (parts, request) => {
    const { params } = request;
    const app = parts.apps.find(params.client_id);
    if (!app) return fail(OAUTH_FAILURES.unknownClient);
    if (params.client_secret !== app.clientSecret) return fail(OAUTH_FAILURES.badClientSecret);

    const runAs = app.runAsUsername;
    const user = runAs === undefined ? undefined : parts.sessions.users.findByUsername(runAs);
    if (!user) return fail(OAUTH_FAILURES.noRunAsUser);
    if (!user.isActive) return fail(OAUTH_FAILURES.inactiveUser);

    const scopes = app.scopes.filter((name) => !grantsRefreshToken([name]));
    const grant = { userId: user.id, clientId: app.clientId, scope: scopes.join(' ') };
    return succeed(parts, request, app, grant, false);
};

// A Map, not an object literal, so `grant_type=constructor` finds nothing.
const HANDLERS: ReadonlyMap<string, GrantHandler> = new Map([
    ['authorization_code', authorizationCode],
    ['refresh_token', refreshToken],
    [JWT_BEARER_GRANT, jwtBearer],
    ['client_credentials', clientCredentials]
]);

export function exchangeGrant(parts: TokenEndpointParts, request: TokenRequest): GrantOutcome {
    const grantType = request.params.grant_type;
    const handler = grantType === undefined ? undefined : HANDLERS.get(grantType);
    return handler ? handler(parts, request) : fail(OAUTH_FAILURES.unsupportedGrant);
}
