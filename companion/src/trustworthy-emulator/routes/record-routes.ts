/**
 * Reading records: one by id, or all of a collection in id order, paged by
 * the last id seen.
 */
import { z } from 'zod';

import { ApiError, parseInput } from '../http/api-error';
import type { EmulatorRoute } from '../context';
import { objectForCollection, pathParam } from './resolve-object';

const listQuery = z.object({
    limit: z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(1).max(1000))
        .optional(),
    after: z.string().min(1).max(64).optional()
});

export const getRecord: EmulatorRoute = {
    method: 'get',
    path: '/v1/{collection}/{id}',
    handle: (req, res, context) => {
        const definition = objectForCollection(req.params.collection);
        const id = pathParam(req.params, 'id');
        const record = context.store.get(definition.name, id);
        if (!record) throw new ApiError('not_found', `no ${definition.name} has id ${id}`);
        res.json(record);
    }
};

export const listRecords: EmulatorRoute = {
    method: 'get',
    path: '/v1/{collection}',
    handle: (req, res, context) => {
        const definition = objectForCollection(req.params.collection);
        const query = parseInput(listQuery, req.query, 'query');
        const limit = query.limit ?? 100;

        // One extra row tells whether another page follows without a count query.
        const rows = context.store.list(definition.name, query.after, limit + 1);
        const records = rows.slice(0, limit);
        const hasMore = rows.length > limit;
        const nextAfter = hasMore ? (records.at(-1)?.id ?? null) : null;
        res.json({ records, has_more: hasMore, next_after: nextAfter });
    }
};
