/**
 * `GET /sobjects`, `GET /sobjects/:type` and `GET /sobjects/:type/describe`,
 * each as the calling user sees the org after field-level security.
 */
import type { Router } from 'express';

import { describeGlobal, describeGlobalEntry, describeObject } from '../../schema/describe';
import type { SObjectDef } from '../../schema/types';
import {
    apiVersionOf,
    callerOf,
    instanceUrlOf,
    newRouter,
    salesforceErrorHandler,
    visibleObject,
    type SobjectRouteDeps
} from './route-support';

export function createDescribeRouter(deps: SobjectRouteDeps): Router {
    const router = newRouter();

    router.get('/sobjects', (req, res) => {
        const userId = callerOf(res);
        const defs = deps.schema
            .objectNames(userId)
            .map((name) => deps.schema.describeFor(name, userId))
            .filter((def): def is SObjectDef => def !== undefined);
        res.json(
            describeGlobal(defs, {
                apiVersion: apiVersionOf(req, res),
                instanceUrl: instanceUrlOf(req)
            })
        );
    });

    router.get('/sobjects/:type/describe', (req, res) => {
        const def = visibleObject(deps, res, req.params.type);
        if (!def) return;
        const userId = callerOf(res);
        const everyVisibleObject = deps.schema
            .objectNames(userId)
            .map((name) => deps.schema.describeFor(name, userId))
            .filter((visible): visible is SObjectDef => visible !== undefined);
        const context = { apiVersion: apiVersionOf(req, res), instanceUrl: instanceUrlOf(req) };
        res.json(describeObject(def, context, everyVisibleObject));
    });

    router.get('/sobjects/:type', (req, res) => {
        const def = visibleObject(deps, res, req.params.type);
        if (!def) return;
        const context = { apiVersion: apiVersionOf(req, res), instanceUrl: instanceUrlOf(req) };
        res.json({ objectDescribe: describeGlobalEntry(def, context), recentItems: [] });
    });

    router.use(salesforceErrorHandler);
    return router;
}
