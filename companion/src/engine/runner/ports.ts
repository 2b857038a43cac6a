/**
 * What the runner needs from each side, and nothing more. The Salesforce side
 * is the jsforce-backed gateway; the Trustworthy side is the API adapter,
 * seen through this narrow port so the runner does not care about paging,
 * retries or the wire format.
 */
import type {
    ActionOutcome,
    CustomNotificationInput,
    DescribeResult,
    GlobalDescribeEntry,
    SalesforceLimit,
    WriteOutcome
} from '../../salesforce/salesforce-gateway';
import type { SideRecord, TrustworthyFieldInfo } from '../types';

export interface SalesforcePort {
    readonly requestCount: number;
    readonly apiUsage: { used: number; limit: number } | undefined;
    describe(objectName: string): Promise<DescribeResult>;
    /** The objects the integration user can see (the global describe). */
    describeGlobal(): Promise<GlobalDescribeEntry[]>;
    changedSince(
        objectName: string,
        fields: string[],
        since: string | undefined
    ): Promise<SideRecord[]>;
    findBy(
        objectName: string,
        fields: string[],
        field: string,
        values: string[]
    ): Promise<SideRecord[]>;
    upsert(
        objectName: string,
        externalIdField: string,
        records: Array<Record<string, unknown>>
    ): Promise<WriteOutcome[]>;
    update(objectName: string, records: Array<Record<string, unknown>>): Promise<WriteOutcome[]>;
    destroy(objectName: string, ids: string[]): Promise<WriteOutcome[]>;
    /** Not used by runs: API usage and in-app alerts go through the same connection. */
    limits(): Promise<Record<string, SalesforceLimit>>;
    customNotificationTypeId(developerName: string): Promise<string | undefined>;
    sendCustomNotification(input: CustomNotificationInput): Promise<ActionOutcome>;
}

export interface TrustworthyChange {
    id: string;
    deleted: boolean;
    /** The full current record for upserts. */
    record?: SideRecord;
}

export interface TrustworthyUpsert {
    id?: string;
    externalRef?: string;
    fields: Record<string, unknown>;
}

export type TrustworthyWriteOutcome =
    | { ok: true; id: string; created: boolean }
    | { ok: false; errorCode: string; message: string; field?: string };

export interface TrustworthyPort {
    readonly requestCount: number;
    objectFields(objectName: string): Promise<TrustworthyFieldInfo[]>;
    /** Every object the account's API offers. */
    objects(): Promise<Array<{ name: string; label: string }>>;
    /** Every change after `cursor`, collapsed to the latest per record, and the cursor to resume from. */
    changesSince(
        objectName: string,
        cursor: string | undefined
    ): Promise<{ changes: TrustworthyChange[]; cursor: string | undefined }>;
    findBy(objectName: string, field: string, values: string[]): Promise<SideRecord[]>;
    upsert(
        objectName: string,
        records: TrustworthyUpsert[],
        idempotencyKey: string
    ): Promise<TrustworthyWriteOutcome[]>;
    destroy(
        objectName: string,
        ids: string[],
        idempotencyKey: string
    ): Promise<TrustworthyWriteOutcome[]>;
}
