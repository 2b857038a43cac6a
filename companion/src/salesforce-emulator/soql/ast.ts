/**
 * The parsed shape of a SOQL query, before any name is checked against the
 * org's objects. Every node keeps the offset of its first character so the
 * resolver can report unknown names where Salesforce would.
 */

export interface FieldPath {
    /** As written, e.g. `account.name`. */
    path: string;
    offset: number;
}

export type SelectItem =
    | { kind: 'field'; field: FieldPath }
    | { kind: 'countAll'; offset: number }
    | { kind: 'countField'; field: FieldPath; alias: string | null; offset: number };

export type Literal =
    | { kind: 'string'; value: string; raw: string; offset: number }
    | { kind: 'number'; value: number; text: string; offset: number }
    | { kind: 'boolean'; value: boolean; offset: number }
    | { kind: 'null'; offset: number }
    | { kind: 'date'; text: string; offset: number }
    | { kind: 'datetime'; text: string; instant: number; offset: number }
    | { kind: 'relativeDate'; name: string; days: number | null; text: string; offset: number };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE';

export type Condition =
    | { kind: 'and'; operands: Condition[] }
    | { kind: 'or'; operands: Condition[] }
    | { kind: 'not'; operand: Condition }
    | { kind: 'compare'; field: FieldPath; operator: ComparisonOperator; value: Literal }
    | { kind: 'in'; field: FieldPath; negated: boolean; values: Literal[] };

export interface OrderItem {
    field: FieldPath;
    descending: boolean;
    nullsLast: boolean;
}

export interface SelectQuery {
    select: SelectItem[];
    from: { name: string; offset: number };
    where: Condition | null;
    orderBy: OrderItem[];
    limit: number | null;
    offset: number | null;
    /** Where the OFFSET value was written, for range errors. */
    offsetAt: number | null;
}
