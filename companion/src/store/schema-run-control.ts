/** Table types of run control, merged into DatabaseSchema. */

export interface RunDetailsTable {
    run_id: string;
    /** sync | retry | rollback | resolution */
    kind: string;
    /** JSON: the cap, pilot or record the run was limited to. */
    control: string;
    /** The run a retry or rollback acts on. */
    source_run_id: string | null;
    /** Set on a run once a rollback of it has been made. */
    rolled_back_by: string | null;
}

export interface GoLiveTable {
    mapping_name: string;
    record_cap: number | null;
    /** JSON pilot filter, or null for every record. */
    pilot: string | null;
    updated_at: string;
}

export interface RunControlTables {
    run_details: RunDetailsTable;
    go_live: GoLiveTable;
}
