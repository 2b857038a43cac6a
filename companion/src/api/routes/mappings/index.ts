import type { AnyRoute } from '../../define-route';

/** Every mappings endpoint, one file each beside this one. */
export const mappingsRoutes: AnyRoute[] = [];
