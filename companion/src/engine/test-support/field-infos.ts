/**
 * Field descriptions for tests: Salesforce fields from the recorded real
 * describes in ../shared (read at test time only), Trustworthy fields from
 * the product's own model, and a builder for one-off Salesforce fields.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findTrustworthyObject } from '../../trustworthy/model';
import type { SalesforceFieldInfo, TrustworthyFieldInfo } from '../types';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared');
const DESCRIBES = path.join(SHARED, 'fixtures', 'salesforce', 'derived');

interface RecordedField {
    name: string;
    type: string;
    length: number;
    precision: number;
    scale: number;
    digits: number;
    nillable: boolean;
    createable: boolean;
    updateable: boolean;
    restrictedPicklist: boolean;
    picklistValues?: Array<{ value: string; active: boolean }>;
}

export function recordedSalesforceFields(
    objectName: 'Account' | 'Contact' | 'Opportunity'
): SalesforceFieldInfo[] {
    const file = path.join(DESCRIBES, `${objectName}_describe.body.json`);
    const describe = JSON.parse(readFileSync(file, 'utf8')) as { fields: RecordedField[] };
    return describe.fields.map((field) => ({
        name: field.name,
        type: field.type,
        length: field.length,
        precision: field.precision,
        scale: field.scale,
        digits: field.digits,
        nillable: field.nillable,
        createable: field.createable,
        updateable: field.updateable,
        restrictedPicklist: field.restrictedPicklist,
        picklistValues: (field.picklistValues ?? [])
            .filter((entry) => entry.active)
            .map((entry) => entry.value)
    }));
}

export function trustworthyFields(objectName: string): TrustworthyFieldInfo[] {
    const object = findTrustworthyObject(objectName);
    if (!object) throw new Error(`no Trustworthy object ${objectName}`);
    return object.fields;
}

export function salesforceField(
    name: string,
    overrides: Partial<SalesforceFieldInfo> = {}
): SalesforceFieldInfo {
    return {
        name,
        type: 'string',
        length: 255,
        precision: 0,
        scale: 0,
        digits: 0,
        nillable: true,
        createable: true,
        updateable: true,
        restrictedPicklist: false,
        picklistValues: [],
        ...overrides
    };
}

export function trustworthyField(
    name: string,
    type: TrustworthyFieldInfo['type'],
    overrides: Partial<TrustworthyFieldInfo> = {}
): TrustworthyFieldInfo {
    return { name, type, required: false, readOnly: false, ...overrides };
}

export function pick<T extends { name: string }>(fields: readonly T[], name: string): T {
    const found = fields.find((field) => field.name === name);
    if (!found) throw new Error(`no field ${name}`);
    return found;
}
