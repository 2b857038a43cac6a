/**
 * sObject Collections: create, update, upsert and delete of up to 200
 * records per call, and retrieve by Ids. Results come back in request order;
 * `allOrNone` decides whether one failure undoes the rest.
 */
import type { Request, Response, Router } from 'express';

import { toId18 } from '../../../salesforce/ids';
import { sendSalesforceError } from '../../http/errors';
import { recordErrors, RequestRejection } from '../../records/record-errors';
import type { WriteOutcome } from '../../records/record-writer';
import { locatorFor, parseRecordBody } from '../../records/value-parsing';
import { findField } from '../../schema/catalog';
import {
    apiVersionOf,
    asObject,
    callerOf,
    collectionItem,
    MAX_COLLECTION_RECORDS,
    newRouter,
    renderRecord,
    requireObjectBody,
    resolveFieldList,
    salesforceErrorHandler,
    visibleObject,
    type SobjectRouteDeps
} from './route-support';

/** A record of the request, read and typed, or the reason it cannot be written at all. */
type PreparedRecord =
    | { objectName: string; parsed: Map<string, unknown>; raw: Record<string, unknown> }
    | { failed: WriteOutcome };

function tooMany(): RequestRejection {
    return new RequestRejection(
        400,
        'EXCEEDED_ID_LIMIT',
        `record limit reached. cannot submit more than ${MAX_COLLECTION_RECORDS} records into this call`
    );
}

function readCollectionBody(req: Request): { allOrNone: boolean; records: unknown[] } {
    const body = requireObjectBody(req);
    if (!Array.isArray(body.records)) {
        throw new RequestRejection(
            400,
            'JSON_PARSER_ERROR',
            'The request body must contain a records array'
        );
    }
    if (body.records.length > MAX_COLLECTION_RECORDS) throw tooMany();
    return { allOrNone: body.allOrNone === true, records: body.records };
}

/**
 * Reads every record before any is written: a value of the wrong type fails
 * the whole request (JSON_PARSER_ERROR), as Salesforce's reader does.
 */
function prepareRecords(
    deps: SobjectRouteDeps,
    res: Response,
    records: unknown[],
    fixedType: string | undefined
): PreparedRecord[] {
    const userId = callerOf(res);
    return records.map((entry) => {
        const raw = asObject(entry);
        const typeName = fixedType ?? asObject(raw?.attributes)?.type;
        if (!raw || typeof typeName !== 'string' || typeName === '') {
            return { failed: { ok: false, errors: [recordErrors.typeMissing()] } };
        }
        const access = deps.schema.accessFor(typeName, userId);
        if (!access) return { failed: { ok: false, errors: [recordErrors.unknownType(typeName)] } };
        const parsed = parseRecordBody(access.full, raw, locatorFor(raw));
        return { objectName: access.full.name, parsed, raw };
    });
}

function stringsIn(value: unknown): string[] {
    return Array.isArray(value)
        ? value.filter((item): item is string => typeof item === 'string')
        : [];
}

function reply(
    res: Response,
    outcomes: WriteOutcome[],
    withCreated: boolean,
    keepIdOnFailure = false
): void {
    res.json(outcomes.map((outcome) => collectionItem(outcome, { withCreated, keepIdOnFailure })));
}

export function createCollectionRouter(deps: SobjectRouteDeps): Router {
    const router = newRouter();

    router.post('/composite/sobjects', (req, res) => {
        const { allOrNone, records } = readCollectionBody(req);
        const prepared = prepareRecords(deps, res, records, undefined);
        const outcomes = deps.writer.batch(allOrNone, prepared, (txn, record) =>
            'failed' in record
                ? record.failed
                : deps.writer.create(txn, record.objectName, record.parsed, callerOf(res))
        );
        reply(res, outcomes, false);
    });

    router.patch('/composite/sobjects', (req, res) => {
        const { allOrNone, records } = readCollectionBody(req);
        const prepared = prepareRecords(deps, res, records, undefined);
        const outcomes = deps.writer.batch(allOrNone, prepared, (txn, record) => {
            if ('failed' in record) return record.failed;
            const id = record.raw.id ?? record.raw.Id;
            if (typeof id !== 'string' || id === '') {
                return { ok: false, errors: [recordErrors.idMissingOnUpdate()] };
            }
            return deps.writer.update(txn, record.objectName, id, record.parsed, callerOf(res));
        });
        reply(res, outcomes, false);
    });

    router.patch('/composite/sobjects/:type/:field', (req, res) => {
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;
        const keyField = findField(visible, req.params.field);
        if (!keyField || !(keyField.externalId || keyField.idLookup)) {
            sendSalesforceError(
                res,
                404,
                'NOT_FOUND',
                `Provided external ID field does not exist or is not accessible: ${req.params.field}`
            );
            return;
        }

        const { allOrNone, records } = readCollectionBody(req);
        const prepared = prepareRecords(deps, res, records, visible.name);
        const outcomes = deps.writer.batch(allOrNone, prepared, (txn, record) => {
            if ('failed' in record) return record.failed;
            const keyValue = record.parsed.get(keyField.name);
            return deps.writer.upsert(
                txn,
                visible.name,
                keyField,
                keyValue,
                record.parsed,
                callerOf(res)
            );
        });
        reply(res, outcomes, true);
    });

    router.delete('/composite/sobjects', (req, res) => {
        const idsParam = typeof req.query.ids === 'string' ? req.query.ids : '';
        const ids = idsParam
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '');
        if (ids.length === 0) {
            throw new RequestRejection(400, 'MISSING_ARGUMENT', 'ids parameter not specified');
        }
        if (ids.length > MAX_COLLECTION_RECORDS) throw tooMany();

        const allOrNone = req.query.allOrNone === 'true';
        const outcomes = deps.writer.batch(allOrNone, ids, (txn, id) =>
            deps.writer.delete(txn, id, callerOf(res))
        );
        const withIds = outcomes.map((outcome, index) =>
            outcome.ok ? outcome : { ...outcome, id: outcome.id ?? ids[index] }
        );
        reply(res, withIds, false, true);
    });

    router.post('/composite/sobjects/:type', (req, res) => {
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;
        const body = requireObjectBody(req);
        const ids = stringsIn(body.ids);
        const names = stringsIn(body.fields);
        if (ids.length === 0 || names.length === 0) {
            throw new RequestRejection(
                400,
                'MISSING_ARGUMENT',
                'ids and fields must both be specified'
            );
        }

        const fields = resolveFieldList(visible, names);
        const version = apiVersionOf(req, res);
        res.json(
            ids.map((id) => {
                const id18 = toId18(id);
                const row = id18 ? deps.store.get(visible.name, id18) : undefined;
                return row && !row.isDeleted ? renderRecord(row, visible, version, fields) : null;
            })
        );
    });

    router.use(salesforceErrorHandler);
    return router;
}
