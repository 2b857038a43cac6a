/**
 * Reads field values off stored rows, following child-to-parent lookups.
 * Parent rows are indexed by Id on first use, once per lookup instance, so a
 * page of records costs one pass over each parent object rather than one per
 * record.
 */
import type { RowSource, StoredRow } from '../context';
import type { SObjectDef } from '../schema/types';
import type { FieldRef, Relationship } from './field-paths';

export interface ParentRecord {
    object: SObjectDef;
    row: StoredRow;
}

export class RecordLookup {
    private readonly indexes = new Map<string, Map<string, StoredRow>>();

    constructor(private readonly rows: RowSource) {}

    valueOf(row: StoredRow, ref: FieldRef): unknown {
        if (!ref.via) return row.values[ref.field.name] ?? null;

        const parent = this.parentOf(row, ref.via);
        return parent ? (parent.row.values[ref.field.name] ?? null) : null;
    }

    parentOf(row: StoredRow, relationship: Relationship): ParentRecord | null {
        const parentId = row.values[relationship.lookup.name];
        if (typeof parentId !== 'string' || parentId === '') return null;

        // A polymorphic lookup names several objects; the Id's key prefix says which one.
        const object =
            relationship.parents.length === 1
                ? relationship.parents[0]
                : relationship.parents.find((candidate) =>
                      parentId.startsWith(candidate.keyPrefix)
                  );
        if (!object) return null;

        const parentRow = this.indexFor(object.name).get(parentId);
        return parentRow ? { object, row: parentRow } : null;
    }

    rowsById(objectName: string): Map<string, StoredRow> {
        return this.indexFor(objectName);
    }

    private indexFor(objectName: string): Map<string, StoredRow> {
        const cached = this.indexes.get(objectName);
        if (cached) return cached;

        const index = new Map<string, StoredRow>();
        for (const row of this.rows.rows(objectName)) {
            const id = row.values.Id;
            if (typeof id === 'string') index.set(id, row);
        }
        this.indexes.set(objectName, index);
        return index;
    }
}
