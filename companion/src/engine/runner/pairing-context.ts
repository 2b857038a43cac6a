/**
 * Everything a pairing's run needs to know about both schemas, gathered once:
 * the field infos the transforms check against and the exact Salesforce
 * columns to read (address mappings expand to their five components).
 */
import type { DescribeField, DescribeResult } from '../../salesforce/salesforce-gateway';
import type { Repositories } from '../../store/repositories';
import type { Pairing } from '../mapping/mapping-schema';
import type { SalesforceFieldInfo, TrustworthyFieldInfo } from '../types';
import type { SalesforcePort, TrustworthyPort } from './ports';

export const EXTERNAL_ID_FIELD = 'Trustworthy_Id__c';
const SYSTEM_FIELDS = ['Id', 'IsDeleted', 'SystemModstamp', 'LastModifiedDate'];
/* A day: field changes in an org are rare, and the next run after an admin
   changes field access should not have to wait longer than that. */
const DESCRIBE_TTL_MS = 24 * 60 * 60 * 1000;
const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'];

export interface PairingContext {
    pairing: Pairing;
    salesforceFields: Map<string, SalesforceFieldInfo>;
    trustworthyFields: Map<string, TrustworthyFieldInfo>;
    /** Columns to SELECT on the Salesforce object. */
    salesforceColumns: string[];
    hasExternalIdField: boolean;
}

export async function buildPairingContext(
    pairing: Pairing,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort,
    repositories: Repositories,
    now: string
): Promise<PairingContext> {
    const salesforceFields = new Map(
        (await salesforceFieldInfos(pairing.salesforceObject, salesforce, repositories, now)).map(
            (f) => [f.name, f]
        )
    );
    const trustworthyFields = new Map(
        (
            await cachedTrustworthyFields(pairing.trustworthyObject, trustworthy, repositories, now)
        ).map((f) => [f.name, f])
    );
    const hasExternalIdField = salesforceFields.has(EXTERNAL_ID_FIELD);

    const mapped = pairing.fields.flatMap((field) =>
        field.transform === 'address' ? addressComponents(field.salesforce) : [field.salesforce]
    );
    const columns = [
        ...SYSTEM_FIELDS,
        ...(hasExternalIdField ? [EXTERNAL_ID_FIELD] : []),
        ...mapped
    ];
    const missing = columns.filter((column) => !salesforceFields.has(column));
    if (missing.length > 0) {
        throw new Error(
            `pairing ${pairing.id}: ${pairing.salesforceObject} has no readable field ${missing.join(', ')} (check the mapping and the integration user's field access)`
        );
    }

    return {
        pairing,
        salesforceFields,
        trustworthyFields,
        salesforceColumns: [...new Set(columns)],
        hasExternalIdField
    };
}

export function addressComponents(compoundName: string): string[] {
    const prefix = compoundName.replace(/Address$/, '');
    return ADDRESS_PARTS.map((part) => `${prefix}${part}`);
}

/** The object's fields as the integration user sees them (describe, cached for a day). */
export async function salesforceFieldInfos(
    objectName: string,
    salesforce: SalesforcePort,
    repositories: Repositories,
    now: string
): Promise<SalesforceFieldInfo[]> {
    return (await cachedDescribe(objectName, salesforce, repositories, now)).fields.map(
        toFieldInfo
    );
}

async function cachedDescribe(
    objectName: string,
    salesforce: SalesforcePort,
    repositories: Repositories,
    now: string
): Promise<DescribeResult> {
    const cached = await repositories.schemaCache.get('salesforce', objectName);
    const fresh = cached && Date.parse(now) - Date.parse(cached.fetchedAt) < DESCRIBE_TTL_MS;
    if (cached && fresh) return cached.body as DescribeResult;

    const described = await salesforce.describe(objectName);
    const slim: DescribeResult = { name: described.name, fields: described.fields.map(slimField) };
    await repositories.schemaCache.put('salesforce', objectName, slim, now);
    return slim;
}

export async function cachedTrustworthyFields(
    objectName: string,
    trustworthy: TrustworthyPort,
    repositories: Repositories,
    now: string
): Promise<TrustworthyFieldInfo[]> {
    const cached = await repositories.schemaCache.get('trustworthy', objectName);
    if (cached && Date.parse(now) - Date.parse(cached.fetchedAt) < DESCRIBE_TTL_MS)
        return cached.body as TrustworthyFieldInfo[];

    const fields = await trustworthy.objectFields(objectName);
    await repositories.schemaCache.put('trustworthy', objectName, fields, now);
    return fields;
}

function slimField(field: DescribeField): DescribeField {
    return {
        name: field.name,
        type: field.type,
        label: field.label,
        length: field.length,
        precision: field.precision,
        scale: field.scale,
        digits: field.digits,
        nillable: field.nillable,
        createable: field.createable,
        updateable: field.updateable,
        externalId: field.externalId,
        restrictedPicklist: field.restrictedPicklist,
        picklistValues: (field.picklistValues ?? []).map((entry) => ({
            value: entry.value,
            active: entry.active
        }))
    };
}

/** What the transforms and checks need of a described field (active picklist values only). */
export function toFieldInfo(field: DescribeField): SalesforceFieldInfo {
    return {
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
    };
}
