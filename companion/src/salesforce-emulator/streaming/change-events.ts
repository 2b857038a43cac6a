/**
 * Turns committed record writes into Change Data Capture events shaped as
 * Salesforce sends them: a ChangeEventHeader naming the record, the kind of
 * change and the transaction, then the record's fields — all of them for a
 * create, only the changed ones for an update, none for a delete. IsDeleted
 * and SystemModstamp never appear, and datetimes end in `Z`.
 */
import { createHash, randomUUID } from 'node:crypto';

import type { CommittedRecordChange } from '../records/record-writer';
import type { LoggedChangeEvent } from './change-event-log';

/** The objects whose changes the emulated org publishes. */
export const CHANGE_EVENT_ENTITIES = ['Account', 'Contact', 'Opportunity'] as const;

export const ALL_CHANGES_CHANNEL = '/data/ChangeEvents';

const NEVER_IN_PAYLOAD = new Set(['IsDeleted', 'SystemModstamp']);

const CHANGE_TYPES = { create: 'CREATE', update: 'UPDATE', delete: 'DELETE' } as const;

export function channelFor(entityName: string): string {
    return `/data/${entityName}ChangeEvent`;
}

/** The entity a channel carries: a name for one object, undefined for all of them, null when unknown. */
export function entityOfChannel(channel: string): string | undefined | null {
    if (channel === ALL_CHANGES_CHANNEL) return undefined;
    const match = /^\/data\/([A-Za-z]+)ChangeEvent$/.exec(channel);
    const entity = match?.[1];
    return entity && (CHANGE_EVENT_ENTITIES as readonly string[]).includes(entity) ? entity : null;
}

/** Events of one committed transaction, in write order; replay ids come from the log. */
export function changeEventsFor(
    changes: readonly CommittedRecordChange[],
    commitMs: number
): Array<Omit<LoggedChangeEvent, 'replayId'>> {
    const published = changes.filter((change) =>
        (CHANGE_EVENT_ENTITIES as readonly string[]).includes(change.objectName)
    );
    const transactionKey = randomUUID();

    return published.map((change, index) => {
        const fields = payloadFields(change);
        const header = {
            entityName: change.objectName,
            recordIds: [change.id],
            changeType: CHANGE_TYPES[change.change],
            // The writer does not know which API or client made the change, so no origin is claimed.
            changeOrigin: '',
            transactionKey,
            sequenceNumber: index + 1,
            commitTimestamp: commitMs,
            commitNumber: commitMs * 1000 + index,
            commitUser: change.userId ?? String(change.after.LastModifiedById ?? ''),
            changedFields: change.change === 'update' ? Object.keys(fields) : [],
            nulledFields:
                change.change === 'update'
                    ? Object.keys(fields).filter((name) => fields[name] === null)
                    : [],
            diffFields: []
        };
        return {
            entityName: change.objectName,
            body: {
                schema: schemaIdOf(change.objectName),
                payload: { ...fields, ChangeEventHeader: header }
            }
        };
    });
}

function payloadFields(change: CommittedRecordChange): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    if (change.change === 'delete') return fields;

    for (const [name, value] of Object.entries(change.after)) {
        if (NEVER_IN_PAYLOAD.has(name)) continue;
        if (change.change === 'create' && (value === null || name === 'Id')) continue;
        // An update always reports LastModifiedDate, even when the clock's second did not move.
        if (
            change.change === 'update' &&
            name !== 'LastModifiedDate' &&
            sameValue(change.before?.[name], value)
        )
            continue;
        fields[name] = wireValue(value);
    }
    return fields;
}

function sameValue(a: unknown, b: unknown): boolean {
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** REST datetimes end in `+0000`; change events carry them in `Z` form. */
function wireValue(value: unknown): unknown {
    if (
        typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/.test(value)
    ) {
        return value.replace('+0000', 'Z');
    }
    return value;
}

/** A stable, schema-id-looking string per object. */
function schemaIdOf(entityName: string): string {
    return createHash('sha256').update(`${entityName}ChangeEvent`).digest('base64url').slice(0, 22);
}
