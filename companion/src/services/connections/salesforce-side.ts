/**
 * The Salesforce side: which org the companion talks to and how. A stored
 * connection wins; else the environment's credentials; else the emulator.
 * One port is kept per "generation"; connecting or forgetting starts a new
 * generation so the next caller gets the new org. A refresh refused with
 * `invalid_grant` marks the stored connection revoked, alerts the admin and
 * turns every later call into `salesforce_not_connected`.
 */
import type { TokenResponse } from 'jsforce/lib/oauth2';

import { ApiError } from '../../api/api-error';
import type { SalesforcePort } from '../../engine/runner/ports';
import { SecretBoxError } from '../../lib/secret-box';
import type { SecretBox } from '../../lib/secret-box';
import { revokeToken } from '../../salesforce/oauth-web-server';
import { openRefreshingConnection } from '../../salesforce/refreshing-connection';
import { connectToSalesforce } from '../../salesforce/salesforce-connector';
import { environmentCredentials } from './environment-credentials';
import type { SalesforceCredentials } from '../../salesforce/salesforce-connector';
import { describeFailure } from '../../salesforce/salesforce-failures';
import { SalesforceGateway } from '../../salesforce/salesforce-gateway';
import type {
    ConnectionsRepository,
    SalesforceConnectionRow
} from '../../store/connections-repository';
import type { LazyDeps, ServiceContext } from '../service-context';
import type {
    ConnectionSource,
    SalesforceConnectionState,
    SalesforceFlow
} from './connection-types';
import { guardRevocation } from './revocation-guard';
import { openSalesforceSecrets, scopesOf } from './sealed-rows';

const REVOKED_MESSAGE =
    "Salesforce revoked the companion's authorization; reconnect the org from the Trustworthy Sync setup";

interface LiveSession {
    generation: number;
    port?: Promise<SalesforcePort>;
    source: ConnectionSource;
    instanceUrl?: string;
    orgId?: string;
    userId?: string;
    revoked?: ApiError;
}

export class SalesforceSide {
    private generation = 0;
    private live: LiveSession | undefined;

    constructor(
        private readonly ctx: ServiceContext,
        private readonly deps: LazyDeps,
        private readonly box: SecretBox,
        private readonly repository: ConnectionsRepository
    ) {}

    get apiVersion(): string {
        return this.ctx.config.salesforce.mode === 'emulator'
            ? '62.0'
            : this.ctx.config.salesforce.apiVersion;
    }

    port(): Promise<SalesforcePort> {
        const current = this.live;
        if (current?.port && current.generation === this.generation && !current.revoked)
            return current.port;

        const session: LiveSession = { generation: this.generation, source: 'none' };
        const port = this.open(session).catch((error: unknown) => {
            if (this.live === session) this.live = undefined;
            throw error instanceof SecretBoxError
                ? new ApiError('salesforce_not_connected', error.message)
                : error;
        });
        session.port = port;
        this.live = session;
        return port;
    }

    /** A new stored connection (or none) takes effect on the next call. */
    changed(): void {
        this.generation += 1;
        this.live = undefined;
    }

    async state(): Promise<SalesforceConnectionState> {
        const row = await this.repository.salesforce();
        if (row) return storedState(row);

        const source = this.fallbackSource();
        const live = this.live?.generation === this.generation ? this.live : undefined;
        const connected = live?.orgId !== undefined;
        return {
            source,
            status: source === 'none' ? 'not_connected' : connected ? 'connected' : 'configured',
            flow: this.fallbackFlow(),
            loginUrl: this.fallbackLoginUrl() ?? null,
            instanceUrl: live?.instanceUrl ?? null,
            orgId: live?.orgId ?? null,
            userId: live?.userId ?? null,
            username: null,
            scopes: [],
            connectedAt: null,
            lastError: null
        };
    }

    /** Revokes the stored tokens at Salesforce (best effort) and forgets them. */
    async forget(): Promise<{ revokedAtSalesforce: boolean }> {
        const row = await this.repository.salesforce();
        if (!row) throw new ApiError('not_found', 'no Salesforce connection is stored');

        let revokedAtSalesforce = false;
        try {
            const secrets = openSalesforceSecrets(this.box, row);
            const token = secrets.refreshToken ?? secrets.accessToken;
            if (token) {
                await revokeToken(row.login_url, token);
                revokedAtSalesforce = true;
            }
        } catch (error) {
            this.ctx.logger.warn(
                { failure: describeFailure(error).code },
                'revoking the Salesforce token failed; forgetting it anyway'
            );
        }

        await this.repository.deleteSalesforce();
        this.changed();
        return { revokedAtSalesforce };
    }

    fallbackSource(): ConnectionSource {
        if (this.ctx.config.salesforce.mode !== 'emulator') return 'environment';
        return this.ctx.local.salesforce ? 'emulator' : 'none';
    }

    fallbackFlow(): SalesforceFlow | null {
        const settings = this.ctx.config.salesforce;
        if (settings.mode === 'emulator')
            return this.ctx.local.salesforce ? this.ctx.local.salesforce.credentials.flow : null;
        return settings.mode;
    }

    private fallbackLoginUrl(): string | undefined {
        const settings = this.ctx.config.salesforce;
        return settings.mode === 'emulator' ? this.ctx.local.salesforce?.url : settings.loginUrl;
    }

    private async open(session: LiveSession): Promise<SalesforcePort> {
        const row = await this.repository.salesforce();
        if (row) {
            session.source = 'stored';
            return this.openStored(row, session);
        }

        session.source = this.fallbackSource();
        const conn = await connectToSalesforce(this.fallbackCredentials(), this.apiVersion);
        session.instanceUrl = conn.instanceUrl;
        if (conn.userInfo) {
            session.orgId = conn.userInfo.organizationId;
            session.userId = conn.userInfo.id;
        }
        return new SalesforceGateway(conn);
    }

    private async openStored(
        row: SalesforceConnectionRow,
        session: LiveSession
    ): Promise<SalesforcePort> {
        if (row.status === 'revoked')
            throw new ApiError('salesforce_not_connected', REVOKED_MESSAGE);
        const secrets = openSalesforceSecrets(this.box, row);
        session.instanceUrl = row.instance_url;
        session.orgId = row.org_id;
        session.userId = row.user_id;

        if (row.flow === 'web_server') {
            if (!secrets.accessToken || !secrets.refreshToken)
                throw new ApiError(
                    'salesforce_not_connected',
                    'the stored Salesforce connection has no tokens; reconnect the org'
                );
            const conn = openRefreshingConnection({
                app: {
                    loginUrl: row.login_url,
                    clientId: row.client_id,
                    clientSecret: secrets.clientSecret
                },
                instanceUrl: row.instance_url,
                accessToken: secrets.accessToken,
                refreshToken: secrets.refreshToken,
                apiVersion: this.apiVersion,
                onRefreshed: (token) => this.storeRefreshed(token),
                onRefreshFailed: (error) => this.refreshFailed(error, session, row)
            });
            return guardRevocation(new SalesforceGateway(conn), () => session.revoked);
        }

        try {
            return new SalesforceGateway(
                await connectToSalesforce(storedServerCredentials(row, secrets), this.apiVersion)
            );
        } catch (error) {
            const failure = describeFailure(error);
            const lastError = `${failure.code}: ${failure.description}`;
            await this.repository.updateSalesforce({
                status: 'error',
                last_error: lastError,
                updated_at: this.ctx.now().toISOString()
            });
            throw new ApiError(
                'salesforce_not_connected',
                `Salesforce refused the stored ${row.flow} credentials (${lastError})`
            );
        }
    }

    private async storeRefreshed(token: TokenResponse): Promise<void> {
        await this.repository.updateSalesforce({
            access_token_sealed: this.box.seal(token.access_token),
            ...(token.refresh_token
                ? { refresh_token_sealed: this.box.seal(token.refresh_token) }
                : {}),
            ...(token.instance_url ? { instance_url: token.instance_url } : {}),
            status: 'connected',
            last_error: null,
            updated_at: this.ctx.now().toISOString()
        });
    }

    private async refreshFailed(
        error: unknown,
        session: LiveSession,
        row: SalesforceConnectionRow
    ): Promise<void> {
        const failure = describeFailure(error);
        const lastError = `${failure.code}: ${failure.description}`;
        const now = this.ctx.now().toISOString();
        if (failure.code !== 'invalid_grant') {
            await this.repository.updateSalesforce({
                status: 'error',
                last_error: lastError,
                updated_at: now
            });
            return;
        }

        session.revoked = new ApiError('salesforce_not_connected', REVOKED_MESSAGE);
        await this.repository.updateSalesforce({
            status: 'revoked',
            last_error: lastError,
            access_token_sealed: null,
            updated_at: now
        });
        this.ctx.logger.warn(
            { orgId: row.org_id, username: row.username },
            'salesforce authorization revoked'
        );
        // Revocation stops every mapping, so the alert is not about one of them.
        await this.deps().notifier.notify({
            kind: 'authorization_revoked',
            mappingName: '*',
            message: `${REVOKED_MESSAGE} (org ${row.org_id}, user ${row.username})`,
            details: { orgId: row.org_id, username: row.username, instanceUrl: row.instance_url }
        });
    }

    private fallbackCredentials(): SalesforceCredentials {
        const credentials = environmentCredentials(this.ctx.config, this.ctx.local);
        if (!credentials) {
            throw new ApiError(
                'salesforce_not_connected',
                'no Salesforce org is connected and the emulator did not start'
            );
        }
        return credentials;
    }
}

function storedServerCredentials(
    row: SalesforceConnectionRow,
    secrets: ReturnType<typeof openSalesforceSecrets>
): SalesforceCredentials {
    if (row.flow === 'jwt' && secrets.privateKeyPem) {
        return {
            flow: 'jwt',
            loginUrl: row.login_url,
            clientId: row.client_id,
            username: row.username,
            privateKeyPem: secrets.privateKeyPem
        };
    }
    if (row.flow === 'client_credentials' && secrets.clientSecret) {
        return {
            flow: 'client_credentials',
            loginUrl: row.login_url,
            clientId: row.client_id,
            clientSecret: secrets.clientSecret
        };
    }
    throw new ApiError(
        'salesforce_not_connected',
        `the stored ${row.flow} connection is incomplete; connect the org again`
    );
}

export function storedState(row: SalesforceConnectionRow): SalesforceConnectionState {
    return {
        source: 'stored',
        status: row.status === 'revoked' || row.status === 'error' ? row.status : 'connected',
        flow: row.flow as SalesforceFlow,
        loginUrl: row.login_url,
        instanceUrl: row.instance_url,
        orgId: row.org_id,
        userId: row.user_id,
        username: row.username,
        scopes: scopesOf(row.scopes),
        connectedAt: row.connected_at,
        lastError: row.last_error
    };
}
