import type { AnyRoute } from '../../define-route';

/** Every schema endpoint, one file each beside this one. */
export const schemaRoutes: AnyRoute[] = [];
