/**
 * Everything a route handler may use. Built once at start by app/companion.ts.
 */
import type { Logger } from '../lib/logger';
import type { ConnectionManager } from '../services/connections/connection-manager';
import type { MappingService } from '../services/mappings/mapping-service';
import type { Notifier } from '../services/notifications/notifier';
import type { Scheduler } from '../services/scheduling/scheduler';
import type { SyncService } from '../services/sync/sync-service';
import type { UsageService } from '../services/usage/usage-service';
import type { Repositories } from '../store/repositories';

export interface ApiSettings {
    /** The shared secret our Named Credential sends as `Authorization: Bearer <secret>`. */
    apiSecret: string;
    /** Where the companion is reachable from the admin's browser (OAuth callback URL base). */
    publicBaseUrl: string;
    /** Largest accepted JSON body, in bytes. */
    bodyLimitBytes: number;
    /** Requests per minute per client before 429. */
    rateLimitPerMinute: number;
}

export interface ApiDeps {
    settings: ApiSettings;
    repositories: Repositories;
    logger: Logger;
    now: () => Date;
    connections: ConnectionManager;
    mappings: MappingService;
    sync: SyncService;
    scheduler: Scheduler;
    notifier: Notifier;
    usage: UsageService;
}
