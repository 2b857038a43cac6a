/**
 * The running companion: its store, its connections to both sides (real or
 * emulated), and the active mapping. Opening it also heals after a crash:
 * runs left "running" by a killed process are marked interrupted, and the
 * next run resumes from the cursors they never advanced.
 */
import path from 'node:path';

import type { AppConfig } from '../config/env';
import type { ApiDeps } from '../api/deps';
import type { RunSummary } from '../engine/runner/summary';
import { staticConnections } from '../services/connections/static-connections';
import { storedMappings } from '../services/mappings/stored-mappings';
import { lockedSync } from '../services/sync/locked-sync';
import type { StartRunOptions } from '../services/sync/sync-service';
import type { Logger } from '../lib/logger';
import { SalesforceGateway } from '../salesforce/salesforce-gateway';
import { connectToSalesforce, readPrivateKey } from '../salesforce/salesforce-connector';
import type { SalesforceCredentials } from '../salesforce/salesforce-connector';
import { openStore } from '../store/database';
import { createRepositories } from '../store/repositories';
import type { Repositories } from '../store/repositories';
import { TrustworthyClient } from '../trustworthy/trustworthy-client';
import { activeMapping, defaultMappingPath } from './active-mapping';
import { localApiSecret, startLocalSystems } from './local-systems';
import type { LocalSystems } from './local-systems';
import { trustworthyPort } from './trustworthy-port';
import { validateMappingAgainstSchemas } from './validate-mapping';

export interface CompanionOptions {
    config: AppConfig;
    logger: Logger;
    seedPlan?: string;
    mappingFile?: string;
}

export interface Companion {
    repositories: Repositories;
    local: LocalSystems;
    /** Everything the HTTP API's routes use. */
    deps: ApiDeps;
    /** The mapping the command line syncs (the one the mapping file names). */
    mappingName: string;
    runOnce(trigger: StartRunOptions['trigger'], onProgress?: (pairingId: string, step: string) => void): Promise<RunSummary>;
    close(): Promise<void>;
}

export async function openCompanion(options: CompanionOptions): Promise<Companion> {
    const { config, logger } = options;
    const now = (): string => new Date().toISOString();

    const store = await openStore(path.join(config.dataDir, 'companion.sqlite'));
    const repositories = createRepositories(store);
    const interrupted = await repositories.runs.markInterrupted(now());
    if (interrupted.length > 0) logger.warn({ runIds: interrupted }, 'previous runs were interrupted; resuming from their cursors');

    const local = await startLocalSystems({
        dataDir: config.dataDir,
        basePort: config.port,
        salesforce: config.salesforce.mode === 'emulator',
        trustworthy: config.trustworthy.mode === 'emulator',
        logger,
        ...(options.seedPlan ? { seedPlan: options.seedPlan } : {})
    });

    try {
        const credentials = salesforceCredentials(config, local);
        const connection = await connectToSalesforce(credentials, apiVersionOf(config));
        const salesforce = new SalesforceGateway(connection);

        const trustworthySettings = config.trustworthy.mode === 'remote' ? config.trustworthy : local.trustworthy;
        if (!trustworthySettings) throw new Error('no Trustworthy account configured and no emulator started');
        const client = new TrustworthyClient({ baseUrl: trustworthySettings.baseUrl, apiKey: trustworthySettings.apiKey, logger });
        const trustworthy = trustworthyPort(client);

        const mappingFile = options.mappingFile ?? defaultMappingPath();
        const { mapping, warnings } = await activeMapping(repositories, mappingFile, options.mappingFile !== undefined, now(), (candidate) =>
            validateMappingAgainstSchemas(candidate, salesforce, trustworthy, repositories, now())
        );
        if (warnings.length > 0) logger.warn({ warnings }, 'mapping accepted with warnings');

        const connections = staticConnections(salesforce, trustworthy);
        const mappings = storedMappings(repositories);
        const deps: ApiDeps = {
            settings: {
                apiSecret: config.apiSecret ?? localApiSecret(config.dataDir),
                publicBaseUrl: config.publicUrl ?? `http://127.0.0.1:${config.port}`,
                bodyLimitBytes: 256 * 1024,
                rateLimitPerMinute: 600
            },
            repositories,
            logger,
            now: () => new Date(),
            connections,
            mappings,
            sync: lockedSync({ repositories, connections, mappings, logger }),
            scheduler: { start: async () => undefined, stop: async () => undefined },
            notifier: { notify: async (alert) => logger.warn({ alert: alert.kind, mappingName: alert.mappingName, runId: alert.runId }, alert.message) },
            usage: { assertBudget: async () => undefined }
        };

        return {
            repositories,
            local,
            deps,
            mappingName: mapping.name,
            runOnce: (trigger, onProgress) =>
                onProgress
                    ? lockedSync({ repositories, connections, mappings, logger, onProgress }).run({ mappingName: mapping.name, trigger })
                    : deps.sync.run({ mappingName: mapping.name, trigger }),
            close: async () => {
                await deps.scheduler.stop();
                await local.close();
                await store.destroy();
            }
        };
    } catch (error) {
        await local.close();
        await store.destroy();
        throw error;
    }
}

function apiVersionOf(config: AppConfig): string {
    return config.salesforce.mode === 'emulator' ? '62.0' : config.salesforce.apiVersion;
}

function salesforceCredentials(config: AppConfig, local: LocalSystems): SalesforceCredentials {
    const settings = config.salesforce;
    switch (settings.mode) {
        case 'emulator':
            if (!local.salesforce) throw new Error('Salesforce emulator did not start');
            return local.salesforce.credentials;
        case 'client_credentials':
            return { flow: 'client_credentials', loginUrl: settings.loginUrl, clientId: settings.clientId, clientSecret: settings.clientSecret };
        case 'jwt':
            return {
                flow: 'jwt',
                loginUrl: settings.loginUrl,
                clientId: settings.clientId,
                username: settings.username,
                privateKeyPem: readPrivateKey(settings.privateKeyFile)
            };
        case 'refresh_token':
            return {
                flow: 'refresh_token',
                loginUrl: settings.loginUrl,
                instanceUrl: settings.instanceUrl,
                clientId: settings.clientId,
                refreshToken: settings.refreshToken,
                ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {})
            };
    }
}
