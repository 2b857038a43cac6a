/**
 * Connections fixed at start (environment credentials or the local
 * emulators). The connections work replaces this with OAuth-connected orgs
 * whose tokens are stored encrypted.
 */
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import type { ConnectionManager } from './connection-manager';

export function staticConnections(salesforce: SalesforcePort, trustworthy: TrustworthyPort): ConnectionManager {
    return {
        salesforce: async () => salesforce,
        trustworthy: async () => trustworthy
    };
}
