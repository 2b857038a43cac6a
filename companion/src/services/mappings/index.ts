import type { LazyDeps, ServiceContext } from '../service-context';
import type { MappingService } from './mapping-service';
import { storedMappings } from './stored-mappings';

export function createMappings(ctx: ServiceContext, _deps: LazyDeps): MappingService {
    return storedMappings(ctx.repositories);
}
