/**
 * Mapping versions as the rest of the companion sees them. The mappings
 * helper owns this file and its implementation.
 */
import type { MappingFile } from '../../engine/mapping/mapping-schema';

export interface ActiveMapping {
    name: string;
    version: number;
    mapping: MappingFile;
    paused: boolean;
}

export interface MappingService {
    /** The latest version of a mapping; throws ApiError('not_found') when there is none. */
    active(name: string): Promise<ActiveMapping>;
    names(): Promise<string[]>;
}
