/**
 * `POST /services/oauth2/token` and `/services/oauth2/revoke`. Both take
 * form-encoded bodies; revoke also takes `?token=` on a GET, as Salesforce's
 * "blind GET" variant does.
 */
import type { Request, Response } from 'express';

import type { AuthorizationCodes } from './authorization-codes';
import { OAUTH_FAILURES, sendOAuthFailure } from './oauth-failures';
import { acceptedAudiences, instanceUrlFor, type OAuthRouterOptions } from './oauth-options';
import { readBasicCredentials, singleString, stringFields } from './request-values';
import { exchangeGrant } from './token-grants';

function tokenParams(req: Request): Record<string, string> {
    const params = stringFields(req.body);
    const basic = readBasicCredentials(req);
    if (basic && params.client_id === undefined) {
        params.client_id = basic.id;
        params.client_secret = basic.secret;
    }
    return params;
}

export function createTokenHandler(options: OAuthRouterOptions, codes: AuthorizationCodes) {
    return (req: Request, res: Response): void => {
        const outcome = exchangeGrant(
            { apps: options.apps, sessions: options.sessions, codes, clock: options.clock },
            {
                params: tokenParams(req),
                instanceUrl: instanceUrlFor(options, req),
                acceptedAudiences: acceptedAudiences(options, req)
            }
        );

        res.set('Cache-Control', 'no-cache, no-store');
        if ('failure' in outcome) return sendOAuthFailure(res, outcome.failure);
        res.status(200).json(outcome.reply);
    };
}

export function createRevokeHandler(options: OAuthRouterOptions) {
    return (req: Request, res: Response): void => {
        const token = stringFields(req.body).token ?? singleString(req.query.token);
        if (!token || !options.sessions.revoke(token)) {
            return sendOAuthFailure(res, OAUTH_FAILURES.invalidToken);
        }
        res.status(200).end();
    };
}
