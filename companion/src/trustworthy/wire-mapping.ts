/**
 * Turns contract-checked wire shapes into the adapter's camelCase types.
 */
import type { z } from 'zod';

import type { TrustworthyFieldInfo } from '../engine/types';
import type {
    TrustworthyChange,
    TrustworthyObjectSchema,
    TrustworthyRecordError
} from './api-types';
import type { objectSchemaReply } from './reply-schemas';

type WireObject = z.infer<typeof objectSchemaReply>;
type WireField = WireObject['fields'][number];

function toFieldInfo(field: WireField): TrustworthyFieldInfo {
    return {
        name: field.name,
        type: field.type,
        required: field.required,
        readOnly: field.read_only,
        ...(field.max_length !== null && { maxLength: field.max_length }),
        ...(field.precision !== null && { precision: field.precision }),
        ...(field.scale !== null && { scale: field.scale }),
        ...(field.enum_values !== null && { enumValues: field.enum_values }),
        ...(field.reference_to !== null && { referenceTo: field.reference_to })
    };
}

export function toObjectSchema(object: WireObject): TrustworthyObjectSchema {
    return {
        name: object.name,
        label: object.label,
        collection: object.collection,
        idPrefix: object.id_prefix,
        fields: object.fields.map(toFieldInfo)
    };
}

interface WireChange {
    sequence: number;
    object: string;
    id: string;
    change: 'upsert' | 'delete';
    occurred_at: string;
    record?: Record<string, unknown>;
}

export function toChange(change: WireChange): TrustworthyChange {
    return {
        sequence: change.sequence,
        object: change.object,
        id: change.id,
        change: change.change,
        occurredAt: change.occurred_at,
        ...(change.record && { record: change.record as TrustworthyChange['record'] })
    };
}

/** A chunk's results, renumbered to positions in the caller's whole list. */
export function withBatchIndexes<T extends { index: number; error?: TrustworthyRecordError }>(
    results: readonly T[],
    offset: number
): T[] {
    return results.map((result) => {
        const { error, ...rest } = result;
        const renumbered = { ...rest, index: offset + result.index } as T;
        if (error)
            renumbered.error = { code: error.code, message: error.message, field: error.field };
        return renumbered;
    });
}
