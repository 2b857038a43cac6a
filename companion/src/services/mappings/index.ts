import { MappingStateRepository } from '../../store/mapping-state-repository';
import type { LazyDeps, ServiceContext } from '../service-context';
import { cachedSchemaCatalog } from './cached-schema-catalog';
import type { MappingService } from './mapping-service';
import { storedMappings } from './stored-mappings';

export function createMappings(ctx: ServiceContext, deps: LazyDeps): MappingService {
    return storedMappings({
        state: new MappingStateRepository(ctx.repositories.store),
        schema: cachedSchemaCatalog({
            repositories: ctx.repositories,
            connections: () => deps().connections,
            now: ctx.now
        }),
        now: ctx.now,
        isRunning: (name) => deps().sync.isRunning(name)
    });
}
