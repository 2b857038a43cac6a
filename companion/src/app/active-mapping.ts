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
        super(
            `mapping file ${file} is not valid:\n${issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n')}`
        );
        this.name = 'MappingFileError';
    }
}

export function defaultMappingPath(): string {
    // Same relative place from src/app (tests) and dist/app (compiled).
    return path.resolve(__dirname, '..', '..', 'mappings', 'demo.mapping.json');
}

/** Schema problems of a mapping; errors stop it, warnings are only reported. */
export type MappingValidator = (
    mapping: MappingFile
) => Promise<Array<{ path: string; message: string; severity: 'error' | 'warning' }>>;

export async function activeMapping(
    repositories: Repositories,
    file: string,
    explicit: boolean,
    now: string,
    validate: MappingValidator
): Promise<{ mapping: MappingFile; version: number; warnings: string[] }> {
    const parsed = await loadMappingFile(file);
    if (!parsed.ok) throw new MappingFileError(file, parsed.issues);

    const latest = await repositories.mappings.latest(parsed.mapping.name);
    const useStored =
        latest && (!explicit || JSON.stringify(latest.body) === JSON.stringify(parsed.mapping));
    const source = useStored ? `store (${latest.name} v${latest.version})` : file;
    const candidate = useStored ? parseMappingFile(latest.body) : parsed;
    if (!candidate.ok) throw new MappingFileError(source, candidate.issues);

    const issues = await validate(candidate.mapping);
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) throw new MappingFileError(source, errors);
    const warnings = issues
        .filter((issue) => issue.severity === 'warning')
        .map((issue) => `${issue.path}: ${issue.message}`);
    if (useStored) return { mapping: candidate.mapping, version: latest.version, warnings };

    const version = await repositories.mappings.saveVersion(
        parsed.mapping.name,
        parsed.mapping,
        path.basename(file),
        now
    );
    return { mapping: parsed.mapping, version, warnings };
}
