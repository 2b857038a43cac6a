import { secretBoxFor } from '../../lib/secret-box-key';
import type { SecretBox } from '../../lib/secret-box';
import { realtimeSources } from '../realtime/realtime-sources';
import type { LazyDeps, ServiceContext } from '../service-context';
import type { Scheduler } from './scheduler';
import { createSchedulerService } from './scheduler-service';
import { systemTimers } from './timers';

export function createScheduler(ctx: ServiceContext, deps: LazyDeps): Scheduler {
    let box: SecretBox | undefined;
    return createSchedulerService({
        store: ctx.repositories.store,
        logger: ctx.logger,
        timers: systemTimers,
        sources: realtimeSources(ctx),
        // Made on first use: it may create the local key file, which nothing should do at construction.
        box: () => (box ??= secretBoxFor(ctx.config.encryptionKey, ctx.config.dataDir)),
        sync: () => deps().sync,
        mappings: () => deps().mappings,
        publicBaseUrl: () => deps().settings.publicBaseUrl
    });
}
