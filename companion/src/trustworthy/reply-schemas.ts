/**
 * The contract's reply shapes as zod schemas. Every reply is parsed with one
 * of these; a reply that does not fit is a contract violation, reported with
 * the paths that broke rather than passed on half-understood.
 */
import { z } from 'zod';

import type { TrustworthyObjectDef } from './model';
import { recordSchemaFor } from './record-schema';
import { INSTANT_PATTERN } from './wire-formats';

const instant = z.string().regex(INSTANT_PATTERN, 'must be an ISO-8601 UTC instant with ms');

export const errorEnvelope = z.object({
    error: z.object({
        code: z.string().min(1),
        message: z.string(),
        details: z.array(z.object({ path: z.string(), issue: z.string() })).default([])
    })
});

const fieldInfo = z.object({
    name: z.string().min(1),
    type: z.enum([
        'string',
        'text',
        'email',
        'phone',
        'url',
        'enum',
        'multi_enum',
        'boolean',
        'date',
        'datetime',
        'decimal',
        'integer',
        'address',
        'reference'
    ]),
    required: z.boolean(),
    read_only: z.boolean(),
    max_length: z.number().int().positive().nullable(),
    precision: z.number().int().positive().nullable(),
    scale: z.number().int().nonnegative().nullable(),
    enum_values: z.array(z.string()).nullable(),
    reference_to: z.string().nullable()
});

export const objectSchemaReply = z.object({
    name: z.string().min(1),
    label: z.string(),
    collection: z.string().min(1),
    id_prefix: z.string().min(1),
    fields: z.array(fieldInfo)
});

export const schemaReply = z.object({ objects: z.array(objectSchemaReply) });

export function recordReply(definition: TrustworthyObjectDef) {
    return recordSchemaFor(definition);
}

export function listReply(definition: TrustworthyObjectDef) {
    return z.object({
        records: z.array(recordSchemaFor(definition)),
        has_more: z.boolean(),
        next_after: z.string().nullable()
    });
}

export function lookupReply(definition: TrustworthyObjectDef) {
    return z.object({ records: z.array(recordSchemaFor(definition)) });
}

export function changesReply(definition: TrustworthyObjectDef) {
    const change = z
        .object({
            sequence: z.number().int().positive(),
            object: z.literal(definition.name),
            id: z.string().min(1),
            change: z.enum(['upsert', 'delete']),
            occurred_at: instant,
            record: recordSchemaFor(definition).optional()
        })
        .refine((entry) => (entry.change === 'upsert') === (entry.record !== undefined), {
            message: 'an upsert carries its record and a delete does not'
        });

    return z.object({
        changes: z
            .array(change)
            .refine(
                (changes) =>
                    changes.every(
                        (entry, i) => i === 0 || entry.sequence > (changes[i - 1]?.sequence ?? 0)
                    ),
                'changes must be in increasing sequence order'
            ),
        next_cursor: z.string().min(1),
        has_more: z.boolean()
    });
}

const recordError = z.object({
    code: z.string().min(1),
    message: z.string(),
    field: z.string().nullable()
});

export const upsertReply = z.object({
    results: z.array(
        z.object({
            index: z.number().int().nonnegative(),
            status: z.enum(['created', 'updated', 'unchanged', 'error']),
            id: z.string().nullable(),
            version: z.number().int().positive().nullable(),
            error: recordError.optional()
        })
    )
});

export const deleteReply = z.object({
    results: z.array(
        z.object({
            index: z.number().int().nonnegative(),
            id: z.string(),
            status: z.enum(['deleted', 'error']),
            error: recordError.optional()
        })
    )
});

export const webhookReply = z.object({
    id: z.string().min(1),
    url: z.string(),
    events: z.array(z.enum(['record.changed', 'record.deleted'])),
    secret: z.string().min(16),
    created_at: instant
});
