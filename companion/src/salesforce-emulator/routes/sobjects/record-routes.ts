/**
 * Single-record REST: create, retrieve, update, delete, and upsert by an
 * external-Id (or idLookup) field.
 */
import type { Request, Response, Router } from 'express';

import { toId18 } from '../../../salesforce/ids';
import { sendSalesforceError } from '../../http/errors';
import { parseRecordBody, locatorFor } from '../../records/value-parsing';
import { findField } from '../../schema/catalog';
import type { FieldDef, SObjectDef } from '../../schema/types';
import {
    apiVersionOf,
    callerOf,
    newRouter,
    recordUrl,
    renderRecord,
    requireObjectBody,
    resolveFieldList,
    salesforceErrorHandler,
    sendNotFound,
    sendOutcomeError,
    visibleObject,
    type SobjectRouteDeps
} from './route-support';

/** Second path segments that belong to other routes, not record Ids. */
const RESERVED_SEGMENTS = new Set(['describe', 'updated', 'deleted', 'listviews', 'quickActions']);

/** API 46.0 added the 200-with-`created:false` reply for upserts that update. */
const FIRST_VERSION_WITH_UPSERT_BODY = 46;

function fullDefinition(deps: SobjectRouteDeps, res: Response, visible: SObjectDef): SObjectDef {
    return deps.schema.accessFor(visible.name, callerOf(res))?.full ?? visible;
}

function upsertKeyField(visible: SObjectDef, name: string): FieldDef | undefined {
    const field = findField(visible, name);
    return field && (field.externalId || field.idLookup) ? field : undefined;
}

export function createRecordRouter(deps: SobjectRouteDeps): Router {
    const router = newRouter();

    router.post('/sobjects/:type', (req, res) => {
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;
        const body = requireObjectBody(req);
        const parsed = parseRecordBody(fullDefinition(deps, res, visible), body, locatorFor(body));

        const [outcome] = deps.writer.batch(true, [parsed], (txn, fields) =>
            deps.writer.create(txn, visible.name, fields, callerOf(res))
        );
        if (!outcome) return;
        if (!outcome.ok) {
            sendOutcomeError(res, outcome);
            return;
        }
        res.status(201).json({ id: outcome.id, success: true, errors: [] });
    });

    router.get('/sobjects/:type/:id', (req, res, next) => {
        if (RESERVED_SEGMENTS.has(req.params.id)) {
            next();
            return;
        }
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;

        const version = apiVersionOf(req, res);
        const id18 = toId18(req.params.id);
        const row = id18 ? deps.store.get(visible.name, id18) : undefined;
        if (!row) {
            sendSalesforceError(
                res,
                404,
                'NOT_FOUND',
                id18
                    ? 'The requested resource does not exist'
                    : `Provided external ID field does not exist or is not accessible: ${req.params.id}`
            );
            return;
        }
        if (row.isDeleted) {
            sendSalesforceError(res, 404, 'ENTITY_IS_DELETED', 'entity is deleted', []);
            return;
        }

        const requested =
            typeof req.query.fields === 'string' ? req.query.fields.split(',') : undefined;
        const onlyFields = requested ? resolveFieldList(visible, requested) : undefined;
        res.json(renderRecord(row, visible, version, onlyFields));
    });

    router.patch('/sobjects/:type/:id', (req, res) => {
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;
        const body = requireObjectBody(req);
        const parsed = parseRecordBody(fullDefinition(deps, res, visible), body, locatorFor(body));

        const [outcome] = deps.writer.batch(true, [parsed], (txn, fields) =>
            deps.writer.update(txn, visible.name, req.params.id, fields, callerOf(res))
        );
        if (outcome && !outcome.ok) {
            sendOutcomeError(res, outcome);
            return;
        }
        res.status(204).end();
    });

    router.delete('/sobjects/:type/:id', (req, res) => {
        const visible = visibleObject(deps, res, req.params.type);
        if (!visible) return;
        const id18 = toId18(req.params.id);
        if (!id18 || !id18.startsWith(visible.keyPrefix)) {
            sendNotFound(res);
            return;
        }

        const [outcome] = deps.writer.batch(true, [id18], (txn, id) =>
            deps.writer.delete(txn, id, callerOf(res))
        );
        if (outcome && !outcome.ok) {
            sendOutcomeError(res, outcome);
            return;
        }
        res.status(204).end();
    });

    router.patch('/sobjects/:type/:field/:value', (req, res) => upsertOne(deps, req, res));

    router.use(salesforceErrorHandler);
    return router;
}

function upsertOne(deps: SobjectRouteDeps, req: Request, res: Response): void {
    const params = req.params as Record<string, string>;
    const visible = visibleObject(deps, res, params.type ?? '');
    if (!visible) return;
    const keyField = upsertKeyField(visible, params.field ?? '');
    if (!keyField) {
        sendSalesforceError(
            res,
            404,
            'NOT_FOUND',
            `Provided external ID field does not exist or is not accessible: ${params.field ?? ''}`
        );
        return;
    }

    const body = requireObjectBody(req);
    const parsed = parseRecordBody(fullDefinition(deps, res, visible), body, locatorFor(body));
    const keyValue = params.value ?? '';
    if (keyField.name === 'Id' && !deps.store.get(visible.name, toId18(keyValue) ?? '')) {
        sendNotFound(res);
        return;
    }

    const [outcome] = deps.writer.batch(true, [parsed], (txn, fields) =>
        deps.writer.upsert(txn, visible.name, keyField, keyValue, fields, callerOf(res))
    );
    if (!outcome) return;
    const version = apiVersionOf(req, res);
    if (!outcome.ok) {
        if (outcome.ambiguousIds) {
            res.status(300).json(
                outcome.ambiguousIds.map((id) => recordUrl(version, visible.name, id))
            );
            return;
        }
        sendOutcomeError(res, outcome);
        return;
    }

    if (outcome.created) {
        res.status(201).json({ id: outcome.id, success: true, errors: [], created: true });
    } else if (Number.parseFloat(version) >= FIRST_VERSION_WITH_UPSERT_BODY) {
        res.status(200).json({ id: outcome.id, success: true, errors: [], created: false });
    } else {
        res.status(204).end();
    }
}
