/**
 * What a record in a reply must look like, built from model.ts. It checks
 * each field's wire shape (decimals as strings, dates as YYYY-MM-DD, instants
 * in UTC) but not lengths or enum values: those are the API's to enforce, and
 * a value the service newly allows should not stop a sync.
 */
import { z } from 'zod';

import type { TrustworthyFieldInfo } from '../engine/types';
import type { TrustworthyObjectDef } from './model';
import {
    ADDRESS_KEYS,
    DATE_PATTERN,
    DECIMAL_PATTERN,
    EXTERNAL_REF_PATTERN,
    INSTANT_PATTERN,
    recordIdPattern
} from './wire-formats';

const INSTANT_ISSUE = 'must be an ISO-8601 UTC instant with milliseconds';

const address = z.strictObject(
    Object.fromEntries(ADDRESS_KEYS.map((key) => [key, z.string().nullable().optional()]))
);

function valueShape(field: TrustworthyFieldInfo): z.ZodType {
    switch (field.type) {
        case 'string':
        case 'text':
        case 'email':
        case 'phone':
        case 'url':
        case 'enum':
        case 'reference':
            return z.string();
        case 'multi_enum':
            return z.array(z.string());
        case 'boolean':
            return z.boolean();
        case 'date':
            return z.string().regex(DATE_PATTERN, 'must be YYYY-MM-DD');
        case 'datetime':
            return z.string().regex(INSTANT_PATTERN, INSTANT_ISSUE);
        case 'decimal':
            return z.string().regex(DECIMAL_PATTERN, 'must be a decimal string');
        case 'integer':
            return z.number().int();
        case 'address':
            return address;
    }
}

const SYSTEM_FIELDS = new Set(['id', 'external_ref', 'created_at', 'updated_at']);

export function recordSchemaFor(definition: TrustworthyObjectDef) {
    const fieldShapes = definition.fields
        .filter((field) => !SYSTEM_FIELDS.has(field.name))
        .map((field) => [field.name, valueShape(field).nullable().optional()] as const);

    return z.looseObject({
        id: z
            .string()
            .regex(recordIdPattern(definition.idPrefix), `must be a ${definition.idPrefix} id`),
        external_ref: z
            .string()
            .regex(EXTERNAL_REF_PATTERN, 'must be an 18-character Salesforce Id')
            .nullable(),
        created_at: z.string().regex(INSTANT_PATTERN, INSTANT_ISSUE),
        updated_at: z.string().regex(INSTANT_PATTERN, INSTANT_ISSUE),
        version: z.number().int().min(1),
        ...Object.fromEntries(fieldShapes)
    });
}
