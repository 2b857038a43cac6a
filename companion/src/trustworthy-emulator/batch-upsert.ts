/**
 * One batch upsert: each record is matched by id, else by external_ref, else
 * created. A record that fails validation gets its own error result and the
 * rest still land; the whole batch commits in one transaction.
 */
import type { TrustworthyObjectDef } from '../trustworthy/model';
import type { RecordProblem } from './field-validation';
import { validateFields } from './field-validation';
import type { RecordWriter } from './record-writer';
import type { RecordStore, StoredRecord } from './store/record-store';

export interface UpsertInput {
    id?: string;
    external_ref?: string | null;
    fields: Record<string, unknown>;
}

export interface UpsertResult {
    index: number;
    status: 'created' | 'updated' | 'unchanged' | 'error';
    id: string | null;
    version: number | null;
    error?: RecordProblem;
}

interface BatchParts {
    store: RecordStore;
    writer: RecordWriter;
}

type Match = { found: StoredRecord | undefined } | { problem: RecordProblem };

function findTarget(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    input: UpsertInput
): Match {
    if (input.id !== undefined) {
        const found = parts.store.get(definition.name, input.id);
        if (found) return { found };
        const message = `no ${definition.name} has id ${input.id}`;
        return { problem: { code: 'not_found', message, field: 'id' } };
    }
    if (input.external_ref) {
        return { found: parts.store.findByExternalRef(definition.name, input.external_ref) };
    }
    return { found: undefined };
}

/** external_ref is unique per object: it may not move onto a second record. */
function refConflict(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    input: UpsertInput,
    target: StoredRecord | undefined
): RecordProblem | undefined {
    if (!input.external_ref) return undefined;
    const holder = parts.store.findByExternalRef(definition.name, input.external_ref);
    if (!holder || holder.id === target?.id) return undefined;
    const problem: RecordProblem = {
        code: 'external_ref_conflict',
        message: `external_ref ${input.external_ref} already belongs to ${holder.id}`,
        field: 'external_ref'
    };
    return problem;
}

function upsertOne(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    input: UpsertInput,
    index: number
): UpsertResult {
    const failed = (error: RecordProblem): UpsertResult => ({
        index,
        status: 'error',
        id: input.id ?? null,
        version: null,
        error
    });

    const match = findTarget(parts, definition, input);
    if ('problem' in match) return failed(match.problem);
    const target = match.found;

    const conflict = refConflict(parts, definition, input, target);
    if (conflict) return failed(conflict);

    const checked = validateFields(definition, input.fields, {
        mode: target ? 'update' : 'create',
        referenceExists: (objectName, id) => parts.store.get(objectName, id) !== undefined
    });
    if (!checked.ok) return failed(checked.problem);

    if (!target) {
        const created = parts.writer.create(definition, {
            externalRef: input.external_ref ?? null,
            values: checked.values
        });
        return { index, status: 'created', id: created.id, version: created.version };
    }

    const updated = parts.writer.update(definition, target, checked.values, input.external_ref);
    if (!updated) return { index, status: 'unchanged', id: target.id, version: target.version };
    return { index, status: 'updated', id: updated.id, version: updated.version };
}

export function applyUpsertBatch(
    parts: BatchParts,
    definition: TrustworthyObjectDef,
    inputs: UpsertInput[]
): UpsertResult[] {
    return parts.writer.transact(() =>
        inputs.map((input, index) => upsertOne(parts, definition, input, index))
    );
}
