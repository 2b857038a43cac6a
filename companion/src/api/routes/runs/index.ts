import type { AnyRoute } from '../../define-route';

/** Every runs endpoint, one file each beside this one. */
export const runsRoutes: AnyRoute[] = [];
