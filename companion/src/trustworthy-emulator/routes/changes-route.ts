/**
 * The change feed: one object's changes in commit-sequence order after the
 * cursor (from the start without one). The reply's cursor always points past
 * what it returned, so an empty page can be polled again with it.
 */
import { z } from 'zod';

import { DELETION_RETENTION_MS } from '../store/change-log';
import { encodeCursor, decodeCursor } from '../cursor';
import { ApiError, parseInput } from '../http/api-error';
import type { EmulatorRoute } from '../context';
import { objectByName } from './resolve-object';

const changesQuery = z.object({
    object: z.string().min(1),
    cursor: z.string().min(1).optional(),
    limit: z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(1).max(1000))
        .optional()
});

export const listChanges: EmulatorRoute = {
    method: 'get',
    path: '/v1/changes',
    handle: (req, res, context) => {
        const query = parseInput(changesQuery, req.query, 'query');
        const definition = objectByName(query.object);
        const now = context.clock.now().getTime();
        context.changes.pruneDeletionsBefore(new Date(now - DELETION_RETENTION_MS));

        let after = 0;
        if (query.cursor !== undefined) {
            const decoded = decodeCursor(query.cursor, {
                instanceId: context.instanceId,
                object: definition.name,
                lastSequence: context.changes.lastSequence()
            });
            if (decoded === undefined) {
                const message = `the cursor is not a ${definition.name} cursor from this feed`;
                throw new ApiError('invalid_cursor', message);
            }
            after = decoded;
        }

        const limit = query.limit ?? 500;
        const { entries, hasMore } = context.changes.read(definition.name, after, limit);
        const sequence = entries.at(-1)?.sequence ?? after;
        res.json({
            changes: entries,
            next_cursor: encodeCursor({
                instanceId: context.instanceId,
                object: definition.name,
                sequence
            }),
            has_more: hasMore
        });
    }
};
