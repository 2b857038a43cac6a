/**
 * The gate in front of `/services/data/vNN.0/...`: the version must be one
 * the org serves (404 otherwise, before any token is looked at) and the
 * request must carry a live access token (401 otherwise). On success the
 * route handlers find the session and version in `res.locals`.
 */
import type { NextFunction, Request, Response } from 'express';

import type { EmulatorLocals } from '../context';
import { sendSalesforceError } from '../http/errors';
import { isSupportedVersion, type ApiVersionRange } from './api-versions';
import { readAccessToken, singleString } from './request-values';
import type { SessionAuthority } from './session-authority';

export interface RequireSessionOptions {
    sessions: SessionAuthority;
    versions: ApiVersionRange;
}

export function sendResourceNotFound(res: Response): void {
    sendSalesforceError(res, 404, 'NOT_FOUND', 'The requested resource does not exist');
}

/** Mount at `/services/data/v:version`. */
export function createRequireSession({ sessions, versions }: RequireSessionOptions) {
    return (req: Request, res: Response, next: NextFunction): void => {
        const version = singleString(req.params.version);
        if (version === undefined || !isSupportedVersion(version, versions)) {
            return sendResourceNotFound(res);
        }

        const token = readAccessToken(req);
        const session = token === undefined ? undefined : sessions.verify(token);
        if (!session) {
            const message = 'Session expired or invalid';
            return sendSalesforceError(res, 401, 'INVALID_SESSION_ID', message);
        }

        const locals: EmulatorLocals = { session, apiVersion: version };
        Object.assign(res.locals, locals);
        next();
    };
}

/** The session and version `createRequireSession` left, for handlers mounted behind it. */
export function emulatorLocals(res: Response): EmulatorLocals {
    const { session, apiVersion } = res.locals as Partial<EmulatorLocals>;
    if (!session || apiVersion === undefined) {
        throw new Error('emulatorLocals used on a route not behind createRequireSession');
    }
    return { session, apiVersion };
}
