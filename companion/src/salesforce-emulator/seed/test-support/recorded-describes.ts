/**
 * Test helper: field facts from the real describes recorded in ../shared, so
 * the loader and the sample data are checked against Salesforce itself rather
 * than against the emulator's own schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { makeSalesforceId } from '../../../salesforce/ids';
import type { CanonicalFieldName, InsertRecords } from '../tree-plan-types';

export const SHARED_FOLDER = path.resolve(__dirname, '..', '..', '..', '..', '..', '..', 'shared');
export const SAMPLE_DATA_FOLDER = path.join(SHARED_FOLDER, 'fixtures', 'salesforce', 'sample-data');

export interface RecordedField {
    name: string;
    type: string;
    length: number;
    precision: number;
    scale: number;
    createable: boolean;
    picklistValues: Array<{ value: string; active: boolean }>;
    restrictedPicklist: boolean;
}

const cache = new Map<string, RecordedField[]>();

export function recordedFields(sobject: string): RecordedField[] {
    const cached = cache.get(sobject);
    if (cached !== undefined) return cached;

    const derived = path.join(SHARED_FOLDER, 'fixtures', 'salesforce', 'derived');
    const file = path.join(derived, `${sobject}_describe.body.json`);
    const describe = JSON.parse(readFileSync(file, 'utf8')) as { fields: RecordedField[] };
    cache.set(sobject, describe.fields);
    return describe.fields;
}

/** Case-insensitive lookup among the recorded fields plus any extra names the test adds. */
export function recordedCanonicalFieldName(
    extra: Record<string, string[]> = {}
): CanonicalFieldName {
    return (sobject, name) => {
        const names = [
            ...recordedFields(sobject).map((field) => field.name),
            ...(extra[sobject] ?? [])
        ];
        return names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    };
}

const KEY_PREFIX_BY_SOBJECT: Record<string, string> = {
    Account: '001',
    Contact: '003',
    Opportunity: '006'
};

export interface MemoryOrg {
    insert: InsertRecords;
    rows: Map<string, Record<string, unknown>>;
    calls: string[];
}

/** An in-memory org: keeps every inserted field map and mints real-looking Ids. */
export function memoryOrg(): MemoryOrg {
    const rows = new Map<string, Record<string, unknown>>();
    const calls: string[] = [];
    let sequence = 0;

    const insert: InsertRecords = (sobject, fieldMaps) => {
        calls.push(`${sobject}:${fieldMaps.length}`);
        return fieldMaps.map((fields) => {
            sequence += 1;
            const id = makeSalesforceId(KEY_PREFIX_BY_SOBJECT[sobject] ?? 'a00', '5g', sequence);
            rows.set(id, { ...fields, attributesType: sobject });
            return id;
        });
    };
    return { insert, rows, calls };
}
