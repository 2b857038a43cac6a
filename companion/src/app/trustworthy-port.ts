/**
 * The runner's Trustworthy port over the API adapter: pages the change feed
 * to its end, collapses it to the latest change per record, and turns
 * records into SideRecords.
 */
import type {
    TrustworthyChange,
    TrustworthyPort,
    TrustworthyWriteOutcome
} from '../engine/runner/ports';
import type { SideRecord, TrustworthyFieldInfo } from '../engine/types';
import type { TrustworthyApiRecord } from '../trustworthy/api-types';
import type { TrustworthyClient } from '../trustworthy/trustworthy-client';

export function trustworthyPort(client: TrustworthyClient): TrustworthyPort {
    return {
        get requestCount() {
            return client.requestCount;
        },

        async objectFields(objectName: string): Promise<TrustworthyFieldInfo[]> {
            return (await client.getObjectSchema(objectName)).fields;
        },

        async objects() {
            return (await client.getSchema()).map((schema) => ({
                name: schema.name,
                label: schema.label
            }));
        },

        async changesSince(objectName, cursor) {
            const latest = new Map<string, TrustworthyChange>();
            let next = cursor;
            for (;;) {
                const page = await client.listChanges(objectName, next, 1000);
                for (const change of page.changes) {
                    latest.set(change.id, {
                        id: change.id,
                        deleted: change.change === 'delete',
                        ...(change.record ? { record: toSideRecord(change.record) } : {})
                    });
                }
                next = page.nextCursor;
                if (!page.hasMore) break;
            }
            return { changes: [...latest.values()], cursor: next };
        },

        async findBy(objectName, field, values) {
            return (await client.lookup(objectName, field, values)).map(toSideRecord);
        },

        async upsert(objectName, records, idempotencyKey): Promise<TrustworthyWriteOutcome[]> {
            const results = await client.upsertBatch(
                objectName,
                records.map((record) => ({
                    ...(record.id ? { id: record.id } : {}),
                    ...(record.externalRef ? { externalRef: record.externalRef } : {}),
                    fields: record.fields
                })),
                idempotencyKey
            );
            return results.map((result) =>
                result.status === 'error' || !result.id
                    ? {
                          ok: false,
                          errorCode: result.error?.code ?? 'unknown_error',
                          message:
                              result.error?.message ??
                              'Trustworthy reported a failure without a message',
                          ...(result.error?.field ? { field: result.error.field } : {})
                      }
                    : { ok: true, id: result.id, created: result.status === 'created' }
            );
        },

        async destroy(objectName, ids, idempotencyKey): Promise<TrustworthyWriteOutcome[]> {
            const results = await client.deleteBatch(objectName, ids, idempotencyKey);
            return results.map((result) =>
                result.status === 'deleted'
                    ? { ok: true, id: result.id, created: false }
                    : {
                          ok: false,
                          errorCode: result.error?.code ?? 'unknown_error',
                          message: result.error?.message ?? 'delete failed'
                      }
            );
        }
    };
}

function toSideRecord(record: TrustworthyApiRecord): SideRecord {
    return { id: record.id, modifiedAt: record.updated_at, deleted: false, values: record };
}
