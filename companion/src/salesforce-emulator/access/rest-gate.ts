/**
 * Everything in front of the REST API under `/services/data`, in the order
 * a request meets it: limit header, faults, then (for versioned paths)
 * version check, session, and the daily allowance. Mount it before the
 * routers for records and queries, which then run behind the gate.
 */
import { Router } from 'express';

import type { FaultSwitches } from '../faults';
import { createApiDisabledGate } from './api-disabled-gate';
import type { ApiUsage } from './api-usage';
import type { ApiVersionRange } from './api-versions';
import { createRequireSession } from './require-session';
import { createFaultMiddleware, createLimitHeader, createUsageGate } from './rest-middleware';
import {
    createLimitsHandler,
    createResourcesHandler,
    createVersionListHandler,
    toolingQueryHandler
} from './rest-routes';
import type { SessionAuthority } from './session-authority';

export interface RestGateOptions {
    sessions: SessionAuthority;
    usage: ApiUsage;
    faults: FaultSwitches;
    versions: ApiVersionRange;
    /** Fixed instance URL for the identity link; by default the request's origin. */
    instanceUrl?: string;
}

export function createRestGate(options: RestGateOptions): Router {
    const router = Router();
    const versioned = '/services/data/v:version';

    router.use('/services/data', createLimitHeader(options.usage));
    router.use('/services/data', createFaultMiddleware(options.faults));
    router.get('/services/data', createVersionListHandler(options.versions));

    router.use(versioned, createRequireSession(options));
    router.use(versioned, createApiDisabledGate(options.faults));
    router.use(versioned, createUsageGate(options.usage));

    router.get(versioned, createResourcesHandler(options.instanceUrl));
    router.get(`${versioned}/limits`, createLimitsHandler(options.usage));
    router.get(`${versioned}/tooling/query`, toolingQueryHandler);
    return router;
}
