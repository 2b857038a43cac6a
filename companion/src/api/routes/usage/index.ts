import type { AnyRoute } from '../../define-route';
import { getMetrics } from './get-metrics';
import { getUsage } from './get-usage';
import { putBudget } from './put-budget';

/** Every usage endpoint, one file each beside this one. */
export const usageRoutes: AnyRoute[] = [getUsage, putBudget, getMetrics];
