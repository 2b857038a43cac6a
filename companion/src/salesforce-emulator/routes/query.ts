/**
 * The REST query endpoints: `query`, `queryAll`, and `query/<locator>` for
 * the following pages of either (jsforce resumes queryAll cursors through
 * `/query/` too). Mounted under `/services/data/v:version`.
 */
import express, { type Request, type Response } from 'express';

import type { EmulatorClock } from '../clock';
import type { EmulatorLocals, RowSource, SchemaView } from '../context';
import { sendSalesforceError } from '../http/errors';
import { describeColumns } from '../soql/column-metadata';
import { loadRecords, prepareSoql, runSoql, type SoqlDeps } from '../soql/execute';
import { QueryCursorStore, type QueryCursor } from '../soql/query-cursors';
import { SoqlError } from '../soql/soql-error';

const DEFAULT_BATCH_SIZE = 2000;
const MIN_BATCH_SIZE = 200;
const MAX_BATCH_SIZE = 2000;

export function createQueryRouter(
    schema: SchemaView,
    rows: RowSource,
    clock: EmulatorClock,
    cursors: QueryCursorStore = new QueryCursorStore(clock)
): express.Router {
    const router = express.Router({ mergeParams: true });
    const deps: SoqlDeps = { schema, rows, clock };

    router.get('/query', (req, res) => startQuery(req, res, deps, cursors, false));
    router.get('/queryAll', (req, res) => startQuery(req, res, deps, cursors, true));
    router.get('/query/:locator', (req, res) => continueQuery(req, res, deps, cursors));
    return router;
}

function startQuery(
    req: Request,
    res: Response,
    deps: SoqlDeps,
    cursors: QueryCursorStore,
    includeDeleted: boolean
): void {
    const { userId, apiVersion } = readLocals(res);
    const soql = req.query.q;
    if (typeof soql !== 'string' || soql.trim() === '') {
        sendSalesforceError(res, 400, 'MALFORMED_QUERY', 'A query string has to be specified');
        return;
    }

    try {
        const request = { soql, userId, includeDeleted };
        if (req.query.columns === 'true') {
            res.json(describeColumns(prepareSoql(request, deps)));
            return;
        }

        const outcome = runSoql(request, deps);
        if (outcome.kind === 'count') {
            res.json({ totalSize: outcome.totalSize, done: true, records: [] });
            return;
        }
        if (outcome.kind === 'aggregate') {
            res.json({ totalSize: outcome.records.length, done: true, records: outcome.records });
            return;
        }

        const cursor = cursors.open(
            userId,
            outcome.query,
            outcome.ids,
            batchSizeOf(req, DEFAULT_BATCH_SIZE)
        );
        sendPage(res, cursors, cursor, 0, cursor.batchSize, deps.rows, apiVersion);
    } catch (error) {
        if (!(error instanceof SoqlError)) throw error;
        sendSalesforceError(res, 400, error.errorCode, error.message);
    }
}

function continueQuery(
    req: Request,
    res: Response,
    deps: SoqlDeps,
    cursors: QueryCursorStore
): void {
    const { userId, apiVersion } = readLocals(res);
    const locator = /^([0-9A-Za-z]+)-(\d+)$/.exec(String(req.params.locator));
    const cursor = locator?.[1] ? cursors.find(locator[1], userId) : undefined;
    const offset = Number(locator?.[2]);

    if (!cursor || !Number.isSafeInteger(offset) || offset > cursor.ids.length) {
        sendSalesforceError(res, 400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
        return;
    }
    sendPage(
        res,
        cursors,
        cursor,
        offset,
        batchSizeOf(req, cursor.batchSize),
        deps.rows,
        apiVersion
    );
}

function sendPage(
    res: Response,
    cursors: QueryCursorStore,
    cursor: QueryCursor,
    offset: number,
    batchSize: number,
    rows: RowSource,
    apiVersion: string
): void {
    const end = Math.min(offset + batchSize, cursor.ids.length);
    const records = loadRecords(cursor.query, cursor.ids.slice(offset, end), rows, apiVersion);
    const totalSize = cursor.ids.length;

    if (end >= totalSize) {
        cursors.close(cursor.id);
        res.json({ totalSize, done: true, records });
        return;
    }

    const nextRecordsUrl = `/services/data/v${apiVersion}/query/${cursor.id}-${end}`;
    res.json({ totalSize, done: false, nextRecordsUrl, records });
}

/**
 * `Sforce-Query-Options: batchSize=N`. Salesforce promises nothing about the
 * size it actually uses, so a value outside 200–2,000 is clamped rather than
 * refused.
 */
function batchSizeOf(req: Request, fallback: number): number {
    const header = req.get('Sforce-Query-Options') ?? '';
    const match = /batchSize\s*=\s*(\d+)/i.exec(header);
    if (!match?.[1]) return fallback;
    return Math.min(MAX_BATCH_SIZE, Math.max(MIN_BATCH_SIZE, Number(match[1])));
}

function readLocals(res: Response): { userId: string; apiVersion: string } {
    const locals = res.locals as Partial<EmulatorLocals>;
    if (!locals.session || typeof locals.apiVersion !== 'string') {
        throw new Error(
            'query routes need the session and API version middleware in front of them'
        );
    }
    return { userId: locals.session.userId, apiVersion: locals.apiVersion.replace(/^v/, '') };
}
