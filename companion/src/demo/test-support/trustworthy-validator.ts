/**
 * Test helper: checks seed records against Trustworthy's model (field names,
 * read-only, required, types, enum values, lengths, decimal places and that
 * references point at seeded records). Returns one line per problem.
 */
import { HOUSEHOLD, ITEM, MEMBER, REMINDER } from '../../trustworthy/model';
import type { TrustworthyObjectDef } from '../../trustworthy/model';
import type { TrustworthyFieldInfo } from '../../engine/types';
import type { SeedRecord, TrustworthySeed } from '../../trustworthy-emulator/seed-types';

const COLLECTIONS: Array<[keyof TrustworthySeed, TrustworthyObjectDef]> = [
    ['households', HOUSEHOLD],
    ['members', MEMBER],
    ['items', ITEM],
    ['reminders', REMINDER]
];
const ADDRESS_KEYS = ['street', 'city', 'region', 'postal_code', 'country'];

export function validateSeed(seed: TrustworthySeed): string[] {
    const idsByObject = new Map<string, Set<string>>();
    for (const [collection, definition] of COLLECTIONS) {
        idsByObject.set(definition.name, new Set(seed[collection].map((record) => record.id)));
    }

    const problems: string[] = [];
    for (const [collection, definition] of COLLECTIONS) {
        const records = seed[collection];
        const distinct = idsByObject.get(definition.name)?.size;
        if (distinct !== records.length) problems.push(`${collection}: duplicate ids`);

        for (const record of records) {
            const report = (problem: string) => {
                problems.push(`${definition.name} ${record.id}: ${problem}`);
            };
            checkRecord(definition, record, idsByObject, report);
        }
    }
    return problems;
}

function checkRecord(
    definition: TrustworthyObjectDef,
    record: SeedRecord,
    idsByObject: Map<string, Set<string>>,
    report: (problem: string) => void
): void {
    const idShape = new RegExp(`^${definition.idPrefix}[0-9A-HJKMNP-TV-Z]{26}$`);
    if (!idShape.test(record.id)) report('id is not prefix + 26 Crockford base-32 characters');

    for (const field of definition.fields) {
        const value = record.fields[field.name];
        const missing = value === undefined || value === null || value === '';
        if (field.required && missing) report(`${field.name} is required`);
    }

    for (const [name, value] of Object.entries(record.fields)) {
        const field = definition.fields.find((candidate) => candidate.name === name);
        if (field === undefined) report(`${name} is not a ${definition.name} field`);
        else if (field.readOnly) report(`${name} is read-only`);
        else if (value !== null) {
            const problem = valueProblem(field, value, idsByObject);
            if (problem !== undefined) report(`${name} ${problem}`);
        }
    }
}

function valueProblem(
    field: TrustworthyFieldInfo,
    value: unknown,
    idsByObject: Map<string, Set<string>>
): string | undefined {
    switch (field.type) {
        case 'string':
        case 'text':
        case 'phone':
        case 'url':
            return textProblem(field, value);
        case 'email':
            return textProblem(field, value) ?? emailProblem(value);
        case 'enum':
            if (field.enumValues?.includes(value as string)) return undefined;
            return `has the unknown value ${String(value)}`;
        case 'multi_enum':
            return multiEnumProblem(field, value);
        case 'boolean':
            return typeof value === 'boolean' ? undefined : 'is not a boolean';
        case 'date':
            return isDate(value) ? undefined : 'is not a YYYY-MM-DD date';
        case 'datetime':
            return isDateTime(value) ? undefined : 'is not an ISO UTC datetime with milliseconds';
        case 'decimal':
            return decimalProblem(field, value);
        case 'integer':
            const limit = 10 ** (field.precision ?? 9);
            if (Number.isInteger(value) && Math.abs(value as number) < limit) return undefined;
            return 'is not an integer in range';
        case 'address':
            return addressProblem(value);
        case 'reference':
            if (idsByObject.get(field.referenceTo ?? '')?.has(value as string)) return undefined;
            return 'points at no seeded record';
    }
}

function textProblem(field: TrustworthyFieldInfo, value: unknown): string | undefined {
    if (typeof value !== 'string') return 'is not text';
    const max = field.maxLength;
    return max !== undefined && value.length > max ? `is longer than ${max}` : undefined;
}

function emailProblem(value: unknown): string | undefined {
    // "" is a deliberate edge case (blank but present), not a malformed address.
    if (value === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value))) return undefined;
    return 'is not an email';
}

function multiEnumProblem(field: TrustworthyFieldInfo, value: unknown): string | undefined {
    if (!Array.isArray(value)) return 'is not an array';
    if (!value.every((item) => field.enumValues?.includes(item as string)))
        return 'holds an unknown value';
    return new Set(value).size === value.length ? undefined : 'repeats a value';
}

function decimalProblem(field: TrustworthyFieldInfo, value: unknown): string | undefined {
    if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value))
        return 'is not a decimal string';
    const [whole = '', fraction = ''] = value.replace('-', '').split('.');
    const scale = field.scale ?? 0;
    if (whole.length > (field.precision ?? 18) - scale) return 'has too many integer digits';
    return fraction.length > scale ? `has ${fraction.length} decimals (scale ${scale})` : undefined;
}

function addressProblem(value: unknown): string | undefined {
    if (typeof value !== 'object' || Array.isArray(value) || value === null) {
        return 'is not an address object';
    }
    for (const [key, part] of Object.entries(value)) {
        if (!ADDRESS_KEYS.includes(key)) return `has the unknown component ${key}`;
        if (part !== null && typeof part !== 'string') return `has a non-text ${key}`;
    }
    return undefined;
}

function isDate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function isDateTime(value: unknown): boolean {
    const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    if (typeof value !== 'string' || !shape.test(value)) return false;
    return new Date(value).toISOString() === value;
}
