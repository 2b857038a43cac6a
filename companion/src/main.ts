/**
 * The companion's entry point (`npm start`). Parses flags and environment,
 * opens the store, brings up the emulated Salesforce org and Trustworthy
 * account when no real credentials are configured, and runs the sync: once
 * with --once, otherwise now and then every SYNC_INTERVAL_SECONDS while
 * serving its health endpoints, until SIGINT/SIGTERM.
 */
import path from 'node:path';

import { openCompanion } from './app/companion';
import type { Companion } from './app/companion';
import { startApiServer } from './app/api-server';
import { allowOAuthCallback } from './app/local-systems';
import { parseCliArguments, USAGE } from './cli/arguments';
import { terminalProgress } from './cli/progress';
import { ensureDataDir } from './config/data-dir';
import { ConfigError, loadConfig } from './config/env';
import { MappingFileError } from './app/active-mapping';
import { TreePlanError } from './salesforce-emulator/seed/tree-plan';
import { formatSummary } from './engine/runner/summary';
import type { RunSummary } from './engine/runner/summary';
import { createLogger } from './lib/logger';
import { SchedulesRepository } from './store/schedules-repository';

async function main(): Promise<number> {
    let args;
    try {
        args = parseCliArguments(process.argv.slice(2));
    } catch (error) {
        process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
        return 2;
    }
    if (args.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }

    const config = loadConfig();
    ensureDataDir(config.dataDir);
    const logger = createLogger(config.logLevel);
    const companion = await openCompanion({
        config,
        logger,
        ...(args.seed ? { seedPlan: path.resolve(args.seed) } : {}),
        ...(args.mapping ? { mappingFile: path.resolve(args.mapping) } : {})
    });
    const progress = args.json ? undefined : terminalProgress();
    const report = (summary: RunSummary): void => {
        process.stdout.write(
            args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatSummary(summary)}\n`
        );
    };

    if (args.once) {
        try {
            const summary = await companion.runOnce('manual', progress);
            report(summary);
            return summary.status === 'failed'
                ? 1
                : summary.status === 'completed_with_errors'
                  ? 3
                  : 0;
        } finally {
            await companion.close();
        }
    }

    return serve(companion, config.port, config.syncIntervalSeconds, report, progress);
}

async function serve(
    companion: Companion,
    port: number,
    intervalSeconds: number,
    report: (summary: RunSummary) => void,
    progress: ReturnType<typeof terminalProgress>
): Promise<number> {
    const server = await startApiServer(companion.deps, port);
    if (port === 0) {
        companion.deps.settings.publicBaseUrl = `http://127.0.0.1:${server.port}`;
        allowOAuthCallback(companion.local, companion.deps.settings.publicBaseUrl);
    }
    process.stderr.write(`Companion API on http://127.0.0.1:${server.port} (health: /health)\n`);

    // The command line's mapping syncs every SYNC_INTERVAL_SECONDS unless an admin gave it a schedule.
    await ensureDefaultSchedule(companion, intervalSeconds);
    // Schedules and real-time subscriptions start once the webhook URL they register can answer.
    await companion.deps.scheduler.start();
    // Throttled alerts are summarised when their window closes, even if no new alert arrives.
    const flusher = setInterval(() => void companion.deps.notifier.flushThrottled(), 60_000);

    const startup = companion.runOnce('startup', progress).then(report, (error: unknown) => {
        process.stderr.write(`sync failed: ${(error as Error).message}\n`);
    });

    await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    });

    // Graceful stop: no new runs, let a running one finish its batch, then close.
    clearInterval(flusher);
    await companion.deps.scheduler.stop();
    await server.close();
    await startup;
    await companion.deps.sync.idle(companion.mappingName);
    await companion.close();
    return 0;
}

async function ensureDefaultSchedule(companion: Companion, intervalSeconds: number): Promise<void> {
    const stored = await new SchedulesRepository(companion.repositories.store).get(
        companion.mappingName
    );
    if (stored) return;
    const everyMinutes = Math.min(1440, Math.max(5, Math.round(intervalSeconds / 60)));
    await companion.deps.scheduler.setSchedule(companion.mappingName, {
        kind: 'interval',
        everyMinutes
    });
}

main().then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        // Problems with what the user gave us are explained, not traced.
        const explained =
            error instanceof ConfigError ||
            error instanceof MappingFileError ||
            error instanceof TreePlanError;
        if (explained) process.stderr.write(`${error.message}\n`);
        else
            process.stderr.write(
                `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
            );
        process.exitCode = 1;
    }
);
