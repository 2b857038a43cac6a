import type { AnyRoute } from '../../define-route';

/** Every connections endpoint, one file each beside this one. */
export const connectionsRoutes: AnyRoute[] = [];
