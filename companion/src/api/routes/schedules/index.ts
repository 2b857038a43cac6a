import type { AnyRoute } from '../../define-route';

/** Every schedules endpoint, one file each beside this one. */
export const schedulesRoutes: AnyRoute[] = [];
