/**
 * Decides whether a stored row satisfies a resolved WHERE clause, and orders
 * rows for ORDER BY.
 *
 * String comparisons ignore case except on fields that are both unique and
 * case-sensitive, which is Salesforce's documented rule for comparison
 * operators; sorting always ignores case (ORDER BY documentation). Ids are
 * stored and compared in their 18-character form, so exact comparison is
 * right for them. SOQL has no three-valued logic: `Name != 'x'` keeps rows
 * whose Name is null, and `<`/`>` never match a null.
 */
import type { StoredRow } from '../context';
import type { FieldDef } from '../schema/types';
import type { FieldRef } from './field-paths';
import { categoryOf, storedComparable, type FilterValue } from './filter-values';
import type { RecordLookup } from './record-lookup';
import type { ResolvedCondition, ResolvedOrder } from './resolve-query';

type Comparable = string | number | boolean;

export function rowMatches(
    condition: ResolvedCondition,
    row: StoredRow,
    lookup: RecordLookup
): boolean {
    switch (condition.kind) {
        case 'and':
            return condition.operands.every((operand) => rowMatches(operand, row, lookup));
        case 'or':
            return condition.operands.some((operand) => rowMatches(operand, row, lookup));
        case 'not':
            return !rowMatches(condition.operand, row, lookup);
        case 'like': {
            const value = lookup.valueOf(row, condition.ref);
            return typeof value === 'string' && condition.pattern.test(value);
        }
        case 'in': {
            const stored = comparableOf(condition.ref, row, lookup);
            const found = condition.values.some((value) =>
                equalsValue(condition.ref.field, stored, value)
            );
            return condition.negated ? !found : found;
        }
        case 'compare': {
            const stored = comparableOf(condition.ref, row, lookup);
            return compareWith(condition.ref.field, stored, condition.operator, condition.value);
        }
    }
}

function comparableOf(ref: FieldRef, row: StoredRow, lookup: RecordLookup): Comparable | null {
    return storedComparable(ref.field, lookup.valueOf(row, ref));
}

function compareWith(
    field: FieldDef,
    stored: Comparable | null,
    operator: '=' | '!=' | '<' | '<=' | '>' | '>=',
    value: FilterValue
): boolean {
    if (operator === '=') return equalsValue(field, stored, value);
    if (operator === '!=') return !equalsValue(field, stored, value);
    if (stored === null || value.kind === 'null') return false;

    if (value.kind === 'range') {
        if (typeof stored !== 'number') return false;
        if (operator === '<') return stored < value.start;
        if (operator === '<=') return stored < value.end;
        if (operator === '>') return stored >= value.end;
        return stored >= value.start;
    }

    const order = compareComparables(field, stored, value.value);
    if (operator === '<') return order < 0;
    if (operator === '<=') return order <= 0;
    if (operator === '>') return order > 0;
    return order >= 0;
}

function equalsValue(field: FieldDef, stored: Comparable | null, value: FilterValue): boolean {
    if (value.kind === 'null') return stored === null;
    if (stored === null) return false;

    if (value.kind === 'range') {
        return typeof stored === 'number' && stored >= value.start && stored < value.end;
    }

    if (typeof stored === 'string' && typeof value.value === 'string' && !isCaseSensitive(field)) {
        return stored.toUpperCase() === value.value.toUpperCase();
    }
    return stored === value.value;
}

function isCaseSensitive(field: FieldDef): boolean {
    return categoryOf(field) === 'id' || (field.unique && field.caseSensitive);
}

function compareComparables(field: FieldDef, left: Comparable, right: Comparable): number {
    if (typeof left === 'string' && typeof right === 'string') {
        const a = isCaseSensitive(field) ? left : left.toUpperCase();
        const b = isCaseSensitive(field) ? right : right.toUpperCase();
        return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    if (typeof left === 'boolean' && typeof right === 'boolean')
        return Number(left) - Number(right);
    return 0;
}

/** Sorts in place; rows that tie keep their stored order. */
export function sortRows(rows: StoredRow[], orderBy: ResolvedOrder[], lookup: RecordLookup): void {
    if (orderBy.length === 0) return;

    const keyed = rows.map((row) => ({
        row,
        keys: orderBy.map((item) => sortKey(item.ref, row, lookup))
    }));

    keyed.sort((left, right) => {
        for (const [position, item] of orderBy.entries()) {
            const order = compareSortKeys(
                item,
                left.keys[position] ?? null,
                right.keys[position] ?? null
            );
            if (order !== 0) return order;
        }
        return 0;
    });

    keyed.forEach((entry, position) => {
        rows[position] = entry.row;
    });
}

function sortKey(ref: FieldRef, row: StoredRow, lookup: RecordLookup): Comparable | null {
    const value = comparableOf(ref, row, lookup);
    return typeof value === 'string' ? value.toUpperCase() : value;
}

function compareSortKeys(
    item: ResolvedOrder,
    left: Comparable | null,
    right: Comparable | null
): number {
    if (left === null || right === null) {
        if (left === right) return 0;
        const nullComesFirst = item.nullsLast ? 1 : -1;
        return left === null ? nullComesFirst : -nullComesFirst;
    }

    const order = compareComparables(item.ref.field, left, right);
    return item.descending ? -order : order;
}
