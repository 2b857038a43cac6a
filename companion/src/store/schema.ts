/**
 * The companion's own tables. Column types stay portable (text, integer)
 * so the same schema runs on SQLite now and PostgreSQL later; JSON travels
 * as text and timestamps as ISO-8601 UTC strings.
 */
import type { ColumnType, Generated } from 'kysely';

import type { ConnectionsTables } from './schema-connections';
import type { MappingStateTables } from './schema-mapping-state';
import type { RunControlTables } from './schema-run-control';
import type { SchedulesTables } from './schema-schedules';
import type { UsageNotificationsTables } from './schema-usage-notifications';

export interface MappingsTable {
    name: string;
    version: number;
    body: string;
    source: string;
    created_at: string;
}

export interface LinksTable {
    pairing_id: string;
    salesforce_id: string;
    trustworthy_id: string;
    /** JSON: { salesforce: {field: hash}, trustworthy: {field: hash} } */
    base: string;
    last_synced_at: string;
    last_run_id: string;
    /** Set when one side deleted the record and the pairing flags deletions. */
    deleted_side: string | null;
}

export interface CursorsTable {
    pairing_id: string;
    side: string;
    value: string;
    updated_at: string;
}

export interface RunsTable {
    id: string;
    mapping_name: string;
    mapping_version: number;
    status: string;
    trigger: string;
    started_at: string;
    finished_at: string | null;
    /** JSON summary; filled when the run ends. */
    summary: string | null;
    error: string | null;
}

export interface RecordChangesTable {
    id: Generated<number>;
    run_id: string;
    pairing_id: string;
    /** The side this change was written to (or would have been). */
    target: string;
    action: string;
    salesforce_id: string | null;
    trustworthy_id: string | null;
    before: string | null;
    after: string | null;
    error_code: string | null;
    error_message: string | null;
    created_at: string;
}

export interface HeldRecordsTable {
    id: string;
    run_id: string;
    pairing_id: string;
    kind: string;
    salesforce_id: string | null;
    trustworthy_id: string | null;
    detail: string;
    status: string;
    created_at: string;
    resolved_at: string | null;
}

export interface SchemaCacheTable {
    side: string;
    object_name: string;
    body: string;
    fetched_at: string;
}

export interface RetryRecordsTable {
    pairing_id: string;
    side: string;
    record_id: string;
    error_code: string;
    attempts: number;
    first_failed_at: string;
    last_failed_at: string;
}

export interface DatabaseSchema
    extends
        ConnectionsTables,
        MappingStateTables,
        RunControlTables,
        SchedulesTables,
        UsageNotificationsTables {
    mappings: MappingsTable;
    links: LinksTable;
    cursors: CursorsTable;
    runs: RunsTable;
    record_changes: RecordChangesTable;
    held_records: HeldRecordsTable;
    schema_cache: SchemaCacheTable;
    retry_records: RetryRecordsTable;
}

export type Timestamp = ColumnType<string, string, string>;
