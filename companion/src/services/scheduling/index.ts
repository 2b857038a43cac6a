import type { LazyDeps, ServiceContext } from '../service-context';
import type { Scheduler } from './scheduler';

export function createScheduler(_ctx: ServiceContext, _deps: LazyDeps): Scheduler {
    return { start: async () => undefined, stop: async () => undefined };
}
