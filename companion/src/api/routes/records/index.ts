import type { AnyRoute } from '../../define-route';

/** Every records endpoint, one file each beside this one. */
export const recordsRoutes: AnyRoute[] = [];
