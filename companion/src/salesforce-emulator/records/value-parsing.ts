/**
 * First pass over a request body: turn each JSON value into the field's type,
 * the way Salesforce's JSON reader does before any record is saved. A value
 * that cannot be read as its field's type fails the whole request with
 * JSON_PARSER_ERROR; business rules (length, picklists, …) come later.
 */
import { findField } from '../schema/catalog';
import type { FieldDef, SObjectDef } from '../schema/types';
import { parseDateTimeValue, parseDateValue } from './datetime-values';
import { jsonParserRejection } from './record-errors';

/** Keys in a record body that are envelope, not fields. */
export const ENVELOPE_KEYS = new Set(['attributes']);

export type ParsedValue = string | number | boolean | null;

/** Where a value sits in the serialized body, for the parser error message. */
export type ValueLocator = (fieldName: string) => string;

export function locatorFor(body: unknown): ValueLocator {
    const text = JSON.stringify(body) ?? '';
    return (fieldName) => {
        const key = `"${fieldName}":`;
        const at = text.indexOf(key);
        const column = at < 0 ? 1 : at + key.length + 1;
        return `[line:1, column:${column}]`;
    };
}

function tokenOf(raw: unknown): string {
    if (typeof raw === 'string') return 'VALUE_STRING';
    if (typeof raw === 'number')
        return Number.isInteger(raw) ? 'VALUE_NUMBER_INT' : 'VALUE_NUMBER_FLOAT';
    if (typeof raw === 'boolean') return raw ? 'VALUE_TRUE' : 'VALUE_FALSE';
    if (Array.isArray(raw)) return 'START_ARRAY';
    return 'START_OBJECT';
}

function printable(raw: unknown): string {
    return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

function parseNumber(field: FieldDef, raw: unknown, locate: ValueLocator): number {
    const javaType = field.type === 'int' ? 'int' : 'double';
    const reject = () =>
        jsonParserRejection(javaType, tokenOf(raw), printable(raw), locate(field.name));

    // Salesforce reads numeric strings ("10000") as numbers (facts §3.1).
    const isNumericText = typeof raw === 'string' && raw.trim() !== '';
    const numeric = typeof raw === 'number' ? raw : isNumericText ? Number(raw) : NaN;
    if (!Number.isFinite(numeric)) throw reject();
    if (field.type === 'int' && !Number.isInteger(numeric)) throw reject();
    return numeric;
}

function parseBoolean(field: FieldDef, raw: unknown, locate: ValueLocator): boolean {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw jsonParserRejection('boolean', tokenOf(raw), printable(raw), locate(field.name));
}

function parseText(field: FieldDef, raw: unknown, locate: ValueLocator): string {
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    throw jsonParserRejection('String', tokenOf(raw), printable(raw), locate(field.name));
}

export function parseFieldValue(field: FieldDef, raw: unknown, locate: ValueLocator): ParsedValue {
    if (raw === null) return null;

    switch (field.type) {
        case 'int':
        case 'double':
        case 'currency':
        case 'percent':
            return parseNumber(field, raw, locate);
        case 'boolean':
            return parseBoolean(field, raw, locate);
        case 'date': {
            const text = typeof raw === 'string' ? parseDateValue(raw) : undefined;
            if (text === undefined) {
                throw jsonParserRejection('date', tokenOf(raw), printable(raw), locate(field.name));
            }
            return text;
        }
        case 'datetime': {
            const text = typeof raw === 'string' ? parseDateTimeValue(raw) : undefined;
            if (text === undefined) {
                throw jsonParserRejection(
                    'datetime',
                    tokenOf(raw),
                    printable(raw),
                    locate(field.name)
                );
            }
            return text;
        }
        default:
            return parseText(field, raw, locate);
    }
}

/**
 * Reads every known field of one record body. Unknown names are kept as
 * they are: they fail that record alone later, with INVALID_FIELD.
 */
export function parseRecordBody(
    def: SObjectDef,
    body: Record<string, unknown>,
    locate: ValueLocator
): Map<string, unknown> {
    const parsed = new Map<string, unknown>();
    for (const [name, raw] of Object.entries(body)) {
        if (ENVELOPE_KEYS.has(name)) continue;
        const field = findField(def, name);
        parsed.set(field ? field.name : name, field ? parseFieldValue(field, raw, locate) : raw);
    }
    return parsed;
}
