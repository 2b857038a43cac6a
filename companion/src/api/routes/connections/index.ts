import type { AnyRoute } from '../../define-route';
import { deleteSalesforce } from './delete-salesforce';
import { deleteTrustworthy } from './delete-trustworthy';
import { getConnections } from './get-connections';
import { getOAuthCallback } from './get-oauth-callback';
import { getOAuthStart } from './get-oauth-start';
import { getSalesforceSetup } from './get-salesforce-setup';
import { postConnectionTest } from './post-connection-test';
import { postOAuthLink } from './post-oauth-link';
import { putServerToServer } from './put-server-to-server';
import { putTrustworthy } from './put-trustworthy';

/** Every connections endpoint, one file each beside this one. */
export const connectionsRoutes: AnyRoute[] = [
    getConnections,
    getSalesforceSetup,
    postOAuthLink,
    getOAuthStart,
    getOAuthCallback,
    putServerToServer,
    deleteSalesforce,
    putTrustworthy,
    deleteTrustworthy,
    postConnectionTest
];
