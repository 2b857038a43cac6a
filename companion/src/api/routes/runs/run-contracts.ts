/** Shapes the runs endpoints share: ids, the pilot filter, a run's summary. */
import { z } from 'zod';

export const mappingNameParams = z.strictObject({
    name: z
        .string()
        .regex(
            /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/,
            'a mapping name: letters, digits, space, _ . -, at most 100'
        )
});

export const runIdParams = z.strictObject({ runId: z.uuid() });

export const salesforceId = z
    .string()
    .regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'a 15- or 18-character Salesforce Id');
export const trustworthyId = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Trustworthy id: letters, digits, _ and -, at most 64');
const fieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'a field API name');

export const pilotContract = z
    .strictObject({
        salesforceIds: z.array(salesforceId).min(1).max(200).optional(),
        trustworthyIds: z.array(trustworthyId).min(1).max(200).optional(),
        where: z
            .strictObject({
                side: z.enum(['salesforce', 'trustworthy']),
                field: fieldName,
                equals: z.union([z.string().max(255), z.number(), z.boolean(), z.null()])
            })
            .optional()
    })
    .refine(
        (pilot) => pilot.salesforceIds || pilot.trustworthyIds || pilot.where,
        'a pilot names ids or a field condition'
    );

export const recordTargetContract = z
    .strictObject({
        side: z.enum(['salesforce', 'trustworthy']),
        id: z.string().max(64)
    })
    .refine(
        (target) =>
            (target.side === 'salesforce' ? salesforceId : trustworthyId).safeParse(target.id)
                .success,
        { message: 'not an id of that side', path: ['id'] }
    );

export const pageQuery = z.strictObject({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});

const counts = z.object({
    created: z.number(),
    updated: z.number(),
    deleted: z.number(),
    unchanged: z.number(),
    held: z.number(),
    failed: z.number()
});

export const runSummaryContract = z.object({
    id: z.string(),
    mappingName: z.string(),
    mappingVersion: z.number(),
    status: z.string(),
    trigger: z.string(),
    kind: z.string(),
    sourceRunId: z.string().nullable(),
    rolledBackBy: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    stoppedBy: z.string().nullable(),
    totals: counts.extend({ warnings: z.number() }).nullable(),
    apiCalls: z
        .object({
            salesforce: z.number(),
            trustworthy: z.number(),
            orgUsed: z.number().nullable(),
            dailyLimit: z.number().nullable()
        })
        .nullable()
});

export const pauseReplyContract = z.object({
    mappingName: z.string(),
    paused: z.boolean(),
    running: z.boolean()
});

export const goLiveReplyContract = z.object({
    mappingName: z.string(),
    recordCap: z.number().nullable(),
    pilot: z.record(z.string(), z.unknown()).nullable(),
    updatedAt: z.string().nullable()
});
