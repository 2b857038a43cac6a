/**
 * Mapping versions as the rest of the companion sees them. The mappings
 * helper owns this file and its implementation.
 */
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import type { SchemaCatalog } from './schema-catalog';
import type { ValidationReport } from './validate-document';

export interface ActiveMapping {
    name: string;
    version: number;
    mapping: MappingFile;
    paused: boolean;
}

export interface MappingSummary {
    name: string;
    latestVersion: number;
    paused: boolean;
    pausedAt: string | null;
    /** Set when the mapping was deleted; its versions stay for audit. */
    deletedAt: string | null;
    createdAt: string;
    updatedAt: string;
}

export interface MappingVersionInfo {
    version: number;
    source: string;
    createdAt: string;
}

export interface MappingVersion extends MappingVersionInfo {
    name: string;
    mapping: MappingFile;
}

export interface SavedMapping {
    name: string;
    version: number;
    warnings: ValidationReport['warnings'];
}

export type SaveSource = 'api' | 'import';

export interface MappingService {
    /** Both sides' schemas, cached in the store. */
    readonly schema: SchemaCatalog;

    /** The latest version of a live mapping; throws ApiError('not_found') when there is none or it was deleted. */
    active(name: string): Promise<ActiveMapping>;
    /** Live (not deleted) mapping names. */
    names(): Promise<string[]>;
    /** The kill switch; throws ApiError('not_found') for an unknown or deleted mapping. */
    setPaused(name: string, paused: boolean): Promise<MappingSummary>;

    list(): Promise<MappingSummary[]>;
    summary(name: string): Promise<MappingSummary>;
    /** The latest version, or the one asked for; deleted mappings stay readable for audit. */
    get(name: string, version?: number): Promise<MappingVersion>;
    versions(name: string): Promise<MappingVersionInfo[]>;

    /** Version 1 of a new mapping; 409 conflict when a live mapping has the name, 400 mapping_invalid on any error. */
    create(document: unknown): Promise<SavedMapping>;
    /** A new version of a live mapping; the document's name must be the mapping's. */
    update(name: string, document: unknown): Promise<SavedMapping>;
    /** A new version under the document's name, whether or not the mapping exists (a deleted one comes back). */
    importDocument(document: unknown): Promise<SavedMapping>;
    /** Soft delete; refused with ApiError('run_in_progress') while the mapping runs. */
    remove(name: string): Promise<MappingSummary>;
    /** Reports without storing. */
    validate(document: unknown): Promise<ValidationReport>;
}
