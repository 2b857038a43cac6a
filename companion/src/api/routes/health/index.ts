import type { AnyRoute } from '../../define-route';
import { getHealth } from './get-health';
import { getReady } from './get-ready';

export const healthRoutes: AnyRoute[] = [getHealth, getReady];
