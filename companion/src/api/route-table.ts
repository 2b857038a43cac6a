/**
 * Every route the companion serves, in one readable list. Each area keeps
 * one file per endpoint; this table is what the server mounts and what the
 * OpenAPI document is generated from.
 */
import type { AnyRoute } from './define-route';
import { conflictsRoutes } from './routes/conflicts';
import { connectionsRoutes } from './routes/connections';
import { healthRoutes } from './routes/health';
import { mappingsRoutes } from './routes/mappings';
import { notificationsRoutes } from './routes/notifications';
import { recordsRoutes } from './routes/records';
import { runsRoutes } from './routes/runs';
import { schedulesRoutes } from './routes/schedules';
import { schemaRoutes } from './routes/schema';
import { usageRoutes } from './routes/usage';
import { webhooksRoutes } from './routes/webhooks';

export const ROUTES: readonly AnyRoute[] = [
    ...healthRoutes,
    ...connectionsRoutes,
    ...schemaRoutes,
    ...mappingsRoutes,
    ...runsRoutes,
    ...conflictsRoutes,
    ...recordsRoutes,
    ...schedulesRoutes,
    ...webhooksRoutes,
    ...usageRoutes,
    ...notificationsRoutes
];
