/**
 * Batch writes. The request shape is checked as a whole (400 when broken);
 * field-level problems are reported per record in a 200 reply so one bad
 * record never holds back the rest.
 */
import { z } from 'zod';

import { EXTERNAL_REF_PATTERN } from '../../trustworthy/wire-formats';
import { applyDeleteBatch } from '../batch-delete';
import { applyUpsertBatch } from '../batch-upsert';
import { parseInput } from '../http/api-error';
import type { EmulatorRoute } from '../context';
import { replyIdempotently } from './idempotent-reply';
import { objectForCollection } from './resolve-object';

export const MAX_BATCH_SIZE = 200;

const upsertBody = z.object({
    records: z
        .array(
            z.strictObject({
                id: z.string().min(1).max(40).optional(),
                external_ref: z
                    .string()
                    .regex(EXTERNAL_REF_PATTERN, 'must be an 18-character Salesforce Id')
                    .nullable()
                    .optional(),
                fields: z.record(z.string(), z.unknown())
            })
        )
        .min(1)
        .max(MAX_BATCH_SIZE)
});

const deleteBody = z.object({
    ids: z.array(z.string().min(1).max(40)).min(1).max(MAX_BATCH_SIZE)
});

export const upsertBatch: EmulatorRoute = {
    method: 'post',
    path: '/v1/{collection}/batch',
    handle: (req, res, context) => {
        const definition = objectForCollection(req.params.collection);
        const body = parseInput(upsertBody, req.body, 'body');
        replyIdempotently(req, res, context, () => ({
            results: applyUpsertBatch(context, definition, body.records)
        }));
    }
};

export const deleteBatch: EmulatorRoute = {
    method: 'post',
    path: '/v1/{collection}/batch-delete',
    handle: (req, res, context) => {
        const definition = objectForCollection(req.params.collection);
        const body = parseInput(deleteBody, req.body, 'body');
        replyIdempotently(req, res, context, () => ({
            results: applyDeleteBatch(context, definition, body.ids)
        }));
    }
};
