/**
 * Checks a parsed query against the org's objects as the querying user sees
 * them, and produces the resolved query the executor runs: every name bound
 * to its definition, every literal checked and converted for its field.
 */
import type { EmulatorClock } from '../clock';
import type { SchemaView } from '../context';
import type { SObjectDef } from '../schema/types';
import type { ComparisonOperator, Condition, Literal, SelectQuery } from './ast';
import { resolveFieldPath, type FieldRef, type PathContext } from './field-paths';
import { categoryOf, toFilterValue, type FilterValue } from './filter-values';
import { compileLikePattern } from './like-pattern';
import { SoqlError, soqlErrorAt } from './soql-error';

export type ResolvedCondition =
    | { kind: 'and' | 'or'; operands: ResolvedCondition[] }
    | { kind: 'not'; operand: ResolvedCondition }
    | {
          kind: 'compare';
          ref: FieldRef;
          operator: Exclude<ComparisonOperator, 'LIKE'>;
          value: FilterValue;
      }
    | { kind: 'like'; ref: FieldRef; pattern: RegExp }
    | { kind: 'in'; ref: FieldRef; negated: boolean; values: FilterValue[] };

export type ResolvedSelect =
    | { kind: 'records'; columns: FieldRef[] }
    | { kind: 'count' }
    | { kind: 'countField'; ref: FieldRef; alias: string };

export interface ResolvedOrder {
    ref: FieldRef;
    descending: boolean;
    nullsLast: boolean;
}

export interface ResolvedQuery {
    object: SObjectDef;
    select: ResolvedSelect;
    where: ResolvedCondition | null;
    orderBy: ResolvedOrder[];
    limit: number | null;
    offset: number | null;
}

export interface ResolveContext {
    soql: string;
    schema: SchemaView;
    userId: string;
    clock: EmulatorClock;
}

const MAX_OFFSET = 2000;

export function resolveQuery(query: SelectQuery, context: ResolveContext): ResolvedQuery {
    const object = findObject(query.from.name, context);
    if (!object) {
        throw soqlErrorAt(
            'INVALID_TYPE',
            context.soql,
            query.from.offset,
            `sObject type '${query.from.name}' is not supported. If you are attempting to use a ` +
                `custom object, be sure to append the '__c' after the entity name. Please reference ` +
                `your WSDL or the describe call for the appropriate names.`
        );
    }

    const paths: PathContext = {
        soql: context.soql,
        root: object,
        schema: context.schema,
        userId: context.userId
    };
    const select = resolveSelect(query, paths);
    const where = query.where ? resolveCondition(query.where, paths, context.clock) : null;
    const orderBy = query.orderBy.map((item) => ({
        ref: resolveFieldPath(item.field, paths),
        descending: item.descending,
        nullsLast: item.nullsLast
    }));

    if (query.offset !== null && query.offset > MAX_OFFSET) {
        throw new SoqlError(
            'NUMBER_OUTSIDE_VALID_RANGE',
            `Maximum SOQL offset allowed is ${MAX_OFFSET}`
        );
    }
    return { object, select, where, orderBy, limit: query.limit, offset: query.offset };
}

function findObject(name: string, context: ResolveContext): SObjectDef | undefined {
    const exact = context.schema.describeFor(name, context.userId);
    if (exact) return exact;

    const definedName = context.schema
        .objectNames(context.userId)
        .find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    return definedName ? context.schema.describeFor(definedName, context.userId) : undefined;
}

function resolveSelect(query: SelectQuery, paths: PathContext): ResolvedSelect {
    const [first, ...others] = query.select;
    if (!first) throw new Error('the parser always yields at least one select item');

    if (first.kind === 'countAll' || first.kind === 'countField') {
        const extra = others[0];
        if (extra) {
            const offset = extra.kind === 'field' ? extra.field.offset : extra.offset;
            throw soqlErrorAt(
                'MALFORMED_QUERY',
                paths.soql,
                offset,
                'only one aggregate or COUNT() may be selected'
            );
        }
        if (first.kind === 'countAll') return { kind: 'count' };
        return {
            kind: 'countField',
            ref: resolveFieldPath(first.field, paths),
            alias: first.alias ?? 'expr0'
        };
    }

    const columns: FieldRef[] = [];
    const seen = new Set<string>();
    for (const item of query.select) {
        if (item.kind !== 'field') {
            throw soqlErrorAt(
                'MALFORMED_QUERY',
                paths.soql,
                item.offset,
                "unexpected token: 'COUNT'"
            );
        }

        const ref = resolveFieldPath(item.field, paths);
        const key = columnKey(ref);
        if (seen.has(key))
            throw new SoqlError('INVALID_FIELD', `duplicate field selected: ${columnLabel(ref)}`);
        seen.add(key);
        columns.push(ref);
    }
    return { kind: 'records', columns };
}

function resolveCondition(
    condition: Condition,
    paths: PathContext,
    clock: EmulatorClock
): ResolvedCondition {
    switch (condition.kind) {
        case 'and':
        case 'or':
            return {
                kind: condition.kind,
                operands: condition.operands.map((operand) =>
                    resolveCondition(operand, paths, clock)
                )
            };
        case 'not':
            return { kind: 'not', operand: resolveCondition(condition.operand, paths, clock) };
        case 'in': {
            const ref = resolveFieldPath(condition.field, paths);
            const values = condition.values.map((value) =>
                literalFor(ref, value, condition.field.offset, paths, clock)
            );
            return { kind: 'in', ref, negated: condition.negated, values };
        }
        case 'compare': {
            const ref = resolveFieldPath(condition.field, paths);
            if (condition.operator === 'LIKE')
                return resolveLike(ref, condition.value, condition.field.offset, paths);
            const value = literalFor(ref, condition.value, condition.field.offset, paths, clock);
            return { kind: 'compare', ref, operator: condition.operator, value };
        }
    }
}

function resolveLike(
    ref: FieldRef,
    literal: Literal,
    fieldOffset: number,
    paths: PathContext
): ResolvedCondition {
    if (categoryOf(ref.field) !== 'text' || literal.kind !== 'string') {
        throw soqlErrorAt(
            'INVALID_FIELD',
            paths.soql,
            fieldOffset,
            `value of filter criterion for field '${ref.field.name}' must be of type string and should be enclosed in quotes`
        );
    }
    return { kind: 'like', ref, pattern: compileLikePattern(literal.raw) };
}

function literalFor(
    ref: FieldRef,
    literal: Literal,
    fieldOffset: number,
    paths: PathContext,
    clock: EmulatorClock
): FilterValue {
    return toFilterValue(ref.field, literal, { soql: paths.soql, clock, fieldOffset });
}

export function columnLabel(ref: FieldRef): string {
    return ref.via ? `${ref.via.name}.${ref.field.name}` : ref.field.name;
}

function columnKey(ref: FieldRef): string {
    return columnLabel(ref).toLowerCase();
}
