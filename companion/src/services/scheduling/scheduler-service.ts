/**
 * The Scheduler: schedules per mapping (stored, armed, fired through the
 * sync service) and real-time sync (Trustworthy webhooks, Salesforce Change
 * Data Capture), put together from parts that each do one job.
 */
import { ApiError } from '../../api/api-error';
import type { Logger } from '../../lib/logger';
import type { SecretBox } from '../../lib/secret-box';
import { RealtimeRepository } from '../../store/realtime-repository';
import { SchedulesRepository } from '../../store/schedules-repository';
import type { Store } from '../../store/database';
import type { MappingService } from '../mappings/mapping-service';
import { CdcSubscriber } from '../realtime/cdc-subscriber';
import { ChangeTrigger } from '../realtime/change-trigger';
import { RealtimeSync } from '../realtime/realtime-sync';
import type { RealtimeSources } from '../realtime/realtime-sources';
import { TrustworthyWebhooks } from '../realtime/trustworthy-webhooks';
import type { SyncService } from '../sync/sync-service';
import { MANUAL } from './schedule';
import type { Schedule } from './schedule';
import { parseStored, ScheduleRunner } from './schedule-runner';
import type { Scheduler, ScheduleState } from './scheduler';
import type { SchedulerTimers } from './timers';

export const REALTIME_DEBOUNCE_MS = 1000;

export interface SchedulerServiceOptions {
    store: Store;
    logger: Logger;
    timers: SchedulerTimers;
    sources: RealtimeSources;
    box: () => SecretBox;
    sync: () => SyncService;
    mappings: () => MappingService;
    publicBaseUrl: () => string;
    debounceMs?: number;
}

export interface SchedulerService extends Scheduler {
    readonly runner: ScheduleRunner;
    readonly cdc: CdcSubscriber;
}

export function createSchedulerService(options: SchedulerServiceOptions): SchedulerService {
    const { logger, timers } = options;
    const schedules = new SchedulesRepository(options.store);
    const realtimeRepository = new RealtimeRepository(options.store);

    const runner = new ScheduleRunner({
        schedules,
        timers,
        logger,
        runSync: (mappingName, trigger) => options.sync().run({ mappingName, trigger }),
        isRunning: (mappingName) => options.sync().isRunning(mappingName)
    });
    const webhooks = new TrustworthyWebhooks({
        repository: realtimeRepository,
        box: options.box,
        now: () => timers.now(),
        logger,
        client: () => options.sources.trustworthyClient()
    });

    const trigger = new ChangeTrigger({
        timers,
        debounceMs: options.debounceMs ?? REALTIME_DEBOUNCE_MS,
        logger,
        // Only called on a change notice, long after realtimeSync below exists.
        mappingsUsing: (side, objectName) => realtimeSync.mappingsUsing(side, objectName),
        run: (mappingName) => runner.requestRealtimeRun(mappingName)
    });
    const cdc = new CdcSubscriber({
        connect: () => options.sources.salesforceConnection(),
        repository: realtimeRepository,
        now: () => timers.now(),
        logger,
        onChange: (notice) => trigger.notify('salesforce', notice.entityName)
    });
    const realtimeSync = new RealtimeSync({
        schedules,
        mappings: options.mappings,
        webhooks,
        cdc,
        webhookUrl: () => `${options.publicBaseUrl().replace(/\/+$/, '')}/webhooks/trustworthy`,
        logger
    });

    let started = false;
    const reconcile = (): Promise<void> =>
        realtimeSync.reconcile().catch((error: unknown) => {
            logger.warn(
                { reason: error instanceof Error ? error.message : String(error) },
                'real-time sync could not be set up'
            );
        });

    const stateOf = async (mappingName: string): Promise<ScheduleState> => {
        if (!(await options.mappings().names()).includes(mappingName))
            throw new ApiError('not_found', `no mapping named ${mappingName}`);
        const stored = await schedules.get(mappingName);
        const schedule = (stored && parseStored(stored.kind, stored.settings)) ?? MANUAL;
        return {
            mappingName,
            schedule,
            lastRunAt: stored?.lastRunAt ?? null,
            nextDueAt: stored?.nextDueAt ?? null,
            running: runner.isRunning(mappingName)
        };
    };

    return {
        runner,
        cdc,
        async start() {
            if (started) return;
            started = true;
            trigger.resume();
            await runner.start();
            await reconcile();
        },
        async stop() {
            started = false;
            trigger.stop();
            await realtimeSync.stop();
            await runner.stop();
        },
        scheduleOf: stateOf,
        async setSchedule(mappingName: string, schedule: Schedule) {
            await stateOf(mappingName);
            await runner.apply(mappingName, schedule);
            if (started) await reconcile();
            return stateOf(mappingName);
        },
        async receiveTrustworthyWebhook(signatureHeader, rawBody) {
            const delivery = await webhooks.accept(signatureHeader, rawBody);
            if (!delivery) return false;
            trigger.notify('trustworthy', delivery.object);
            return true;
        }
    };
}
