/**
 * What the connections service tells the API about both sides. Nothing
 * here ever carries a token, key or secret.
 */

/**
 * `configured`: credentials exist (environment or emulator) but no session was opened yet.
 * `revoked`: Salesforce refused the refresh token (`invalid_grant`); only reconnecting helps.
 */
export type ConnectionStatus = 'connected' | 'configured' | 'not_connected' | 'revoked' | 'error';
/** A stored connection wins over the environment, which wins over the local emulator. */
export type ConnectionSource = 'stored' | 'environment' | 'emulator' | 'none';
export type SalesforceFlow = 'web_server' | 'jwt' | 'client_credentials' | 'refresh_token';

export interface SalesforceConnectionState {
    source: ConnectionSource;
    status: ConnectionStatus;
    flow: SalesforceFlow | null;
    loginUrl: string | null;
    instanceUrl: string | null;
    orgId: string | null;
    userId: string | null;
    username: string | null;
    scopes: string[];
    connectedAt: string | null;
    lastError: string | null;
}

export interface TrustworthyConnectionState {
    source: ConnectionSource;
    status: ConnectionStatus;
    baseUrl: string | null;
    connectedAt: string | null;
    lastError: string | null;
}

export interface ConnectionsState {
    salesforce: SalesforceConnectionState;
    trustworthy: TrustworthyConnectionState;
}

export interface SalesforceSetup {
    callbackUrl: string;
    scopes: string[];
    flows: Array<{ flow: 'web_server' | 'jwt' | 'client_credentials'; summary: string }>;
}

export interface OAuthLinkRequest {
    loginUrl: string;
    clientId: string;
    clientSecret?: string | undefined;
}

export interface OAuthLink {
    url: string;
    expiresAt: string;
}

export interface OAuthCallback {
    code?: string | undefined;
    state?: string | undefined;
    error?: string | undefined;
    errorDescription?: string | undefined;
}

export type OAuthCallbackOutcome =
    | { kind: 'connected'; orgId: string; username: string; instanceUrl: string }
    | { kind: 'refused'; error: string; description: string };

export type ServerToServerRequest =
    | { flow: 'jwt'; loginUrl: string; clientId: string; username: string; privateKeyPem: string }
    | { flow: 'client_credentials'; loginUrl: string; clientId: string; clientSecret: string };

export interface TrustworthyConnectRequest {
    baseUrl: string;
    apiKey: string;
}

export type DiagnosisCode =
    | 'unknown_consumer_key'
    | 'client_secret_invalid'
    | 'callback_mismatch'
    | 'missing_scope'
    | 'api_disabled'
    | 'object_not_accessible'
    | 'field_not_accessible'
    | 'authorization_revoked'
    | 'authentication_failed'
    | 'salesforce_unreachable'
    | 'salesforce_not_connected'
    | 'salesforce_error'
    | 'trustworthy_key_invalid'
    | 'trustworthy_unreachable'
    | 'trustworthy_error'
    | 'secret_unreadable';

export interface Diagnosis {
    code: DiagnosisCode;
    /** What was found, in plain words. */
    message: string;
    /** What the admin should do about it. */
    action: string;
    object?: string;
    field?: string;
}

export interface SideDiagnostics {
    verdict: 'ok' | 'failed';
    source: ConnectionSource;
    diagnoses: Diagnosis[];
}

export interface DiagnosticsReport {
    salesforce: SideDiagnostics;
    trustworthy: SideDiagnostics;
    checkedAt: string;
}

export interface DiagnoseOptions {
    /** A Connected App to check before connecting it (consumer key and callback URL). */
    salesforceApp?: { loginUrl: string; clientId: string } | undefined;
}
