/**
 * What every sObject route needs: the org parts it talks to, who is calling
 * and with which API version, and one way to turn failures into Salesforce's
 * error replies.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

import type { EmulatorClock } from '../../clock';
import type { EmulatorLocals, SchemaView } from '../../context';
import { sendSalesforceError } from '../../http/errors';
import { RequestRejection, type RecordError } from '../../records/record-errors';
import type { RecordStore, StoredRecord } from '../../records/record-store';
import type { RecordWriter, SchemaAccess, WriteOutcome } from '../../records/record-writer';
import { findField } from '../../schema/catalog';
import type { SObjectDef } from '../../schema/types';

export interface SobjectRouteDeps {
    schema: SchemaView & SchemaAccess;
    store: RecordStore;
    writer: RecordWriter;
    clock: EmulatorClock;
    /** When the org was created: getDeleted never reaches further back. */
    orgCreatedDate(): Date;
}

export const MAX_COLLECTION_RECORDS = 200;

export function newRouter(): Router {
    const router = express.Router({ mergeParams: true });
    router.use(express.json({ limit: '20mb', type: ['application/json', 'text/json'] }));
    return router;
}

export function callerOf(res: Response): string {
    return (res.locals as EmulatorLocals).session.userId;
}

export function apiVersionOf(req: Request, res: Response): string {
    const fromPipeline = (res.locals as Partial<EmulatorLocals>).apiVersion;
    if (fromPipeline) return fromPipeline;
    const fromPath = (req.params as Record<string, string | undefined>).version;
    return fromPath ?? '62.0';
}

export function instanceUrlOf(req: Request): string {
    return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
}

export function recordUrl(version: string, objectName: string, id: string): string {
    return `/services/data/v${version}/sobjects/${objectName}/${id}`;
}

export function sendNotFound(res: Response): void {
    sendSalesforceError(res, 404, 'NOT_FOUND', 'The requested resource does not exist');
}

/** The user's view of the object, or a 404 reply when it does not exist for them. */
export function visibleObject(
    deps: SobjectRouteDeps,
    res: Response,
    typeName: string
): SObjectDef | undefined {
    const def = deps.schema.describeFor(typeName, callerOf(res));
    if (!def) sendNotFound(res);
    return def;
}

/** A record as the REST API returns it: attributes first, then the fields this user may read. */
export function renderRecord(
    row: StoredRecord,
    visible: SObjectDef,
    version: string,
    onlyFields?: readonly string[]
): Record<string, unknown> {
    const id = row.values.Id as string;
    const attributes = { type: visible.name, url: recordUrl(version, visible.name, id) };
    const body: Record<string, unknown> = { attributes };
    const fields = onlyFields ?? visible.fields.map((field) => field.name);
    for (const name of fields) body[name] = row.values[name] ?? null;
    return body;
}

/** Resolves `?fields=` names against the visible object; throws INVALID_FIELD for an unknown one. */
export function resolveFieldList(visible: SObjectDef, names: readonly string[]): string[] {
    return names.map((raw) => {
        const name = raw.trim();
        const field = findField(visible, name);
        if (!field) {
            const message = `No such column '${name}' on sobject of type ${visible.name}`;
            throw new RequestRejection(400, 'INVALID_FIELD', message);
        }
        return field.name;
    });
}

/** HTTP status for a single-record failure. */
export function statusForRecordError(error: RecordError): number {
    return error.statusCode === 'NOT_FOUND' || error.statusCode === 'ENTITY_IS_DELETED' ? 404 : 400;
}

/** Single-record replies carry the record's first error, as Salesforce's do for one failing field. */
export function sendOutcomeError(
    res: Response,
    outcome: Extract<WriteOutcome, { ok: false }>
): void {
    const error: RecordError = outcome.errors[0] ?? {
        statusCode: 'UNKNOWN_EXCEPTION',
        message: 'unknown failure',
        fields: []
    };
    const fields = error.statusCode === 'NOT_FOUND' ? undefined : error.fields;
    sendSalesforceError(res, statusForRecordError(error), error.statusCode, error.message, fields);
}

/** A collection result item: ids only on success (and on deletes, which name their target). */
export function collectionItem(
    outcome: WriteOutcome,
    options: { withCreated: boolean; keepIdOnFailure: boolean }
): Record<string, unknown> {
    if (outcome.ok) {
        const item: Record<string, unknown> = { id: outcome.id, success: true, errors: [] };
        if (options.withCreated) item.created = outcome.created ?? false;
        return item;
    }
    const item: Record<string, unknown> = {};
    if (options.keepIdOnFailure && outcome.id) item.id = outcome.id;
    item.success = false;
    item.errors = outcome.errors.map((error) => ({
        statusCode: error.statusCode,
        message: error.message,
        fields: error.fields
    }));
    return item;
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : undefined;
}

export function requireObjectBody(req: Request): Record<string, unknown> {
    const body = asObject(req.body);
    if (!body)
        throw new RequestRejection(
            400,
            'JSON_PARSER_ERROR',
            'The request body must be a JSON object'
        );
    return body;
}

/** Turns thrown rejections and body-parser failures into Salesforce's error reply. */
export function salesforceErrorHandler(
    error: unknown,
    _req: Request,
    res: Response,
    next: NextFunction
): void {
    if (res.headersSent) {
        next(error);
        return;
    }
    if (error instanceof RequestRejection) {
        sendSalesforceError(res, error.status, error.errorCode, error.message);
        return;
    }
    const parseFailure = asObject(error);
    if (parseFailure?.type === 'entity.parse.failed') {
        const detail = error instanceof Error ? error.message : 'malformed JSON';
        sendSalesforceError(
            res,
            400,
            'JSON_PARSER_ERROR',
            `Unexpected character in request body: ${detail}`
        );
        return;
    }
    if (parseFailure?.type === 'entity.too.large') {
        sendSalesforceError(res, 413, 'REQUEST_ENTITY_TOO_LARGE', 'The request body is too large');
        return;
    }
    next(error);
}
