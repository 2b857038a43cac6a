/**
 * All sObject routers in the order they must be mounted under
 * `/services/data/v:version`: the fixed paths (describe, updated, deleted)
 * before the record routes whose `:id` would otherwise swallow them.
 */
import type { Router } from 'express';

import { createCollectionRouter } from './collection-routes';
import { createDescribeRouter } from './describe-routes';
import { createRecordRouter } from './record-routes';
import { createReplicationRouter } from './replication-routes';
import type { SobjectRouteDeps } from './route-support';

export type { SobjectRouteDeps } from './route-support';
export {
    createCollectionRouter,
    createDescribeRouter,
    createRecordRouter,
    createReplicationRouter
};

export function createSobjectRouters(deps: SobjectRouteDeps): Router[] {
    return [
        createDescribeRouter(deps),
        createReplicationRouter(deps),
        createCollectionRouter(deps),
        createRecordRouter(deps)
    ];
}
