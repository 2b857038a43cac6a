import type { AnyRoute } from '../../define-route';

/** Every conflicts endpoint, one file each beside this one. */
export const conflictsRoutes: AnyRoute[] = [];
