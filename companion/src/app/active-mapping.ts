/**
 * Which mapping version a run uses. The mapping file is the first version:
 * imported into the store when the store has none. After that the store is
 * the source of truth (later versions come from the companion's API); a file
 * passed explicitly with --mapping that differs from the latest version is
 * imported as a new version, never edited in place.
 */
import path from 'node:path';

import { loadMappingFile, parseMappingFile } from '../engine/mapping/parse-mapping-file';
import type { MappingFile } from '../engine/mapping/mapping-schema';
import type { Repositories } from '../store/repositories';

export class MappingFileError extends Error {
    constructor(file: string, issues: Array<{ path: string; message: string }>) {
        super(`mapping file ${file} is not valid:\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`);
        this.name = 'MappingFileError';
    }
}

export function defaultMappingPath(): string {
    // Same relative place from src/app (tests) and dist/app (compiled).
    return path.resolve(__dirname, '..', '..', 'mappings', 'demo.mapping.json');
}

export async function activeMapping(
    repositories: Repositories,
    file: string,
    explicit: boolean,
    now: string
): Promise<{ mapping: MappingFile; version: number }> {
    const parsed = await loadMappingFile(file);
    if (!parsed.ok) throw new MappingFileError(file, parsed.issues);

    const latest = await repositories.mappings.latest(parsed.mapping.name);
    if (latest && (!explicit || JSON.stringify(latest.body) === JSON.stringify(parsed.mapping))) {
        const stored = parseMappingFile(latest.body);
        if (!stored.ok) throw new MappingFileError(`store (${latest.name} v${latest.version})`, stored.issues);
        return { mapping: stored.mapping, version: latest.version };
    }

    const version = await repositories.mappings.saveVersion(parsed.mapping.name, parsed.mapping, path.basename(file), now);
    return { mapping: parsed.mapping, version };
}
