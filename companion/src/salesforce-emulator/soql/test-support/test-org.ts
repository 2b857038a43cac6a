/**
 * A small in-memory org for the SOQL and query-route tests: Account, Contact
 * and User definitions, a row store, and a user who cannot see one field.
 */
import { makeSalesforceId } from '../../../salesforce/ids';
import type { RowSource, SchemaView, StoredRow } from '../../context';
import type { FieldDef, SalesforceFieldType, SObjectDef } from '../../schema/types';

export const ADMIN_USER = '005EM0000000001AAA';
export const RESTRICTED_USER = '005EM0000000002AAA';

export function field(
    name: string,
    type: SalesforceFieldType,
    overrides: Partial<FieldDef> = {}
): FieldDef {
    const systemField = ['Id', 'IsDeleted', 'CreatedDate'].includes(name);
    return {
        name,
        label: name,
        type,
        length: type === 'string' ? 255 : 0,
        precision: 0,
        scale: 0,
        digits: 0,
        nillable: type !== 'id' && type !== 'boolean',
        createable: !systemField,
        updateable: !systemField,
        defaultedOnCreate: false,
        custom: name.endsWith('__c'),
        unique: false,
        externalId: false,
        idLookup: type === 'id',
        caseSensitive: false,
        filterable: true,
        sortable: true,
        calculated: false,
        picklistValues: [],
        restrictedPicklist: false,
        referenceTo: [],
        relationshipName: null,
        compoundFieldName: null,
        extraTypeInfo: null,
        inlineHelpText: null,
        ...overrides
    };
}

function object(name: string, keyPrefix: string, fields: FieldDef[]): SObjectDef {
    const standard = [field('Id', 'id'), field('IsDeleted', 'boolean')];
    return {
        name,
        label: name,
        labelPlural: `${name}s`,
        keyPrefix,
        custom: false,
        fields: [...standard, ...fields]
    };
}

export const USER_DEF = object('User', '005', [field('Name', 'string'), field('Email', 'email')]);

export const ACCOUNT_DEF = object('Account', '001', [
    field('Name', 'string'),
    field('AnnualRevenue', 'currency'),
    field('NumberOfEmployees', 'int'),
    field('Industry', 'picklist'),
    field('CreatedDate', 'datetime'),
    field('LastActivityDate', 'date'),
    field('OwnerId', 'reference', { referenceTo: ['User'], relationshipName: 'Owner' }),
    field('External_Key__c', 'string', { unique: true, caseSensitive: true, externalId: true }),
    field('Active__c', 'boolean'),
    field('BillingAddress', 'address')
]);

export const CONTACT_DEF = object('Contact', '003', [
    field('FirstName', 'string'),
    field('LastName', 'string'),
    field('Email', 'email'),
    field('Birthdate', 'date'),
    field('AccountId', 'reference', { referenceTo: ['Account'], relationshipName: 'Account' }),
    field('Secret__c', 'string')
]);

const HIDDEN_FROM_RESTRICTED = new Set(['Contact.Secret__c']);

export class TestOrg implements SchemaView, RowSource {
    private readonly objects = [ACCOUNT_DEF, CONTACT_DEF, USER_DEF];
    private readonly stored = new Map<string, StoredRow[]>();
    private readonly counters = new Map<string, number>();

    objectNames(): string[] {
        return this.objects.map((definition) => definition.name);
    }

    /** Names match exactly here, as a case-sensitive schema might; SOQL must cope. */
    describeFor(objectName: string, userId: string): SObjectDef | undefined {
        const definition = this.objects.find((candidate) => candidate.name === objectName);
        if (!definition || userId !== RESTRICTED_USER) return definition;

        const fields = definition.fields.filter(
            (candidate) => !HIDDEN_FROM_RESTRICTED.has(`${definition.name}.${candidate.name}`)
        );
        return { ...definition, fields };
    }

    rows(objectName: string): Iterable<StoredRow> {
        return this.stored.get(objectName) ?? [];
    }

    /** Adds a row with every field of the object present (null unless given). */
    insert(objectName: string, values: Record<string, unknown>, isDeleted = false): string {
        const definition = this.objects.find((candidate) => candidate.name === objectName);
        if (!definition) throw new Error(`no test object ${objectName}`);

        const sequence = (this.counters.get(objectName) ?? 0) + 1;
        this.counters.set(objectName, sequence);
        const id = makeSalesforceId(definition.keyPrefix, 'EM', sequence);

        const row: Record<string, unknown> = {};
        for (const fieldDef of definition.fields) row[fieldDef.name] = null;
        Object.assign(row, values, { Id: id, IsDeleted: isDeleted });

        const list = this.stored.get(objectName) ?? [];
        list.push({ values: row, isDeleted });
        this.stored.set(objectName, list);
        return id;
    }

    update(objectName: string, id: string, values: Record<string, unknown>): void {
        const row = (this.stored.get(objectName) ?? []).find(
            (candidate) => candidate.values.Id === id
        );
        if (!row) throw new Error(`no ${objectName} ${id}`);
        Object.assign(row.values, values);
    }

    /** Removes a row for good, as emptying the recycle bin does. */
    purge(objectName: string, id: string): void {
        const list = this.stored.get(objectName) ?? [];
        this.stored.set(
            objectName,
            list.filter((row) => row.values.Id !== id)
        );
    }
}
