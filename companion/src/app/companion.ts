/**
 * The running companion: its store, its services (connections, mappings,
 * runs, schedules, alerts, usage) and, on the embedded default, the local
 * emulators. Opening it also heals after a crash: runs left "running" by a
 * killed process are marked interrupted, and the next run resumes from the
 * cursors they never advanced.
 */
import path from 'node:path';

import type { ApiDeps, ApiSettings } from '../api/deps';
import type { AppConfig } from '../config/env';
import type { RunSummary } from '../engine/runner/summary';
import type { Logger } from '../lib/logger';
import { createConnections } from '../services/connections';
import { createMappings } from '../services/mappings';
import { createNotifier } from '../services/notifications';
import { createScheduler } from '../services/scheduling';
import type { ServiceContext } from '../services/service-context';
import { createSync } from '../services/sync';
import { lockedSync } from '../services/sync/locked-sync';
import type { StartRunOptions } from '../services/sync/sync-service';
import { createUsage } from '../services/usage';
import { openStore } from '../store/database';
import { createRepositories } from '../store/repositories';
import type { Repositories } from '../store/repositories';
import { activeMapping, defaultMappingPath } from './active-mapping';
import { localApiSecret, startLocalSystems } from './local-systems';
import type { LocalSystems } from './local-systems';

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
    runOnce(
        trigger: StartRunOptions['trigger'],
        onProgress?: (pairingId: string, step: string) => void
    ): Promise<RunSummary>;
    close(): Promise<void>;
}

export async function openCompanion(options: CompanionOptions): Promise<Companion> {
    const { config, logger } = options;
    const now = (): string => new Date().toISOString();

    const store = await openStore(path.join(config.dataDir, 'companion.sqlite'));
    const repositories = createRepositories(store);
    const interrupted = await repositories.runs.markInterrupted(now());
    if (interrupted.length > 0)
        logger.warn(
            { runIds: interrupted },
            'previous runs were interrupted; resuming from their cursors'
        );

    const local = await startLocalSystems({
        dataDir: config.dataDir,
        basePort: config.port,
        salesforce: config.salesforce.mode === 'emulator',
        trustworthy: config.trustworthy.mode === 'emulator',
        logger,
        ...(options.seedPlan ? { seedPlan: options.seedPlan } : {}),
        ...(config.publicUrl
            ? {
                  oauthCallbackUrls: [
                      `${config.publicUrl.replace(/\/$/, '')}/oauth/salesforce/callback`
                  ]
              }
            : {})
    });

    try {
        const deps = buildDeps({
            config,
            settings: apiSettings(config),
            repositories,
            logger,
            local,
            now: () => new Date()
        });

        const mappingFile = options.mappingFile ?? defaultMappingPath();
        // The same validation and permission preflight as a save through the API.
        const { mapping, warnings } = await activeMapping(
            repositories,
            mappingFile,
            options.mappingFile !== undefined,
            now(),
            async (candidate) => {
                const report = await deps.mappings.validate(candidate);
                return [
                    ...report.errors.map((issue) => ({ ...issue, severity: 'error' as const })),
                    ...report.warnings.map((issue) => ({ ...issue, severity: 'warning' as const }))
                ];
            }
        );
        if (warnings.length > 0) logger.warn({ warnings }, 'mapping accepted with warnings');

        return {
            repositories,
            local,
            deps,
            mappingName: mapping.name,
            runOnce: (trigger, onProgress) =>
                onProgress
                    ? lockedSync({
                          repositories,
                          connections: deps.connections,
                          mappings: deps.mappings,
                          logger,
                          onProgress
                      }).run({ mappingName: mapping.name, trigger })
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

function apiSettings(config: AppConfig): ApiSettings {
    return {
        apiSecret: config.apiSecret ?? localApiSecret(config.dataDir),
        publicBaseUrl: config.publicUrl ?? `http://127.0.0.1:${config.port}`,
        bodyLimitBytes: 256 * 1024,
        rateLimitPerMinute: 600
    };
}

/** Each service comes from its area's factory; services reach each other through the finished deps. */
function buildDeps(ctx: ServiceContext): ApiDeps {
    const built: { deps?: ApiDeps } = {};
    const lazy = (): ApiDeps => {
        if (!built.deps) throw new Error('a service used another before start-up finished');
        return built.deps;
    };
    built.deps = {
        settings: ctx.settings,
        repositories: ctx.repositories,
        logger: ctx.logger,
        now: ctx.now,
        connections: createConnections(ctx, lazy),
        mappings: createMappings(ctx, lazy),
        sync: createSync(ctx, lazy),
        scheduler: createScheduler(ctx, lazy),
        notifier: createNotifier(ctx, lazy),
        usage: createUsage(ctx, lazy)
    };
    return built.deps;
}
