/**
 * The connected apps an emulated org trusts. The lead or a test registers
 * them at start; every OAuth flow looks its client up here first.
 */

export interface ConnectedApp {
    clientId: string;
    clientSecret: string;
    /** Callback URLs; the authorize endpoint redirects to no other. */
    redirectUris: string[];
    /** X.509 certificate (PEM) whose private key signs JWT bearer assertions. */
    certificatePem?: string;
    /** Scopes the app may be granted, e.g. `['api', 'refresh_token']`. */
    scopes: string[];
    /** The user client-credentials calls run as; without one that flow is refused. */
    runAsUsername?: string;
}

export class ConnectedAppRegistry {
    private readonly apps = new Map<string, ConnectedApp>();

    constructor(apps: readonly ConnectedApp[] = []) {
        for (const app of apps) this.register(app);
    }

    register(app: ConnectedApp): void {
        this.apps.set(app.clientId, app);
    }

    find(clientId: string | undefined): ConnectedApp | undefined {
        return clientId === undefined ? undefined : this.apps.get(clientId);
    }
}

const REFRESH_SCOPES = new Set(['refresh_token', 'offline_access']);

export function parseScopes(scope: string | undefined): string[] {
    return (scope ?? '').split(/\s+/).filter((name) => name.length > 0);
}

/**
 * `offline_access` is Salesforce's synonym for `refresh_token`, and `full`
 * covers every scope except those two (Salesforce makes apps ask for a
 * refresh token explicitly).
 */
export function isScopeAllowed(requested: string, app: ConnectedApp): boolean {
    if (app.scopes.includes(requested)) return true;
    if (REFRESH_SCOPES.has(requested)) return app.scopes.some((name) => REFRESH_SCOPES.has(name));
    return app.scopes.includes('full');
}

export function grantsRefreshToken(scopes: readonly string[]): boolean {
    return scopes.some((name) => REFRESH_SCOPES.has(name));
}
