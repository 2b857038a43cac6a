import type { LazyDeps, ServiceContext } from '../service-context';
import { lockedSync } from './locked-sync';
import type { SyncService } from './sync-service';

export function createSync(ctx: ServiceContext, deps: LazyDeps): SyncService {
    return lockedSync({
        repositories: ctx.repositories,
        logger: ctx.logger,
        connections: { salesforce: () => deps().connections.salesforce(), trustworthy: () => deps().connections.trustworthy() },
        mappings: { active: (name) => deps().mappings.active(name), names: () => deps().mappings.names() }
    });
}
