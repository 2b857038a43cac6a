/**
 * Everything the engine asks of Salesforce, through jsforce only. Reads come
 * back as SideRecords with 18-character Ids; writes go out in sObject
 * Collections of at most 200 with allOrNone off, and every record's outcome
 * is returned with Salesforce's own error code, so one bad record never
 * hides behind a batch or sinks the others.
 */
import type { Connection, Query, Record as SfRecord, Schema } from 'jsforce';

import type { SideRecord } from '../engine/types';
import { toId18 } from './ids';

export const COLLECTION_LIMIT = 200;
/** Ids per `IN (...)` clause: keeps the SOQL well under Salesforce's 100,000-character limit. */
const IN_CLAUSE_LIMIT = 200;

export type WriteOutcome =
    | { ok: true; id: string; created: boolean }
    | { ok: false; errorCode: string; message: string; fields: string[] };

export interface DescribeField {
    name: string;
    type: string;
    label: string;
    length: number;
    precision: number;
    scale: number;
    digits: number;
    nillable: boolean;
    createable: boolean;
    updateable: boolean;
    externalId: boolean;
    restrictedPicklist: boolean;
    picklistValues: Array<{ value: string; active: boolean }>;
}

export interface DescribeResult {
    name: string;
    fields: DescribeField[];
}

/** One object of the global describe, as far as the companion uses it. */
export interface GlobalDescribeEntry {
    name: string;
    label: string;
    custom: boolean;
    queryable: boolean;
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
}

/** One entry of the `/limits` resource. */
export interface SalesforceLimit {
    Max: number;
    Remaining: number;
}

/** The inputs of the standard `customNotificationAction` (a bell notification in Salesforce). */
export interface CustomNotificationInput {
    customNotifTypeId: string;
    recipientIds: string[];
    title: string;
    body: string;
    targetId?: string;
    targetPageRef?: string;
}

export type ActionOutcome = { ok: true } | { ok: false; errorCode: string; message: string };

interface CountingTransport {
    httpRequest: (request: { url?: string }, ...rest: unknown[]) => unknown;
}

export class SalesforceGateway {
    private requests = 0;

    constructor(private readonly conn: Connection) {
        this.countRequests();
    }

    /** REST requests this gateway has sent since it was created. */
    get requestCount(): number {
        return this.requests;
    }

    /** The org's daily API usage as the last reply's Sforce-Limit-Info reported it. */
    get apiUsage(): { used: number; limit: number } | undefined {
        return this.conn.limitInfo?.apiUsage;
    }

    /** The org's limits, e.g. `DailyApiRequests`, as `GET /limits` reports them. */
    async limits(): Promise<Record<string, SalesforceLimit>> {
        return (await this.conn.limits()) as unknown as Record<string, SalesforceLimit>;
    }

    /** The Id of the custom notification type with this developer name, if the org has one. */
    async customNotificationTypeId(developerName: string): Promise<string | undefined> {
        const soql = `SELECT Id FROM CustomNotificationType WHERE DeveloperName = ${soqlString(developerName)}`;
        const result = await this.conn.query<{ Id: string }>(soql);
        return result.records[0]?.Id;
    }

    /**
     * Sends one in-app notification through the standard action. The action
     * answers per input; a refused input comes back as HTTP 400 whose body
     * jsforce leaves unparsed, so its first error is read here.
     */
    async sendCustomNotification(input: CustomNotificationInput): Promise<ActionOutcome> {
        try {
            const results = await this.conn.requestPost<unknown[]>(
                '/actions/standard/customNotificationAction',
                { inputs: [input] }
            );
            return actionOutcome(results[0]);
        } catch (error) {
            const raw = (error as { data?: { message?: unknown } }).data?.message;
            if (typeof raw === 'string' && raw.trim().startsWith('['))
                return actionOutcome((JSON.parse(raw) as unknown[])[0]);
            throw error;
        }
    }

    async describe(objectName: string): Promise<DescribeResult> {
        const result = await this.conn.sobject(objectName).describe();
        return result as unknown as DescribeResult;
    }

    async describeGlobal(): Promise<GlobalDescribeEntry[]> {
        const result = await this.conn.describeGlobal();
        return result.sobjects.map((entry) => ({
            name: entry.name,
            label: entry.label,
            custom: entry.custom,
            queryable: entry.queryable,
            createable: entry.createable,
            updateable: entry.updateable,
            deletable: entry.deletable
        }));
    }

    /**
     * Every record whose SystemModstamp is at or after `since` (all records
     * when undefined), deleted ones included, oldest change first.
     */
    async changedSince(
        objectName: string,
        fields: string[],
        since: string | undefined
    ): Promise<SideRecord[]> {
        const where = since ? ` WHERE SystemModstamp >= ${since}` : '';
        const soql = `SELECT ${selectList(fields)} FROM ${objectName}${where} ORDER BY SystemModstamp ASC, Id ASC`;
        const query = this.conn.query(soql).scanAll(true).autoFetch(true).maxFetch(5_000_000);
        return (await allRecords(query)).map(toSideRecord);
    }

    /** Records whose `field` equals one of `values` (deleted ones excluded). */
    async findBy(
        objectName: string,
        fields: string[],
        field: string,
        values: string[]
    ): Promise<SideRecord[]> {
        const found: SideRecord[] = [];
        for (const chunk of chunks(unique(values), IN_CLAUSE_LIMIT)) {
            const list = chunk.map(soqlString).join(', ');
            const soql = `SELECT ${selectList(fields)} FROM ${objectName} WHERE ${field} IN (${list})`;
            const query = this.conn.query(soql).autoFetch(true).maxFetch(1_000_000);
            found.push(...(await allRecords(query)).map(toSideRecord));
        }
        return found;
    }

    async upsert(
        objectName: string,
        externalIdField: string,
        records: Array<Record<string, unknown>>
    ): Promise<WriteOutcome[]> {
        return this.inCollections(records, async (chunk) => {
            const results = await this.conn
                .sobject(objectName)
                .upsert(chunk as never[], externalIdField, { allOrNone: false });
            return results as unknown[];
        });
    }

    async update(
        objectName: string,
        records: Array<Record<string, unknown>>
    ): Promise<WriteOutcome[]> {
        return this.inCollections(records, async (chunk) => {
            const results = await this.conn
                .sobject(objectName)
                .update(chunk as never[], { allOrNone: false });
            return results as unknown[];
        });
    }

    async destroy(objectName: string, ids: string[]): Promise<WriteOutcome[]> {
        return this.inCollections(ids, async (chunk) => {
            const results = await this.conn
                .sobject(objectName)
                .destroy(chunk, { allOrNone: false });
            return results as unknown[];
        });
    }

    private async inCollections<T>(
        items: T[],
        write: (chunk: T[]) => Promise<unknown[]>
    ): Promise<WriteOutcome[]> {
        const outcomes: WriteOutcome[] = [];
        for (const chunk of chunks(items, COLLECTION_LIMIT)) {
            const results = await write(chunk);
            outcomes.push(...results.map(toWriteOutcome));
        }
        return outcomes;
    }

    /* jsforce exposes no request hook, so the transport is wrapped: it is the
       one place every REST call passes through, paging included. */
    private countRequests(): void {
        const transport = (this.conn as unknown as { _transport: CountingTransport })._transport;
        const original = transport.httpRequest.bind(transport);
        transport.httpRequest = (request, ...rest) => {
            if (request.url?.includes('/services/data/')) this.requests += 1;
            return original(request, ...rest);
        };
    }
}

/** Every page of a query, followed through nextRecordsUrl by jsforce. */
async function allRecords(
    query: Query<Schema, string, SfRecord, 'QueryResult'>
): Promise<Array<Record<string, unknown>>> {
    const records: unknown = await query.execute({ responseTarget: 'Records' });
    return records as Array<Record<string, unknown>>;
}

function toSideRecord(raw: Record<string, unknown>): SideRecord {
    const { attributes: _attributes, ...values } = raw;
    const id = toId18(String(values.Id ?? '')) ?? String(values.Id ?? '');
    values.Id = id;
    return {
        id,
        modifiedAt: toIsoInstant(values.LastModifiedDate ?? values.SystemModstamp),
        deleted: values.IsDeleted === true,
        values
    };
}

function toWriteOutcome(result: unknown): WriteOutcome {
    const item = result as {
        success?: boolean;
        id?: string;
        created?: boolean;
        errors?: unknown[];
    };
    if (item.success && item.id) {
        return { ok: true, id: toId18(item.id) ?? item.id, created: item.created === true };
    }
    const first = (item.errors?.[0] ?? {}) as {
        statusCode?: string;
        errorCode?: string;
        message?: string;
        fields?: string[];
    };
    return {
        ok: false,
        errorCode: first.statusCode ?? first.errorCode ?? 'UNKNOWN_ERROR',
        message: first.message ?? 'Salesforce reported a failure without a message',
        fields: first.fields ?? []
    };
}

function actionOutcome(result: unknown): ActionOutcome {
    const item = (result ?? {}) as {
        isSuccess?: boolean;
        errors?: Array<{ statusCode?: string; message?: string }> | null;
    };
    if (item.isSuccess === true) return { ok: true };
    const first = item.errors?.[0];
    return {
        ok: false,
        errorCode: first?.statusCode ?? 'UNKNOWN_ERROR',
        message: first?.message ?? 'the action reported a failure without a message'
    };
}

/** Salesforce's `2021-04-08T18:39:16.000+0000` as an ISO instant. */
export function toIsoInstant(value: unknown): string {
    if (typeof value !== 'string' || value === '') return new Date(0).toISOString();
    const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const instant = new Date(normalised);
    return Number.isNaN(instant.getTime()) ? new Date(0).toISOString() : instant.toISOString();
}

/** A SOQL datetime literal (unquoted, UTC) for an ISO instant. */
export function soqlDateTime(isoInstant: string): string {
    return new Date(isoInstant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

function selectList(fields: string[]): string {
    return unique(['Id', ...fields]).join(', ');
}

function unique<T>(values: T[]): T[] {
    return [...new Set(values)];
}

function chunks<T>(items: T[], size: number): T[][] {
    const result: T[][] = [];
    for (let start = 0; start < items.length; start += size)
        result.push(items.slice(start, start + size));
    return result;
}
