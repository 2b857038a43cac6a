/**
 * Match-key lookup: every record whose field equals one of up to 200 values.
 * Emails compare case-insensitively, as mail systems treat them.
 */
import { z } from 'zod';

import { ApiError, parseInput } from '../http/api-error';
import type { EmulatorRoute } from '../context';
import { objectForCollection } from './resolve-object';

export const MAX_LOOKUP_VALUES = 200;

const LOOKUP_TYPES = new Set(['string', 'email', 'phone', 'url', 'enum', 'reference']);

const lookupBody = z.object({
    field: z.string().min(1),
    values: z.array(z.string().max(1000)).min(1).max(MAX_LOOKUP_VALUES)
});

export const lookupRecords: EmulatorRoute = {
    method: 'post',
    path: '/v1/{collection}/lookup',
    handle: (req, res, context) => {
        const definition = objectForCollection(req.params.collection);
        const body = parseInput(lookupBody, req.body, 'body');

        const field = definition.fields.find((candidate) => candidate.name === body.field);
        if (!field || !LOOKUP_TYPES.has(field.type)) {
            throw new ApiError('validation_failed', 'the request body is not valid', [
                {
                    path: 'body.field',
                    issue: `${definition.name} cannot be looked up by ${body.field}`
                }
            ]);
        }

        const caseInsensitive = field.type === 'email';
        const records = context.store.lookup(
            definition.name,
            field.name,
            body.values,
            caseInsensitive
        );
        res.json({ records });
    }
};
