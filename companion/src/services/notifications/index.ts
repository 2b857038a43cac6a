import type { LazyDeps, ServiceContext } from '../service-context';
import type { Notifier } from './notifier';

export function createNotifier(ctx: ServiceContext, _deps: LazyDeps): Notifier {
    return {
        notify: async (alert) => {
            ctx.logger.warn({ alert: alert.kind, mappingName: alert.mappingName, runId: alert.runId }, alert.message);
        }
    };
}
