/**
 * One batch delete. A record that another live record still points at is
 * refused (`in_use`) rather than leaving a dangling reference; the caller
 * deletes children first. Each deletion enters the change log.
 */
import type { TrustworthyObjectDef } from '../trustworthy/model';
import { TRUSTWORTHY_OBJECTS } from '../trustworthy/model';
import type { RecordProblem } from './field-validation';
import type { RecordWriter } from './record-writer';
import type { RecordStore } from './store/record-store';

export interface DeleteResult {
    index: number;
    id: string;
    status: 'deleted' | 'error';
    error?: RecordProblem;
}

interface BatchParts {
    store: RecordStore;
    writer: RecordWriter;
}

function referrerOf(
    store: RecordStore,
    definition: TrustworthyObjectDef,
    id: string
): string | undefined {
    for (const other of TRUSTWORTHY_OBJECTS) {
        for (const field of other.fields) {
            if (field.referenceTo !== definition.name) continue;
            if (store.isReferencedBy(other.name, field.name, id)) {
                return `${other.name}.${field.name}`;
            }
        }
    }
    return undefined;
}

function deleteOne(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    id: string,
    index: number
): DeleteResult {
    const existing = parts.store.get(definition.name, id);
    if (!existing) {
        const message = `no ${definition.name} has id ${id}`;
        const error: RecordProblem = { code: 'not_found', message, field: null };
        return { index, id, status: 'error', error };
    }

    const referrer = referrerOf(parts.store, definition, id);
    if (referrer) {
        const message = `still referenced by a ${referrer}`;
        const error: RecordProblem = { code: 'in_use', message, field: null };
        return { index, id, status: 'error', error };
    }

    parts.writer.delete(definition, existing);
    return { index, id, status: 'deleted' };
}

export function applyDeleteBatch(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    ids: string[]
): DeleteResult[] {
    return parts.writer.transact(() =>
        ids.map((id, index) => deleteOne(parts, definition, id, index))
    );
}
