/**
 * Every route the emulator serves, in one list. Fixed paths come before the
 * `{collection}` patterns they would otherwise be mistaken for.
 */
import type { EmulatorRoute } from '../context';
import { deleteBatch, upsertBatch } from './batch-routes';
import { listChanges } from './changes-route';
import { lookupRecords } from './lookup-route';
import { getRecord, listRecords } from './record-routes';
import { getObjectSchema, getSchema } from './schema-routes';
import { deleteWebhook, registerWebhook } from './webhook-routes';

export const EMULATOR_ROUTES: readonly EmulatorRoute[] = [
    getSchema,
    getObjectSchema,
    listChanges,
    registerWebhook,
    deleteWebhook,
    listRecords,
    getRecord,
    lookupRecords,
    upsertBatch,
    deleteBatch
];
