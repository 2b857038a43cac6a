/**
 * The adapter's public vocabulary: what its methods take and return. Wire
 * names stay snake_case inside records (they are field names); everything
 * else the adapter hands out is camelCase.
 */
import type { TrustworthyFieldInfo } from '../engine/types';
import type { TrustworthyRecord } from './model';

export type TrustworthyApiRecord = TrustworthyRecord & { version: number };

export interface TrustworthyObjectSchema {
    name: string;
    label: string;
    collection: string;
    idPrefix: string;
    fields: TrustworthyFieldInfo[];
}

export interface TrustworthyChange {
    sequence: number;
    object: string;
    id: string;
    change: 'upsert' | 'delete';
    occurredAt: string;
    /** The record as of this change; upserts only. */
    record?: TrustworthyApiRecord;
}

export interface TrustworthyChangePage {
    changes: TrustworthyChange[];
    /** Pass back to continue after this page; store it only once the page is applied. */
    nextCursor: string;
    hasMore: boolean;
}

export interface TrustworthyRecordPage {
    records: TrustworthyApiRecord[];
    hasMore: boolean;
    nextAfter: string | null;
}

export interface TrustworthyUpsert {
    id?: string;
    /** The linked Salesforce Id (18 characters); null unlinks. */
    externalRef?: string | null;
    /** Field values; null clears a field. */
    fields: Record<string, unknown>;
}

export interface TrustworthyRecordError {
    code: string;
    message: string;
    field: string | null;
}

export interface TrustworthyUpsertResult {
    /** Position in the records given to upsertBatch, across chunks. */
    index: number;
    status: 'created' | 'updated' | 'unchanged' | 'error';
    id: string | null;
    version: number | null;
    error?: TrustworthyRecordError;
}

export interface TrustworthyDeleteResult {
    index: number;
    id: string;
    status: 'deleted' | 'error';
    error?: TrustworthyRecordError;
}

export type TrustworthyWebhookEvent = 'record.changed' | 'record.deleted';

export interface TrustworthyWebhook {
    id: string;
    url: string;
    events: TrustworthyWebhookEvent[];
    /** Shown once: keep it to verify deliveries. */
    secret: string;
    createdAt: string;
}

/** The rate-limit headers of the last reply. */
export interface TrustworthyRateLimit {
    limit: number;
    remaining: number;
    resetSeconds: number;
}
