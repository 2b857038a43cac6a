/**
 * The "API not enabled for this org" refusal (Professional edition without
 * the API add-on, or API access switched off): the session is valid, OAuth
 * works, but every REST call is refused. On only when the fault says so.
 */
import type { NextFunction, Request, Response } from 'express';

import type { FaultSwitches } from '../faults';
import { sendSalesforceError } from '../http/errors';

export function createApiDisabledGate(faults: FaultSwitches) {
    return (_req: Request, res: Response, next: NextFunction): void => {
        if (faults.current().apiDisabled === true) {
            return sendSalesforceError(
                res,
                403,
                'API_DISABLED_FOR_ORG',
                'The REST API is not enabled for this Organization.'
            );
        }
        next();
    };
}
