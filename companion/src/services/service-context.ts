/**
 * What every service factory is given at start. Services that need each
 * other reach them through `deps()`, which is complete once start-up is done
 * (never call it while constructing).
 */
import type { ApiDeps, ApiSettings } from '../api/deps';
import type { LocalSystems } from '../app/local-systems';
import type { AppConfig } from '../config/env';
import type { Logger } from '../lib/logger';
import type { Repositories } from '../store/repositories';

export interface ServiceContext {
    config: AppConfig;
    settings: ApiSettings;
    repositories: Repositories;
    logger: Logger;
    local: LocalSystems;
    now: () => Date;
}

export type LazyDeps = () => ApiDeps;
