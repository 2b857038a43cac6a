/**
 * The REST resources this part answers itself: the version list, each
 * version's resource directory, `/limits`, and the tooling query the sf CLI
 * sends at login to see whether the org is a sandbox.
 */
import type { Request, Response } from 'express';

import { sendSalesforceError } from '../http/errors';
import type { ApiUsage } from './api-usage';
import { apiResources, listApiVersions, type ApiVersionRange } from './api-versions';
import { limitsBody } from './limits-body';
import { requestOrigin, singleString } from './request-values';
import { emulatorLocals } from './require-session';
import { identityUrl } from './token-reply';

export function createVersionListHandler(versions: ApiVersionRange) {
    return (_req: Request, res: Response): void => {
        res.json(listApiVersions(versions));
    };
}

export function createResourcesHandler(instanceUrl: string | undefined) {
    return (req: Request, res: Response): void => {
        const { session, apiVersion } = emulatorLocals(res);
        const base = instanceUrl ?? requestOrigin(req);
        res.json(apiResources(apiVersion, identityUrl(base, session.orgId, session.userId)));
    };
}

export function createLimitsHandler(usage: ApiUsage) {
    return (_req: Request, res: Response): void => {
        res.json(limitsBody(usage.usage()));
    };
}

/**
 * The emulated org has no tooling objects. Salesforce answers a query on an
 * unknown type with 400 INVALID_TYPE, and the sf CLI treats that as "not a
 * sandbox" and carries on.
 */
export function toolingQueryHandler(req: Request, res: Response): void {
    const soql = singleString(req.query.q) ?? '';
    const objectName = /\bfrom\s+([A-Za-z0-9_]+)/i.exec(soql)?.[1] ?? '';
    sendSalesforceError(
        res,
        400,
        'INVALID_TYPE',
        `sObject type '${objectName}' is not supported. If you are attempting to use a custom ` +
            "object, be sure to append the '__c' after the entity name. Please reference your " +
            'WSDL or the describe call for the appropriate names.'
    );
}
