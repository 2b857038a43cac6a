/**
 * Mapping versions and their state in the store. Every save appends a
 * version after the whole validation passed; nothing is edited in place and
 * nothing is stored when a save is refused.
 */
import { ApiError } from '../../api/api-error';
import { parseMappingFile } from '../../engine/mapping/parse-mapping-file';
import type {
    MappingStateRepository,
    MappingSummaryRow
} from '../../store/mapping-state-repository';
import type {
    ActiveMapping,
    MappingService,
    MappingVersion,
    SavedMapping,
    SaveSource
} from './mapping-service';
import type { SchemaCatalog } from './schema-catalog';
import { refuseInvalid, validateDocument } from './validate-document';

export interface StoredMappingsContext {
    state: MappingStateRepository;
    schema: SchemaCatalog;
    now: () => Date;
    isRunning: (name: string) => boolean;
}

export function storedMappings(ctx: StoredMappingsContext): MappingService {
    const { state } = ctx;
    const now = (): string => ctx.now().toISOString();

    const summaryOf = async (name: string): Promise<MappingSummaryRow> => {
        const row = await state.summary(name);
        if (!row) throw new ApiError('not_found', `no mapping named ${name}`);
        return row;
    };
    const liveSummaryOf = async (name: string): Promise<MappingSummaryRow> => {
        const row = await summaryOf(name);
        if (row.deletedAt)
            throw new ApiError('not_found', `the mapping ${name} was deleted at ${row.deletedAt}`);
        return row;
    };

    /** Validates, then appends; a new mapping checks inside the write that nobody created it meanwhile. */
    const save = async (
        document: unknown,
        source: SaveSource,
        onlyIfNew = false
    ): Promise<SavedMapping> => {
        const { report, mapping } = await validateDocument(document, ctx.schema);
        refuseInvalid(report);
        if (!mapping)
            throw new ApiError('internal_error', 'a valid mapping came back without its document');
        const version = await state.appendVersion(mapping.name, mapping, source, now(), {
            onlyIfNew
        });
        if (version === undefined) throw nameTaken(mapping.name);
        return { name: mapping.name, version, warnings: report.warnings };
    };

    const service: MappingService = {
        schema: ctx.schema,

        async active(name): Promise<ActiveMapping> {
            const summary = await liveSummaryOf(name);
            const latest = await service.get(name, summary.latestVersion);
            return {
                name,
                version: latest.version,
                mapping: latest.mapping,
                paused: summary.paused
            };
        },

        async names() {
            return (await state.summaries()).filter((row) => !row.deletedAt).map((row) => row.name);
        },

        async setPaused(name, paused) {
            await liveSummaryOf(name);
            await state.setPaused(name, paused, now());
            return summaryOf(name);
        },

        async list() {
            return (await state.summaries()).filter((row) => !row.deletedAt);
        },

        summary: summaryOf,

        async get(name, version): Promise<MappingVersion> {
            const stored = await state.version(name, version);
            if (!stored) {
                const which = version === undefined ? '' : ` version ${version}`;
                throw new ApiError('not_found', `no mapping named ${name}${which}`);
            }
            const parsed = parseMappingFile(stored.body);
            if (!parsed.ok) {
                const details = parsed.issues.map((issue) => ({
                    path: issue.path,
                    issue: issue.message
                }));
                throw new ApiError(
                    'mapping_invalid',
                    `stored mapping ${name} v${stored.version} is not valid`,
                    details
                );
            }
            return {
                name,
                version: stored.version,
                source: stored.source,
                createdAt: stored.createdAt,
                mapping: parsed.mapping
            };
        },

        async versions(name) {
            await summaryOf(name);
            return (await state.versions(name)).map(({ version, source, createdAt }) => ({
                version,
                source,
                createdAt
            }));
        },

        async create(document) {
            const name = documentName(document);
            const existing = name === undefined ? undefined : await state.summary(name);
            if (name !== undefined && existing && !existing.deletedAt) throw nameTaken(name);
            return save(document, 'api', true);
        },

        async update(name, document) {
            await liveSummaryOf(name);
            const named = documentName(document);
            if (named !== undefined && named !== name) {
                throw new ApiError(
                    'mapping_invalid',
                    `the document is named ${named}, not ${name}`,
                    [
                        {
                            path: 'name',
                            issue: `must be "${name}" (rename by creating a new mapping)`
                        }
                    ]
                );
            }
            return save(document, 'api');
        },

        async importDocument(document) {
            return save(document, 'import');
        },

        async remove(name) {
            await liveSummaryOf(name);
            if (ctx.isRunning(name))
                throw new ApiError(
                    'run_in_progress',
                    `the mapping ${name} is running; delete it when the run has finished`
                );
            await state.markDeleted(name, now());
            return summaryOf(name);
        },

        async validate(document) {
            return (await validateDocument(document, ctx.schema)).report;
        }
    };

    return service;
}

function nameTaken(name: string): ApiError {
    return new ApiError(
        'conflict',
        `a mapping named ${name} exists; save a new version with PUT /api/v1/mappings/${name}`
    );
}

function documentName(document: unknown): string | undefined {
    if (typeof document !== 'object' || document === null) return undefined;
    const name = (document as { name?: unknown }).name;
    return typeof name === 'string' ? name.trim() : undefined;
}
