import type { AnyRoute } from '../../define-route';

/** Every usage endpoint, one file each beside this one. */
export const usageRoutes: AnyRoute[] = [];
