/**
 * `GET /services/oauth2/authorize` for automation: no login page, the
 * configured user approves at once and the browser goes straight back to the
 * callback. A bad client or callback gets a plain 400, because Salesforce
 * never redirects to a URL the app did not register.
 */
import type { Request, Response } from 'express';

import type { AuthorizationCodes } from './authorization-codes';
import { isScopeAllowed, parseScopes, type ConnectedApp } from './connected-apps';
import { OAUTH_FAILURES, sendOAuthFailure, type OAuthFailure } from './oauth-failures';
import type { OAuthRouterOptions } from './oauth-options';
import { singleString } from './request-values';

/** base64url of a SHA-256 digest is always 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

function redirectTo(res: Response, callback: string, params: Record<string, string>): void {
    const target = new URL(callback);
    for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
    res.redirect(302, target.toString());
}

function grantedScope(requested: string | undefined, app: ConnectedApp): string | undefined {
    const scopes = parseScopes(requested);
    if (scopes.length === 0) return app.scopes.join(' ');
    return scopes.every((name) => isScopeAllowed(name, app)) ? scopes.join(' ') : undefined;
}

function challengeProblem(challenge: string | undefined, method: string | undefined): boolean {
    if (challenge === undefined) return false;
    return !S256_CHALLENGE.test(challenge) || (method !== undefined && method !== 'S256');
}

export function createAuthorizeHandler(options: OAuthRouterOptions, codes: AuthorizationCodes) {
    return (req: Request, res: Response): void => {
        const query = req.query;
        const app = options.apps.find(singleString(query.client_id));
        if (!app) return sendOAuthFailure(res, OAUTH_FAILURES.unknownClient);

        const callback = singleString(query.redirect_uri);
        if (callback === undefined || !app.redirectUris.includes(callback)) {
            return sendOAuthFailure(res, OAUTH_FAILURES.redirectMismatch);
        }

        const state = singleString(query.state);
        const refuse = (problem: OAuthFailure): void =>
            redirectTo(res, callback, {
                error: problem.error,
                error_description: problem.description,
                ...(state === undefined ? {} : { state })
            });

        if (singleString(query.response_type) !== 'code') {
            return refuse(OAUTH_FAILURES.unsupportedResponseType);
        }

        const scope = grantedScope(singleString(query.scope), app);
        if (scope === undefined) return refuse(OAUTH_FAILURES.invalidScope);

        const codeChallenge = singleString(query.code_challenge);
        if (challengeProblem(codeChallenge, singleString(query.code_challenge_method))) {
            return refuse(OAUTH_FAILURES.invalidCodeChallenge);
        }

        const username = singleString(query.login_hint) ?? options.approvingUsername;
        const user = options.sessions.users.findByUsername(username);
        if (!user || !user.isActive) return refuse(OAUTH_FAILURES.accessDenied);

        const code = codes.create({
            clientId: app.clientId,
            redirectUri: callback,
            userId: user.id,
            scope,
            ...(codeChallenge === undefined ? {} : { codeChallenge })
        });
        redirectTo(res, callback, { code, ...(state === undefined ? {} : { state }) });
    };
}
