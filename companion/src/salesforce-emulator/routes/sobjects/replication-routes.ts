/**
 * `GET /sobjects/:type/updated` and `/deleted` (getUpdated / getDeleted) and
 * `GET /limits/recordCount`: the incremental-sync and sizing calls.
 */
import type { Router } from 'express';

import {
    deletedRecords,
    DELETED_WINDOW_DAYS,
    parseReplicationWindow,
    updatedIds,
    UPDATED_WINDOW_DAYS
} from '../../records/replication';
import {
    callerOf,
    newRouter,
    salesforceErrorHandler,
    visibleObject,
    type SobjectRouteDeps
} from './route-support';

export function createReplicationRouter(deps: SobjectRouteDeps): Router {
    const router = newRouter();

    router.get('/sobjects/:type/updated', (req, res) => {
        const def = visibleObject(deps, res, req.params.type);
        if (!def) return;
        const now = deps.clock.now();
        const window = parseReplicationWindow(
            req.query.start,
            req.query.end,
            now,
            UPDATED_WINDOW_DAYS
        );
        res.json(updatedIds(deps.store.rows(def.name), window, now));
    });

    router.get('/sobjects/:type/deleted', (req, res) => {
        const def = visibleObject(deps, res, req.params.type);
        if (!def) return;
        const now = deps.clock.now();
        const window = parseReplicationWindow(
            req.query.start,
            req.query.end,
            now,
            DELETED_WINDOW_DAYS
        );
        res.json(deletedRecords(deps.store.rows(def.name), window, now, deps.orgCreatedDate()));
    });

    router.get('/limits/recordCount', (req, res) => {
        const requested =
            typeof req.query.sObjects === 'string' ? req.query.sObjects.split(',') : [];
        const userId = callerOf(res);
        const sObjects = requested
            .map((name) => deps.schema.describeFor(name.trim(), userId))
            .filter((def) => def !== undefined)
            .map((def) => ({ count: deps.store.countLive(def.name), name: def.name }));
        res.json({ sObjects });
    });

    router.use(salesforceErrorHandler);
    return router;
}
