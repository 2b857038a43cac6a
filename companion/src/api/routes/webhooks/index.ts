import type { AnyRoute } from '../../define-route';
import { postTrustworthyWebhook } from './post-trustworthy-webhook';

/** Every webhooks endpoint, one file each beside this one. */
export const webhooksRoutes: AnyRoute[] = [postTrustworthyWebhook];
