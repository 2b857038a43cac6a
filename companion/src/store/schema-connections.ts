/**
 * Table types of the connections area, merged into DatabaseSchema. Columns
 * ending in `_sealed` hold SecretBox output (`v1:...`), never plain secrets.
 */

/** The one Salesforce org the companion is connected to (row id `current`). */
export interface SalesforceConnectionsTable {
    id: string;
    /** `web_server` | `jwt` | `client_credentials` */
    flow: string;
    login_url: string;
    instance_url: string;
    client_id: string;
    org_id: string;
    user_id: string;
    username: string;
    /** Space-separated scopes Salesforce granted. */
    scopes: string;
    access_token_sealed: string | null;
    refresh_token_sealed: string | null;
    client_secret_sealed: string | null;
    private_key_sealed: string | null;
    /** `connected` | `revoked` | `error` */
    status: string;
    last_error: string | null;
    connected_at: string;
    updated_at: string;
}

/** The Trustworthy account (row id `current`). */
export interface TrustworthyConnectionsTable {
    id: string;
    base_url: string;
    api_key_sealed: string;
    status: string;
    last_error: string | null;
    connected_at: string;
    updated_at: string;
}

/** Single-use OAuth start links, keyed by the SHA-256 of the link token. */
export interface OAuthLinksTable {
    link_hash: string;
    login_url: string;
    client_id: string;
    client_secret_sealed: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
}

/** OAuth `state` values in flight, keyed by their SHA-256, each with its PKCE verifier. */
export interface OAuthStatesTable {
    state_hash: string;
    link_hash: string;
    code_verifier_sealed: string;
    redirect_uri: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
}

export interface ConnectionsTables {
    salesforce_connections: SalesforceConnectionsTable;
    trustworthy_connections: TrustworthyConnectionsTable;
    oauth_links: OAuthLinksTable;
    oauth_states: OAuthStatesTable;
}
