/**
 * The schema catalog over the store's schema cache. Salesforce describes are
 * kept under the same key the runner reads (a superset of its shape: the
 * object's permissions and the field flags the preflight needs), so a
 * refresh here is also what the next run sees.
 */
import { z } from 'zod';

import { ApiError } from '../../api/api-error';
import type { ConnectionManager } from '../connections/connection-manager';
import type { Repositories } from '../../store/repositories';
import type { SchemaCatalog, SalesforceObjectSchema, SchemaReadOptions } from './schema-catalog';
import type { TrustworthyFieldInfo } from '../../engine/types';

/* The runner caches for a day too; a refresh from the API makes a change visible at once. */
const CACHE_TTL_MS = 24 * 60 * 60 * 1000;

const describeField = z.object({
    name: z.string(),
    label: z.string().catch(''),
    type: z.string(),
    length: z.number().catch(0),
    precision: z.number().catch(0),
    scale: z.number().catch(0),
    digits: z.number().catch(0),
    nillable: z.boolean().catch(true),
    createable: z.boolean().catch(false),
    updateable: z.boolean().catch(false),
    defaultedOnCreate: z.boolean().catch(false),
    externalId: z.boolean().catch(false),
    calculated: z.boolean().catch(false),
    autoNumber: z.boolean().catch(false),
    restrictedPicklist: z.boolean().catch(false),
    picklistValues: z
        .array(
            z.object({
                value: z.string(),
                label: z.string().nullable().catch(null),
                active: z.boolean().catch(true)
            })
        )
        .catch([]),
    referenceTo: z.array(z.string()).catch([]),
    compoundFieldName: z.string().nullable().catch(null)
});

const trustworthyFieldList = z.array(
    z.custom<TrustworthyFieldInfo>(
        (value) => typeof value === 'object' && value !== null && 'name' in value && 'type' in value
    )
);

/* Strict about the object flags: a cache entry written by the runner lacks them and is re-described. */
const describeBody = z.object({
    name: z.string(),
    label: z.string(),
    createable: z.boolean(),
    updateable: z.boolean(),
    deletable: z.boolean(),
    fields: z.array(describeField)
});

export interface CatalogContext {
    repositories: Repositories;
    connections: () => ConnectionManager;
    now: () => Date;
}

export function cachedSchemaCatalog(ctx: CatalogContext): SchemaCatalog {
    return {
        async salesforceObjects() {
            const salesforce = await ctx.connections().salesforce();
            const objects = await salesforceCall(() => salesforce.describeGlobal());
            return objects.filter((entry) => entry.queryable);
        },

        async salesforceObject(name, options = {}) {
            const cached = await fromCache(ctx, 'salesforce', name, options, describeBody);
            if (cached) return { ...cached.body, fetchedAt: cached.fetchedAt };

            const salesforce = await ctx.connections().salesforce();
            const raw: unknown = await salesforceCall(() => salesforce.describe(name), name);
            const parsed = describeBody.safeParse(raw);
            if (!parsed.success)
                throw new ApiError(
                    'salesforce_error',
                    `the describe of ${name} was not understood`
                );
            const body = slim(parsed.data);
            return { ...body, fetchedAt: await store(ctx, 'salesforce', name, body) };
        },

        async trustworthyObjects() {
            const trustworthy = await ctx.connections().trustworthy();
            return trustworthyCall(() => trustworthy.objects());
        },

        async trustworthyObject(name, options = {}) {
            const cached = await fromCache(ctx, 'trustworthy', name, options, trustworthyFieldList);
            if (cached) return { name, fields: cached.body, fetchedAt: cached.fetchedAt };

            const trustworthy = await ctx.connections().trustworthy();
            const fields = await trustworthyCall(() => trustworthy.objectFields(name), name);
            return { name, fields, fetchedAt: await store(ctx, 'trustworthy', name, fields) };
        }
    };
}

async function fromCache<T>(
    ctx: CatalogContext,
    side: string,
    name: string,
    options: SchemaReadOptions,
    schema: z.ZodType<T>
): Promise<{ body: T; fetchedAt: string } | undefined> {
    if (options.refresh) return undefined;
    const cached = await ctx.repositories.schemaCache.get(side, name);
    if (!cached || ctx.now().getTime() - Date.parse(cached.fetchedAt) >= CACHE_TTL_MS)
        return undefined;
    const parsed = schema.safeParse(cached.body);
    return parsed.success ? { body: parsed.data, fetchedAt: cached.fetchedAt } : undefined;
}

/** Stores the body and answers with when it was fetched. */
async function store(
    ctx: CatalogContext,
    side: string,
    name: string,
    body: unknown
): Promise<string> {
    const fetchedAt = ctx.now().toISOString();
    await ctx.repositories.schemaCache.put(side, name, body, fetchedAt);
    return fetchedAt;
}

/* Only what the catalog and the runner read: a real describe is several times larger. */
function slim(body: SalesforceObjectSchema): SalesforceObjectSchema {
    const { name, label, createable, updateable, deletable, fields } = body;
    return { name, label, createable, updateable, deletable, fields };
}

/** Salesforce's own failures as the API's: an object the user cannot see is a 404 naming it. */
async function salesforceCall<T>(call: () => Promise<T>, objectName?: string): Promise<T> {
    try {
        return await call();
    } catch (error) {
        if (error instanceof ApiError) throw error;
        const code = (error as { errorCode?: unknown }).errorCode;
        if (objectName && (code === 'NOT_FOUND' || code === 'INVALID_TYPE')) {
            throw new ApiError(
                'not_found',
                `Salesforce object ${objectName} does not exist or the integration user cannot see it`
            );
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new ApiError(
            'salesforce_error',
            `Salesforce refused the describe: ${typeof code === 'string' ? `${code}: ` : ''}${message}`
        );
    }
}

async function trustworthyCall<T>(call: () => Promise<T>, objectName?: string): Promise<T> {
    try {
        return await call();
    } catch (error) {
        if (error instanceof ApiError) throw error;
        const status = (error as { status?: unknown }).status;
        if (objectName && status === 404)
            throw new ApiError('not_found', `Trustworthy object ${objectName} does not exist`);
        const message = error instanceof Error ? error.message : String(error);
        throw new ApiError(
            'trustworthy_error',
            `Trustworthy refused the schema request: ${message}`
        );
    }
}
