import { AuditRepository } from './audit-repository';
import { CursorsRepository } from './cursors-repository';
import type { Store } from './database';
import { HeldRepository } from './held-repository';
import { LinksRepository } from './links-repository';
import { MappingsRepository } from './mappings-repository';
import { RetryRepository } from './retry-repository';
import { RunsRepository } from './runs-repository';
import { SchemaCacheRepository } from './schema-cache-repository';

export interface Repositories {
    store: Store;
    links: LinksRepository;
    cursors: CursorsRepository;
    runs: RunsRepository;
    audit: AuditRepository;
    held: HeldRepository;
    mappings: MappingsRepository;
    schemaCache: SchemaCacheRepository;
    retries: RetryRepository;
}

export function createRepositories(store: Store): Repositories {
    return {
        store,
        links: new LinksRepository(store),
        cursors: new CursorsRepository(store),
        runs: new RunsRepository(store),
        audit: new AuditRepository(store),
        held: new HeldRepository(store),
        mappings: new MappingsRepository(store),
        schemaCache: new SchemaCacheRepository(store),
        retries: new RetryRepository(store)
    };
}
