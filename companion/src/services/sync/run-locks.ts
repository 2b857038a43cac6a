/**
 * One run per mapping at a time, across every service instance that shares
 * a store (the API's service and the command line's progress-reporting one
 * alike): the lock lives beside the repositories, not inside one service.
 */
import type { Repositories } from '../../store/repositories';

export type RunLocks = Map<string, Promise<unknown>>;

const locksByStore = new WeakMap<Repositories['store'], RunLocks>();

export function runLocks(repositories: Repositories): RunLocks {
    const existing = locksByStore.get(repositories.store);
    if (existing) return existing;
    const locks: RunLocks = new Map();
    locksByStore.set(repositories.store, locks);
    return locks;
}
