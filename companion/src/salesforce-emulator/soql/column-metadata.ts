/**
 * The reply to `query?q=…&columns=true`, which `sf data query` asks for
 * before running a query so it can lay out its table. Fields reached through
 * a lookup are grouped under one column named after the relationship, with
 * the parent's fields as its `joinColumns`.
 */
import type { FieldDef, SalesforceFieldType } from '../schema/types';
import type { FieldRef } from './field-paths';
import { categoryOf } from './filter-values';
import type { ResolvedQuery } from './resolve-query';

export interface ColumnMetadata {
    aggregate: boolean;
    apexType: string | null;
    booleanType: boolean;
    columnName: string;
    custom: boolean;
    displayName: string;
    foreignKeyName: string | null;
    insertable: boolean;
    joinColumns: ColumnMetadata[];
    numberType: boolean;
    textType: boolean;
    updatable: boolean;
}

export interface QueryColumnsReply {
    columnMetadata: ColumnMetadata[];
    entityName: string;
    groupBy: boolean;
    idSelected: boolean;
    keyPrefix: string;
}

const APEX_TYPES: Record<SalesforceFieldType, string> = {
    id: 'Id',
    reference: 'Id',
    string: 'String',
    textarea: 'String',
    email: 'String',
    phone: 'String',
    url: 'String',
    picklist: 'String',
    multipicklist: 'String',
    combobox: 'String',
    boolean: 'Boolean',
    date: 'Date',
    datetime: 'Datetime',
    double: 'Double',
    currency: 'Decimal',
    percent: 'Double',
    int: 'Integer',
    address: 'Address'
};

export function describeColumns(query: ResolvedQuery): QueryColumnsReply {
    const reply = {
        entityName: query.object.name,
        groupBy: false,
        keyPrefix: query.object.keyPrefix
    };

    switch (query.select.kind) {
        case 'count':
            return { columnMetadata: [], ...reply, idSelected: false };
        case 'countField':
            return {
                columnMetadata: [aggregateColumn(query.select.alias, query.select.ref)],
                ...reply,
                idSelected: false
            };
        case 'records': {
            const columns = query.select.columns;
            const idSelected = columns.some((ref) => !ref.via && ref.field.type === 'id');
            return { columnMetadata: groupColumns(columns), ...reply, idSelected };
        }
    }
}

function groupColumns(refs: FieldRef[]): ColumnMetadata[] {
    const columns: ColumnMetadata[] = [];
    const relationships = new Map<string, ColumnMetadata>();

    for (const ref of refs) {
        if (!ref.via) {
            columns.push(fieldColumn(ref.field));
            continue;
        }

        let parentColumn = relationships.get(ref.via.name);
        if (!parentColumn) {
            parentColumn = relationshipColumn(ref.via.name, ref.via.lookup.custom);
            relationships.set(ref.via.name, parentColumn);
            columns.push(parentColumn);
        }
        parentColumn.joinColumns.push(fieldColumn(ref.field));
    }
    return columns;
}

function fieldColumn(field: FieldDef): ColumnMetadata {
    const category = categoryOf(field);
    return {
        aggregate: false,
        apexType: APEX_TYPES[field.type],
        booleanType: category === 'boolean',
        columnName: field.name,
        custom: field.custom,
        displayName: field.name,
        foreignKeyName: null,
        insertable: field.createable,
        joinColumns: [],
        numberType: category === 'number',
        textType: category === 'text',
        updatable: field.updateable
    };
}

function relationshipColumn(name: string, custom: boolean): ColumnMetadata {
    return {
        aggregate: false,
        apexType: null,
        booleanType: false,
        columnName: name,
        custom,
        displayName: name,
        foreignKeyName: null,
        insertable: false,
        joinColumns: [],
        numberType: false,
        textType: false,
        updatable: false
    };
}

function aggregateColumn(alias: string, ref: FieldRef): ColumnMetadata {
    return {
        aggregate: true,
        apexType: 'Integer',
        booleanType: false,
        columnName: alias,
        custom: false,
        displayName: `COUNT(${ref.field.name})`,
        foreignKeyName: null,
        insertable: false,
        joinColumns: [],
        numberType: true,
        textType: false,
        updatable: false
    };
}
