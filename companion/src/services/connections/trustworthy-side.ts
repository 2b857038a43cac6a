/**
 * The Trustworthy side: a stored account (key sealed at rest) wins over the
 * environment, which wins over the local emulator. Connecting verifies the
 * key with `GET /v1/schema` first, so a bad key is refused before it is kept.
 */
import { ApiError } from '../../api/api-error';
import { trustworthyPort } from '../../app/trustworthy-port';
import type { TrustworthyPort } from '../../engine/runner/ports';
import { SecretBoxError } from '../../lib/secret-box';
import type { SecretBox } from '../../lib/secret-box';
import { TrustworthyApiError } from '../../trustworthy/api-error';
import { TrustworthyClient } from '../../trustworthy/trustworthy-client';
import type { ConnectionsRepository } from '../../store/connections-repository';
import type { ServiceContext } from '../service-context';
import type {
    ConnectionSource,
    TrustworthyConnectionState,
    TrustworthyConnectRequest
} from './connection-types';
import { checkTrustworthyBaseUrl } from './endpoint-urls';

export interface TrustworthyAccount {
    source: ConnectionSource;
    baseUrl: string;
    apiKey: string;
}

export class TrustworthySide {
    private generation = 0;
    private cached: { generation: number; port: TrustworthyPort } | undefined;

    constructor(
        private readonly ctx: ServiceContext,
        private readonly box: SecretBox,
        private readonly repository: ConnectionsRepository
    ) {}

    async port(): Promise<TrustworthyPort> {
        if (this.cached?.generation === this.generation) return this.cached.port;
        const generation = this.generation;
        const account = await this.account();
        const port = trustworthyPort(
            new TrustworthyClient({
                baseUrl: account.baseUrl,
                apiKey: account.apiKey,
                logger: this.ctx.logger
            })
        );
        if (generation === this.generation) this.cached = { generation, port };
        return port;
    }

    /** The account in effect, its key opened; throws `trustworthy_not_connected` when there is none. */
    async account(): Promise<TrustworthyAccount> {
        const row = await this.repository.trustworthy();
        if (row) {
            try {
                return {
                    source: 'stored',
                    baseUrl: row.base_url,
                    apiKey: this.box.open(row.api_key_sealed)
                };
            } catch (error) {
                if (error instanceof SecretBoxError)
                    throw new ApiError('trustworthy_not_connected', error.message);
                throw error;
            }
        }

        const settings = this.ctx.config.trustworthy;
        if (settings.mode === 'remote')
            return { source: 'environment', baseUrl: settings.baseUrl, apiKey: settings.apiKey };
        const local = this.ctx.local.trustworthy;
        if (local) return { source: 'emulator', baseUrl: local.baseUrl, apiKey: local.apiKey };
        throw new ApiError('trustworthy_not_connected', 'no Trustworthy account is configured');
    }

    async state(): Promise<TrustworthyConnectionState> {
        const row = await this.repository.trustworthy();
        if (row) {
            return {
                source: 'stored',
                status: row.status === 'error' ? 'error' : 'connected',
                baseUrl: row.base_url,
                connectedAt: row.connected_at,
                lastError: row.last_error
            };
        }

        const settings = this.ctx.config.trustworthy;
        const baseUrl =
            settings.mode === 'remote'
                ? settings.baseUrl
                : (this.ctx.local.trustworthy?.baseUrl ?? null);
        const source: ConnectionSource =
            settings.mode === 'remote' ? 'environment' : baseUrl ? 'emulator' : 'none';
        return {
            source,
            status: baseUrl ? 'configured' : 'not_connected',
            baseUrl,
            connectedAt: null,
            lastError: null
        };
    }

    async connect(request: TrustworthyConnectRequest): Promise<TrustworthyConnectionState> {
        const baseUrl = checkTrustworthyBaseUrl(request.baseUrl);
        await verifyKey(baseUrl, request.apiKey);

        const now = this.ctx.now().toISOString();
        await this.repository.saveTrustworthy({
            base_url: baseUrl,
            api_key_sealed: this.box.seal(request.apiKey),
            status: 'connected',
            last_error: null,
            connected_at: now,
            updated_at: now
        });
        this.generation += 1;
        this.ctx.logger.info({ baseUrl }, 'trustworthy account connected');
        return this.state();
    }

    async forget(): Promise<void> {
        if (!(await this.repository.deleteTrustworthy()))
            throw new ApiError('not_found', 'no Trustworthy account is stored');
        this.generation += 1;
        this.ctx.logger.info('stored trustworthy account forgotten');
    }
}

/** One schema read, no retries: the admin is waiting and a wrong key will not get better. */
export async function verifyKey(baseUrl: string, apiKey: string): Promise<void> {
    const client = new TrustworthyClient({ baseUrl, apiKey, maxRetries: 0, timeoutMs: 10_000 });
    try {
        await client.getSchema();
    } catch (error) {
        if (
            error instanceof TrustworthyApiError &&
            (error.status === 401 || error.status === 403)
        ) {
            throw new ApiError(
                'connection_verification_failed',
                'Trustworthy refused the API key',
                [
                    {
                        path: 'body.apiKey',
                        issue: `Trustworthy answered ${error.status} (${error.code})`
                    }
                ]
            );
        }
        const reason =
            error instanceof TrustworthyApiError
                ? `${error.status || 'no reply'} ${error.code}`
                : 'no reply';
        throw new ApiError(
            'trustworthy_error',
            `Trustworthy could not be verified at this URL (${reason})`
        );
    }
}
