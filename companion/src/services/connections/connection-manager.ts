/**
 * Where the rest of the companion gets its two sides from, and how the admin
 * connects them. A stored connection (OAuth or server-to-server, secrets
 * sealed at rest) wins; else the environment's credentials; else the local
 * emulators. The connections helper owns this file; others only call it.
 */
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import type {
    ConnectionsState,
    DiagnoseOptions,
    DiagnosticsReport,
    OAuthCallback,
    OAuthCallbackOutcome,
    OAuthLink,
    OAuthLinkRequest,
    SalesforceConnectionState,
    SalesforceSetup,
    ServerToServerRequest,
    TrustworthyConnectionState,
    TrustworthyConnectRequest
} from './connection-types';

export type * from './connection-types';

export interface ConnectionManager {
    /**
     * The connected org; throws ApiError('salesforce_not_connected') when there is none or its
     * authorization was revoked (calls made through the port throw it too once a refresh fails).
     */
    salesforce(): Promise<SalesforcePort>;
    /** The connected Trustworthy account; throws ApiError('trustworthy_not_connected') when there is none. */
    trustworthy(): Promise<TrustworthyPort>;

    /** Both sides' state, never a secret. */
    state(): Promise<ConnectionsState>;
    /** The callback URL, scopes and flows to configure in the Connected App / External Client App. */
    salesforceSetup(): SalesforceSetup;

    /** A single-use start link, valid 10 minutes. */
    mintOAuthLink(request: OAuthLinkRequest): Promise<OAuthLink>;
    /** Spends a start link and returns the org's authorize URL (state + PKCE S256). */
    startOAuth(linkToken: string): Promise<string>;
    /** Checks and spends the state, exchanges the code and stores the tokens sealed. */
    completeOAuth(callback: OAuthCallback): Promise<OAuthCallbackOutcome>;

    /** JWT bearer or client credentials: verified by connecting, then stored sealed. */
    connectServerToServer(request: ServerToServerRequest): Promise<SalesforceConnectionState>;
    /** Revokes at Salesforce (best effort) and forgets; throws ApiError('not_found') when nothing is stored. */
    disconnectSalesforce(): Promise<{ revokedAtSalesforce: boolean }>;

    /** Verified with `GET /v1/schema`, then stored sealed. */
    connectTrustworthy(request: TrustworthyConnectRequest): Promise<TrustworthyConnectionState>;
    /** Forgets the stored account; throws ApiError('not_found') when nothing is stored. */
    disconnectTrustworthy(): Promise<void>;

    /** Checks both sides and names the likely cause of each problem. */
    diagnose(options?: DiagnoseOptions): Promise<DiagnosticsReport>;
}
