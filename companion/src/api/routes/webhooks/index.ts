import type { AnyRoute } from '../../define-route';

/** Every webhooks endpoint, one file each beside this one. */
export const webhooksRoutes: AnyRoute[] = [];
