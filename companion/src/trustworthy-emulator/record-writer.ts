/**
 * Every write to records goes through here, so each one bumps the version,
 * stamps updated_at and lands in the change log inside the same transaction.
 * Changes are announced (for webhooks) only after their transaction commits.
 */
import type Database from 'better-sqlite3';

import type { TrustworthyObjectDef } from '../trustworthy/model';
import type { EmulatorClock } from './clock';
import { newRecordId } from './ids';
import type { ChangeKind, ChangeLog } from './store/change-log';
import type { RecordStore, StoredRecord } from './store/record-store';

export interface CommittedChange {
    sequence: number;
    object: string;
    id: string;
    change: ChangeKind;
    occurred_at: string;
}

export interface NewRecord {
    id?: string;
    externalRef: string | null;
    values: Record<string, unknown>;
    /** Seeds may carry their own history; API creates never do. */
    createdAt?: string;
    updatedAt?: string;
}

const SYSTEM_KEYS = new Set(['id', 'external_ref', 'created_at', 'updated_at', 'version']);

/** Key order must not make two equal addresses look different. */
function stableJson(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
        const parts = entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`);
        return `{${parts.join(',')}}`;
    }
    return JSON.stringify(value);
}

export class RecordWriter {
    private pending: CommittedChange[] = [];

    constructor(
        private readonly db: Database.Database,
        private readonly store: RecordStore,
        private readonly changes: ChangeLog,
        private readonly clock: EmulatorClock,
        private readonly announce: (changes: CommittedChange[]) => void
    ) {}

    /** Runs `work` in one transaction and announces its changes once committed. */
    transact<T>(work: () => T): T {
        this.pending = [];
        const result = this.db.transaction(work)();
        const committed = this.pending;
        this.pending = [];
        if (committed.length > 0) this.announce(committed);
        return result;
    }

    create(definition: TrustworthyObjectDef, input: NewRecord): StoredRecord {
        const now = this.clock.now();
        const createdAt = input.createdAt ?? now.toISOString();
        const record: StoredRecord = {
            id: input.id ?? newRecordId(definition.idPrefix, now),
            external_ref: input.externalRef,
            created_at: createdAt,
            updated_at: input.updatedAt ?? createdAt,
            version: 1,
            ...input.values
        };
        this.store.save(definition.name, record);
        this.log(definition.name, record.id, 'upsert', record);
        return record;
    }

    /** Applies `values` over the record; returns undefined when nothing would change. */
    update(
        definition: TrustworthyObjectDef,
        existing: StoredRecord,
        values: Record<string, unknown>,
        externalRef: string | null | undefined
    ): StoredRecord | undefined {
        const changed = Object.entries(values).filter(([key, value]) => {
            if (SYSTEM_KEYS.has(key)) return false;
            // Clearing a field the record never had leaves it absent rather than null.
            if (!(key in existing)) return value !== null;
            return stableJson(existing[key]) !== stableJson(value);
        });
        const relinked =
            externalRef !== undefined && externalRef !== (existing.external_ref ?? null);
        if (changed.length === 0 && !relinked) return undefined;

        const record: StoredRecord = {
            ...existing,
            ...Object.fromEntries(changed),
            external_ref: relinked ? externalRef : (existing.external_ref ?? null),
            updated_at: this.clock.now().toISOString(),
            version: existing.version + 1
        };
        this.store.save(definition.name, record);
        this.log(definition.name, record.id, 'upsert', record);
        return record;
    }

    delete(definition: TrustworthyObjectDef, existing: StoredRecord): void {
        this.store.remove(definition.name, existing.id);
        this.log(definition.name, existing.id, 'delete');
    }

    private log(object: string, id: string, change: ChangeKind, record?: StoredRecord): void {
        const occurredAt = this.clock.now().toISOString();
        const sequence = this.changes.append(object, id, change, occurredAt, record);
        this.pending.push({ sequence, object, id, change, occurred_at: occurredAt });
    }
}
