import type { LazyDeps, ServiceContext } from '../service-context';
import type { UsageService } from './usage-service';

export function createUsage(_ctx: ServiceContext, _deps: LazyDeps): UsageService {
    return { assertBudget: async () => undefined, budgetReached: async () => false };
}
