import type { AnyRoute } from '../../define-route';

/** Every notifications endpoint, one file each beside this one. */
export const notificationsRoutes: AnyRoute[] = [];
