/** Mapping versions read from the store. */
import { ApiError } from '../../api/api-error';
import { parseMappingFile } from '../../engine/mapping/parse-mapping-file';
import type { Repositories } from '../../store/repositories';
import type { ActiveMapping, MappingService } from './mapping-service';

export function storedMappings(repositories: Repositories): MappingService {
    return {
        async active(name: string): Promise<ActiveMapping> {
            const latest = await repositories.mappings.latest(name);
            if (!latest) throw new ApiError('not_found', `no mapping named ${name}`);
            const parsed = parseMappingFile(latest.body);
            if (!parsed.ok) throw new ApiError('mapping_invalid', `stored mapping ${name} v${latest.version} is not valid`, parsed.issues.map((issue) => ({ path: issue.path, issue: issue.message })));
            return { name, version: latest.version, mapping: parsed.mapping, paused: false };
        },
        async names(): Promise<string[]> {
            const rows = await repositories.store.selectFrom('mappings').select('name').distinct().orderBy('name').execute();
            return rows.map((row) => row.name);
        }
    };
}
