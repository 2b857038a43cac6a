/**
 * The store as a dry run sees it: every read as usual, and the one write a
 * read path makes on its own (caching a describe) quietly dropped, so a
 * preview leaves every table exactly as it found it.
 */
import type { Repositories } from '../../store/repositories';
import { SchemaCacheRepository } from '../../store/schema-cache-repository';

class ReadOnlySchemaCache extends SchemaCacheRepository {
    override async put(): Promise<void> {
        // A preview must not even refresh the cache: "nothing written" means nothing.
    }
}

export function readOnlyRepositories(repositories: Repositories): Repositories {
    return { ...repositories, schemaCache: new ReadOnlySchemaCache(repositories.store) };
}
