/** The zod contracts the mappings endpoints share. */
import { z } from 'zod';

import { mappingFileSchema } from '../../../engine/mapping/mapping-schema';

/* Names travel in URLs and file names: letters, digits and a few separators. */
export const mappingNameParams = z.strictObject({
    name: z
        .string()
        .regex(
            /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/,
            'a mapping name: letters, digits, space, _ . -, at most 100'
        )
});

export const versionQuery = z.strictObject({
    version: z
        .string()
        .regex(/^[1-9][0-9]{0,8}$/, 'a version number from 1')
        .transform(Number)
        .optional()
});

/*
 * A mapping document is checked by the mapping validator, not by the request
 * contract, so a broken one is answered with every problem's JSON path
 * (mapping_invalid) rather than with the generic validation failure.
 * The published schema still shows the document's real shape.
 */
export const mappingDocumentBody = z.record(z.string(), z.unknown()).meta({
    ...documentShape(),
    description:
        'A mapping document: format "trustworthy-sync/mapping", formatVersion 1, a name and its pairings.'
});

export const issueContract = z.object({ path: z.string(), message: z.string() });

export const validationReportContract = z.object({
    valid: z.boolean(),
    errors: z.array(issueContract),
    warnings: z.array(issueContract)
});

export const mappingSummaryContract = z.object({
    name: z.string(),
    latestVersion: z.number().int(),
    paused: z.boolean(),
    pausedAt: z.string().nullable(),
    deletedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string()
});

export const mappingVersionInfoContract = z.object({
    version: z.number().int(),
    source: z.string(),
    createdAt: z.string()
});

export const mappingVersionContract = mappingVersionInfoContract.extend({
    name: z.string(),
    mapping: z.record(z.string(), z.unknown())
});

export const savedMappingContract = z.object({
    name: z.string(),
    version: z.number().int(),
    warnings: z.array(issueContract)
});

export const MAPPING_WRITE_ERRORS = [
    'mapping_invalid',
    'salesforce_not_connected',
    'trustworthy_not_connected',
    'salesforce_error',
    'trustworthy_error'
];

function documentShape(): Record<string, unknown> {
    const { $schema: _dialect, ...shape } = z.toJSONSchema(mappingFileSchema, {
        io: 'input'
    }) as Record<string, unknown>;
    return shape;
}
