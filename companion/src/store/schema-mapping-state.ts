/** Table types of the mappings area, merged into DatabaseSchema. */

/**
 * One row per mapping name that the API has touched: its kill switch and its
 * soft deletion. A mapping with versions but no row (imported at start-up)
 * is live and not paused.
 */
export interface MappingStateTable {
    name: string;
    /** 1 while paused: no run starts for the mapping. */
    paused: number;
    paused_at: string | null;
    /** Set when deleted through the API; the versions stay for audit. */
    deleted_at: string | null;
    updated_at: string;
}

export interface MappingStateTables {
    mapping_state: MappingStateTable;
}
