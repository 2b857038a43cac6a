/**
 * The mapping file's shape, as zod schemas. The file is meant to be read and
 * edited by people (and later exported and imported), so every object is
 * strict: a misspelt property is reported instead of silently ignored.
 * Rules that need more than one property at a time live in mapping-rules.ts.
 */
import { z } from 'zod';

export const TRANSFORM_KINDS = [
    'text',
    'picklist',
    'multi_picklist',
    'date',
    'datetime',
    'number',
    'boolean',
    'email',
    'phone',
    'address',
    'reference'
] as const;

const side = z.enum(['salesforce', 'trustworthy']);
const direction = z.enum(['both', 'to_salesforce', 'to_trustworthy']);
/* Limits keep a pasted or imported document from growing without bound. */
const name = z.string().trim().min(1).max(255);
const valueMap = z.record(z.string(), z.string());

export const fieldMappingSchema = z.strictObject({
    salesforce: name,
    trustworthy: name,
    transform: z.enum(TRANSFORM_KINDS),
    valueMap: valueMap.optional(),
    reverseValueMap: valueMap.optional(),
    unmappedValue: z.enum(['reject', 'pass_through']).optional(),
    pairing: name.optional(),
    owner: side.optional(),
    direction: direction.optional()
});

export const matchKeySchema = z.strictObject({
    salesforce: name,
    trustworthy: name
});

/**
 * Fields of either object that hold secrets (a tax number, a medical note):
 * never mapped, never read or written by the sync, never in a log or audit value.
 */
export const confidentialFieldsSchema = z.strictObject({
    salesforce: z.array(name).max(500),
    trustworthy: z.array(name).max(500)
});

export const pairingSchema = z.strictObject({
    id: name,
    salesforceObject: name,
    trustworthyObject: name,
    direction,
    conflictPolicy: z.enum([
        'salesforce_wins',
        'trustworthy_wins',
        'newest_wins',
        'field_owner',
        'hold'
    ]),
    deletions: z.enum(['propagate', 'flag', 'ignore']),
    textOverflow: z.enum(['truncate', 'reject']),
    matchKeys: z.array(matchKeySchema).max(20),
    fields: z.array(fieldMappingSchema).min(1).max(500),
    confidentialFields: confidentialFieldsSchema.optional()
});

export const mappingFileSchema = z.strictObject({
    format: z.literal('trustworthy-sync/mapping'),
    formatVersion: z.literal(1),
    name,
    pairings: z.array(pairingSchema).min(1).max(50)
});

export type TransformKind = (typeof TRANSFORM_KINDS)[number];
export type FieldMapping = z.infer<typeof fieldMappingSchema>;
export type MatchKey = z.infer<typeof matchKeySchema>;
export type Pairing = z.infer<typeof pairingSchema>;
export type ConfidentialFields = z.infer<typeof confidentialFieldsSchema>;
export type MappingFile = z.infer<typeof mappingFileSchema>;

/** One problem in a mapping, located by its JSON path (`pairings[0].fields[3].transform`). */
export interface MappingIssue {
    path: string;
    message: string;
}
