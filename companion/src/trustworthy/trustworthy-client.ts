/**
 * The adapter: the only code in the product that speaks the Trustworthy API
 * (trustworthy-api.openapi.yaml). Methods take object names from model.ts,
 * chunk requests to the API's limits, check every reply against the contract
 * and throw TrustworthyApiError for anything that is not a success.
 */
import type { z } from 'zod';

import type {
    TrustworthyApiRecord,
    TrustworthyChangePage,
    TrustworthyDeleteResult,
    TrustworthyObjectSchema,
    TrustworthyRateLimit,
    TrustworthyRecordPage,
    TrustworthyUpsert,
    TrustworthyUpsertResult,
    TrustworthyWebhook,
    TrustworthyWebhookEvent
} from './api-types';
import { CLIENT_ERROR_CODES, TrustworthyApiError } from './api-error';
import type { RequestSpec, TrustworthyLogger } from './http-transport';
import { HttpTransport } from './http-transport';
import { assertIdempotencyKey, chunk, chunkIdempotencyKey } from './idempotency-keys';
import type { TrustworthyObjectDef } from './model';
import { findTrustworthyObject } from './model';
import {
    changesReply,
    deleteReply,
    listReply,
    lookupReply,
    objectSchemaReply,
    recordReply,
    schemaReply,
    upsertReply,
    webhookReply
} from './reply-schemas';
import { DEFAULT_RETRY_SETTINGS } from './retry-policy';
import { toChange, toObjectSchema, withBatchIndexes } from './wire-mapping';

/** The API's limits: values per lookup and records per batch. */
export const LOOKUP_CHUNK_SIZE = 200;
export const BATCH_CHUNK_SIZE = 200;

export interface TrustworthyClientOptions {
    baseUrl: string;
    apiKey: string;
    logger?: TrustworthyLogger;
    /** Retries after the first attempt (default 3). */
    maxRetries?: number;
    /** Longest wait the client sits out before a retry (default 30 s); longer ones are thrown. */
    maxRetryWaitMs?: number;
    /** First backoff step for 5xx and network failures (default 250 ms, doubling). */
    retryBaseDelayMs?: number;
    timeoutMs?: number;
    fetchImpl?: typeof fetch;
    /** Replaced in tests to observe waits instead of sleeping through them. */
    sleep?: (milliseconds: number) => Promise<void>;
}

const realSleep = (milliseconds: number) =>
    new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

export class TrustworthyClient {
    private readonly transport: HttpTransport;

    constructor(options: TrustworthyClientOptions) {
        if (!/^https?:\/\//.test(options.baseUrl)) {
            throw new Error('baseUrl must be an http(s) URL');
        }
        this.transport = new HttpTransport({
            baseUrl: options.baseUrl,
            apiKey: options.apiKey,
            fetchImpl: options.fetchImpl ?? fetch,
            sleep: options.sleep ?? realSleep,
            now: () => new Date(),
            timeoutMs: options.timeoutMs ?? 30_000,
            retry: {
                ...DEFAULT_RETRY_SETTINGS,
                ...(options.maxRetries !== undefined && { maxRetries: options.maxRetries }),
                ...(options.maxRetryWaitMs !== undefined && { maxWaitMs: options.maxRetryWaitMs }),
                ...(options.retryBaseDelayMs !== undefined && {
                    baseDelayMs: options.retryBaseDelayMs
                })
            },
            ...(options.logger && { logger: options.logger })
        });
    }

    /** HTTP requests sent so far, retries included. */
    get requestCount(): number {
        return this.transport.requestCount;
    }

    /** The rate-limit headers of the most recent reply that had them. */
    get rateLimit(): TrustworthyRateLimit | undefined {
        return this.transport.rateLimit;
    }

    async getSchema(): Promise<TrustworthyObjectSchema[]> {
        const spec: RequestSpec = { method: 'GET', path: '/v1/schema', repeatable: true };
        const reply = await this.read(spec, schemaReply);
        return reply.objects.map(toObjectSchema);
    }

    async getObjectSchema(object: string): Promise<TrustworthyObjectSchema> {
        const path = `/v1/schema/${encodeURIComponent(object)}`;
        const reply = await this.read({ method: 'GET', path, repeatable: true }, objectSchemaReply);
        return toObjectSchema(reply);
    }

    /** undefined when no such record exists (never had, or deleted). */
    async getRecord(object: string, id: string): Promise<TrustworthyApiRecord | undefined> {
        const definition = this.definition(object);
        const path = `/v1/${definition.collection}/${encodeURIComponent(id)}`;
        try {
            return await this.read(
                { method: 'GET', path, repeatable: true },
                recordReply(definition)
            );
        } catch (error) {
            if (error instanceof TrustworthyApiError && error.status === 404) return undefined;
            throw error;
        }
    }

    async listRecords(
        object: string,
        page: { after?: string; limit?: number } = {}
    ): Promise<TrustworthyRecordPage> {
        const definition = this.definition(object);
        const spec: RequestSpec = {
            method: 'GET',
            path: `/v1/${definition.collection}`,
            query: { after: page.after, limit: page.limit },
            repeatable: true
        };
        const reply = await this.read(spec, listReply(definition));
        return { records: reply.records, hasMore: reply.has_more, nextAfter: reply.next_after };
    }

    /** One page of the change feed; without a cursor, from the beginning. */
    async listChanges(
        object: string,
        cursor?: string,
        limit?: number
    ): Promise<TrustworthyChangePage> {
        const definition = this.definition(object);
        const spec: RequestSpec = {
            method: 'GET',
            path: '/v1/changes',
            query: { object: definition.name, cursor, limit },
            repeatable: true
        };
        const reply = await this.read(spec, changesReply(definition));
        return {
            changes: reply.changes.map(toChange),
            nextCursor: reply.next_cursor,
            hasMore: reply.has_more
        };
    }

    /** Every record whose field equals one of the values, each record once. */
    async lookup(
        object: string,
        field: string,
        values: readonly string[]
    ): Promise<TrustworthyApiRecord[]> {
        const definition = this.definition(object);
        const found = new Map<string, TrustworthyApiRecord>();

        for (const part of chunk([...new Set(values)], LOOKUP_CHUNK_SIZE)) {
            const spec: RequestSpec = {
                method: 'POST',
                path: `/v1/${definition.collection}/lookup`,
                body: { field, values: part },
                repeatable: true
            };
            const reply = await this.read(spec, lookupReply(definition));
            for (const record of reply.records) found.set(record.id, record);
        }
        return [...found.values()];
    }

    /**
     * Upserts in chunks of 200, each with a key derived from `idempotencyKey`.
     * Calling again with the same key and records replays what already landed.
     */
    async upsertBatch(
        object: string,
        records: readonly TrustworthyUpsert[],
        idempotencyKey: string
    ): Promise<TrustworthyUpsertResult[]> {
        const definition = this.definition(object);
        assertIdempotencyKey(idempotencyKey);

        const chunks = chunk(records, BATCH_CHUNK_SIZE);
        const results: TrustworthyUpsertResult[] = [];
        for (const [chunkIndex, part] of chunks.entries()) {
            const body = {
                records: part.map((record) => ({
                    ...(record.id !== undefined && { id: record.id }),
                    ...(record.externalRef !== undefined && { external_ref: record.externalRef }),
                    fields: record.fields
                }))
            };
            const key = chunkIdempotencyKey(idempotencyKey, chunkIndex, chunks.length);
            const reply = await this.write(
                definition,
                'batch',
                body,
                key,
                upsertReply,
                part.length
            );

            results.push(...withBatchIndexes(reply.results, chunkIndex * BATCH_CHUNK_SIZE));
        }
        return results;
    }

    async deleteBatch(
        object: string,
        ids: readonly string[],
        idempotencyKey: string
    ): Promise<TrustworthyDeleteResult[]> {
        const definition = this.definition(object);
        assertIdempotencyKey(idempotencyKey);

        const chunks = chunk(ids, BATCH_CHUNK_SIZE);
        const results: TrustworthyDeleteResult[] = [];
        for (const [chunkIndex, part] of chunks.entries()) {
            const key = chunkIdempotencyKey(idempotencyKey, chunkIndex, chunks.length);
            const body = { ids: part };
            const reply = await this.write(
                definition,
                'batch-delete',
                body,
                key,
                deleteReply,
                part.length
            );

            results.push(...withBatchIndexes(reply.results, chunkIndex * BATCH_CHUNK_SIZE));
        }
        return results;
    }

    /** Not repeated on 5xx or network failure: without a key, a retry could register twice. */
    async registerWebhook(
        url: string,
        events: readonly TrustworthyWebhookEvent[]
    ): Promise<TrustworthyWebhook> {
        const body = { url, events };
        const spec: RequestSpec = { method: 'POST', path: '/v1/webhooks', body, repeatable: false };
        const reply = await this.read(spec, webhookReply);
        const { id, secret, created_at: createdAt } = reply;
        return { id, url: reply.url, events: reply.events, secret, createdAt };
    }

    async deleteWebhook(id: string): Promise<void> {
        const path = `/v1/webhooks/${encodeURIComponent(id)}`;
        await this.transport.send({ method: 'DELETE', path, repeatable: true }, undefined);
    }

    private definition(object: string): TrustworthyObjectDef {
        const definition = findTrustworthyObject(object);
        if (definition) return definition;
        throw new TrustworthyApiError({
            status: 0,
            code: CLIENT_ERROR_CODES.badArgument,
            message: `Trustworthy has no object named ${object}`,
            retryable: false
        });
    }

    private async read<T>(spec: RequestSpec, schema: z.ZodType<T>): Promise<T> {
        return (await this.transport.send(spec, schema)) as T;
    }

    /** A batch reply must answer every record sent, in order, or the results cannot be trusted. */
    private async write<T extends { results: Array<{ index: number }> }>(
        definition: TrustworthyObjectDef,
        operation: 'batch' | 'batch-delete',
        body: unknown,
        idempotencyKey: string,
        schema: z.ZodType<T>,
        expected: number
    ): Promise<T> {
        const spec: RequestSpec = {
            method: 'POST',
            path: `/v1/${definition.collection}/${operation}`,
            body,
            headers: { 'Idempotency-Key': idempotencyKey },
            repeatable: true
        };
        const reply = await this.read(spec, schema);

        const { results } = reply;
        const inOrder =
            results.length === expected && results.every((result, i) => result.index === i);
        if (inOrder) return reply;
        throw new TrustworthyApiError({
            status: 200,
            code: CLIENT_ERROR_CODES.contract,
            message: `POST ${spec.path} replied outside the contract: ${results.length} results for ${expected} records`,
            retryable: false
        });
    }
}
