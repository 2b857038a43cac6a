/**
 * `/services/oauth2/userinfo` and the identity URL `/id/<org>/<user>`. These
 * belong to the OAuth service, not the REST API, so a bad token gets the
 * identity service's plain-text 403 rather than the REST error array.
 */
import type { Request, Response } from 'express';

import { identityBody, userInfoBody } from './identity';
import { instanceUrlFor, type OAuthRouterOptions } from './oauth-options';
import { readAccessToken, singleString } from './request-values';
import type { EmulatorSession } from './session-authority';

function sessionOrRefuse(
    options: OAuthRouterOptions,
    req: Request,
    res: Response
): EmulatorSession | undefined {
    const token = readAccessToken(req);
    const session = token === undefined ? undefined : options.sessions.verify(token);
    if (!session) {
        res.status(403)
            .type('text/plain')
            .send(token ? 'Bad_OAuth_Token' : 'Missing_OAuth_Token');
    }
    return session;
}

/** Ids compare on their case-sensitive 15-character form, so either length names the same thing. */
function sameId(a: string | undefined, b: string): boolean {
    return a !== undefined && a.slice(0, 15) === b.slice(0, 15);
}

export function createUserInfoHandler(options: OAuthRouterOptions) {
    return (req: Request, res: Response): void => {
        const session = sessionOrRefuse(options, req, res);
        const user = session && options.sessions.users.findById(session.userId);
        if (!session || !user) return;

        const instanceUrl = instanceUrlFor(options, req);
        const asOf = options.clock.now();
        res.json(userInfoBody({ user, orgId: session.orgId, instanceUrl, asOf }));
    };
}

export function createIdentityHandler(options: OAuthRouterOptions) {
    return (req: Request, res: Response): void => {
        const session = sessionOrRefuse(options, req, res);
        const user = session && options.sessions.users.findById(session.userId);
        if (!session || !user) return;

        const orgId = singleString(req.params.orgId);
        const userId = singleString(req.params.userId);
        if (!sameId(orgId, session.orgId) || !sameId(userId, session.userId)) {
            res.status(403).type('text/plain').send('Bad_Id');
            return;
        }

        const instanceUrl = instanceUrlFor(options, req);
        const asOf = options.clock.now();
        res.json(identityBody({ user, orgId: session.orgId, instanceUrl, asOf }));
    };
}
