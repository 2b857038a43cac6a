/**
 * Checks a WHERE literal against the type of the field it is compared with
 * and turns it into a value the evaluator can compare directly. Dates and
 * datetimes both become epoch milliseconds (a date as its UTC midnight);
 * relative literals such as TODAY become half-open ranges.
 *
 * The emulated org's time zone is UTC, so TODAY starts at UTC midnight of the
 * clock's current day. An org in another zone would shift these ranges.
 */
import type { EmulatorClock } from '../clock';
import { toId18 } from '../../salesforce/ids';
import type { FieldDef, SalesforceFieldType } from '../schema/types';
import type { Literal } from './ast';
import { soqlErrorAt } from './soql-error';
import { parseDateTimeLiteral } from './tokenizer';

export type FilterValue =
    | { kind: 'null' }
    | { kind: 'text'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'instant'; value: number }
    | { kind: 'range'; start: number; end: number };

export type ValueCategory =
    'id' | 'text' | 'number' | 'boolean' | 'date' | 'datetime' | 'unfilterable';

const DAY_MS = 86_400_000;

const CATEGORIES: Record<SalesforceFieldType, ValueCategory> = {
    id: 'id',
    reference: 'id',
    string: 'text',
    textarea: 'text',
    email: 'text',
    phone: 'text',
    url: 'text',
    picklist: 'text',
    multipicklist: 'text',
    combobox: 'text',
    boolean: 'boolean',
    date: 'date',
    datetime: 'datetime',
    double: 'number',
    currency: 'number',
    percent: 'number',
    int: 'number',
    address: 'unfilterable'
};

/** The SOAP type names Salesforce uses when it says which literal a field wants. */
const TYPE_NAMES: Record<ValueCategory, string> = {
    id: 'id',
    text: 'string',
    number: 'double',
    boolean: 'boolean',
    date: 'date',
    datetime: 'dateTime',
    unfilterable: 'address'
};

export function categoryOf(field: FieldDef): ValueCategory {
    return CATEGORIES[field.type];
}

export interface LiteralContext {
    soql: string;
    clock: EmulatorClock;
    /** Where the field was written, which is where type errors point. */
    fieldOffset: number;
}

export function toFilterValue(
    field: FieldDef,
    literal: Literal,
    context: LiteralContext
): FilterValue {
    if (literal.kind === 'null') return { kind: 'null' };

    const category = categoryOf(field);
    switch (category) {
        case 'id':
            if (literal.kind !== 'string') throw wrongType(field, category, context);
            return idValue(literal.value, literal.offset, context);
        case 'text':
            if (literal.kind !== 'string') throw wrongType(field, category, context);
            return { kind: 'text', value: literal.value };
        case 'number':
            if (literal.kind !== 'number') throw wrongType(field, category, context);
            return { kind: 'number', value: literal.value };
        case 'boolean':
            if (literal.kind !== 'boolean') throw wrongType(field, category, context);
            return { kind: 'boolean', value: literal.value };
        case 'date':
            if (literal.kind === 'date')
                return { kind: 'instant', value: dateToMillis(literal.text) };
            if (literal.kind === 'relativeDate') return relativeRange(literal, context.clock);
            throw wrongType(field, category, context);
        case 'datetime':
            if (literal.kind === 'datetime') return { kind: 'instant', value: literal.instant };
            if (literal.kind === 'relativeDate') return relativeRange(literal, context.clock);
            throw wrongType(field, category, context);
        case 'unfilterable':
            throw soqlErrorAt(
                'INVALID_FIELD',
                context.soql,
                context.fieldOffset,
                `field '${field.name}' can not be filtered in a query call`
            );
    }
}

/** A stored API value in the same terms as `toFilterValue`, or null. */
export function storedComparable(
    field: FieldDef,
    stored: unknown
): string | number | boolean | null {
    if (stored === null || stored === undefined) return null;

    switch (categoryOf(field)) {
        case 'number':
            return typeof stored === 'number' ? stored : Number(stored);
        case 'boolean':
            return stored === true || stored === 'true';
        case 'date':
            return typeof stored === 'string' ? dateToMillis(stored) : null;
        case 'datetime':
            return typeof stored === 'string' ? (parseDateTimeLiteral(stored) ?? null) : null;
        default:
            return typeof stored === 'string' ? stored : String(stored);
    }
}

function idValue(text: string, offset: number, context: LiteralContext): FilterValue {
    // An empty string on a lookup means "no parent", as it does in Salesforce.
    if (text === '') return { kind: 'null' };

    const id18 = toId18(text);
    if (id18 === undefined) {
        throw soqlErrorAt('MALFORMED_QUERY', context.soql, offset, `invalid ID field: ${text}`);
    }
    return { kind: 'text', value: id18 };
}

function relativeRange(
    literal: Extract<Literal, { kind: 'relativeDate' }>,
    clock: EmulatorClock
): FilterValue {
    const now = clock.now().getTime();
    const today = now - (now % DAY_MS);
    const days = literal.days ?? 0;

    switch (literal.name) {
        case 'YESTERDAY':
            return { kind: 'range', start: today - DAY_MS, end: today };
        case 'TOMORROW':
            return { kind: 'range', start: today + DAY_MS, end: today + 2 * DAY_MS };
        case 'LAST_N_DAYS':
            return { kind: 'range', start: today - days * DAY_MS, end: today + DAY_MS };
        case 'NEXT_N_DAYS':
            return { kind: 'range', start: today + DAY_MS, end: today + (days + 1) * DAY_MS };
        default:
            return { kind: 'range', start: today, end: today + DAY_MS };
    }
}

function dateToMillis(text: string): number {
    const [year, month, day] = text.slice(0, 10).split('-').map(Number);
    return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

function wrongType(field: FieldDef, category: ValueCategory, context: LiteralContext): Error {
    const quoted = category === 'id' || category === 'text';
    const typeName = field.type === 'int' ? 'integer' : TYPE_NAMES[category];
    return soqlErrorAt(
        'INVALID_FIELD',
        context.soql,
        context.fieldOffset,
        `value of filter criterion for field '${field.name}' must be of type ${typeName} and ` +
            `should ${quoted ? '' : 'not '}be enclosed in quotes`
    );
}
