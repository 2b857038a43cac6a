/**
 * Shapes a stored row into the record Salesforce returns: `attributes` first,
 * then the selected fields in select order with their defined casing. Fields
 * reached through a lookup sit in a nested record with its own attributes,
 * or the relationship key holds null when the lookup is empty.
 */
import type { StoredRow } from '../context';
import type { SObjectDef } from '../schema/types';
import type { FieldRef } from './field-paths';
import type { RecordLookup } from './record-lookup';

export type ApiRecord = Record<string, unknown>;

export function recordAttributes(
    objectName: string,
    id: unknown,
    apiVersion: string
): { type: string; url: string } {
    return {
        type: objectName,
        url: `/services/data/v${apiVersion}/sobjects/${objectName}/${String(id)}`
    };
}

export function projectRow(
    row: StoredRow,
    object: SObjectDef,
    columns: FieldRef[],
    lookup: RecordLookup,
    apiVersion: string
): ApiRecord {
    const record: ApiRecord = {
        attributes: recordAttributes(object.name, row.values.Id, apiVersion)
    };
    const parents = new Map<string, ApiRecord | null>();

    for (const column of columns) {
        if (!column.via) {
            record[column.field.name] = row.values[column.field.name] ?? null;
            continue;
        }

        const key = column.via.name;
        if (!parents.has(key)) {
            const parent = lookup.parentOf(row, column.via);
            const nested = parent
                ? {
                      attributes: recordAttributes(
                          parent.object.name,
                          parent.row.values.Id,
                          apiVersion
                      )
                  }
                : null;
            parents.set(key, nested);
            record[key] = nested;
        }

        const nested = parents.get(key);
        if (nested) nested[column.field.name] = lookup.valueOf(row, column);
    }
    return record;
}
