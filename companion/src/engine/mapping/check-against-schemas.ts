/**
 * Checks a parsed mapping against both sides' schemas: every field exists,
 * its type suits the transform, it can be written in the directions it
 * flows, picklist values exist where the target restricts them, and every
 * field a new record needs is covered. Problems that only limit the sync
 * (a field settable on create only) are warnings; the rest are errors.
 */
import { ADDRESS_PARTS, salesforceAddressFields } from '../transforms/address';
import type { SalesforceFieldInfo, Side, TrustworthyFieldInfo } from '../types';
import { formatPath } from './issue-path';
import type { FieldMapping, MappingFile, MappingIssue, Pairing } from './mapping-schema';
import { SALESFORCE_TYPES, TRUSTWORTHY_TYPES } from './transform-compatibility';
import { checkPicklistValues } from './check-picklist-values';

export interface SchemaIssue extends MappingIssue {
    severity: 'error' | 'warning';
}

export interface SchemaResolvers {
    salesforce: (objectName: string) => SalesforceFieldInfo[];
    trustworthy: (objectName: string) => TrustworthyFieldInfo[];
}

interface PairingSchemas {
    pairing: Pairing;
    index: number;
    salesforce: SalesforceFieldInfo[];
    trustworthy: TrustworthyFieldInfo[];
    mapping: MappingFile;
}

export function checkMappingAgainstSchemas(
    mapping: MappingFile,
    resolvers: SchemaResolvers
): SchemaIssue[] {
    return mapping.pairings.flatMap((pairing, index) => {
        const schemas: PairingSchemas = {
            pairing,
            index,
            mapping,
            salesforce: resolvers.salesforce(pairing.salesforceObject),
            trustworthy: resolvers.trustworthy(pairing.trustworthyObject)
        };

        const objectIssues = checkObjectsKnown(schemas);
        if (objectIssues.length > 0) return objectIssues;

        return [
            ...pairing.fields.flatMap((field, fieldIndex) =>
                checkField(schemas, field, fieldIndex)
            ),
            ...checkRequiredCovered(schemas, 'salesforce'),
            ...checkRequiredCovered(schemas, 'trustworthy')
        ];
    });
}

function checkObjectsKnown({
    pairing,
    index,
    salesforce,
    trustworthy
}: PairingSchemas): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    if (salesforce.length === 0) {
        const message = `Salesforce object ${pairing.salesforceObject} is unknown or not visible to the integration user`;
        issues.push(error(['pairings', index, 'salesforceObject'], message));
    }
    if (trustworthy.length === 0) {
        const message = `Trustworthy object ${pairing.trustworthyObject} is unknown`;
        issues.push(error(['pairings', index, 'trustworthyObject'], message));
    }
    return issues;
}

function checkField(
    schemas: PairingSchemas,
    field: FieldMapping,
    fieldIndex: number
): SchemaIssue[] {
    const at = (...rest: PropertyKey[]): PropertyKey[] => [
        'pairings',
        schemas.index,
        'fields',
        fieldIndex,
        ...rest
    ];
    const { pairing } = schemas;
    const salesforceInfo = schemas.salesforce.find((info) => info.name === field.salesforce);
    const trustworthyInfo = schemas.trustworthy.find((info) => info.name === field.trustworthy);
    const writtenSalesforce = salesforceWrittenFields(schemas, field);

    const issues: SchemaIssue[] = [];
    const missingSalesforce =
        field.transform === 'address' ? writtenSalesforce.missing : [field.salesforce];
    if (!salesforceInfo && missingSalesforce.length > 0) {
        const message = `${pairing.salesforceObject} has no field ${missingSalesforce.join(', ')}`;
        issues.push(error(at('salesforce'), message));
    }
    if (!trustworthyInfo) {
        issues.push(
            error(
                at('trustworthy'),
                `${pairing.trustworthyObject} has no field ${field.trustworthy}`
            )
        );
    }

    const unsuited = (name: string, sideLabel: string, type: string): SchemaIssue =>
        error(
            at('transform'),
            `${field.transform} cannot handle ${name}, a ${sideLabel} ${type} field`
        );
    if (salesforceInfo && !SALESFORCE_TYPES[field.transform].includes(salesforceInfo.type)) {
        issues.push(unsuited(field.salesforce, 'Salesforce', salesforceInfo.type));
    }
    if (trustworthyInfo && !TRUSTWORTHY_TYPES[field.transform].includes(trustworthyInfo.type)) {
        issues.push(unsuited(field.trustworthy, 'Trustworthy', trustworthyInfo.type));
    }

    const direction = field.direction ?? pairing.direction;
    if (direction !== 'to_trustworthy') {
        issues.push(...checkSalesforceWritable(writtenSalesforce.infos, at('salesforce')));
    }
    if (direction !== 'to_salesforce' && trustworthyInfo?.readOnly) {
        const message = `${field.trustworthy} is read-only in Trustworthy, but the field flows to Trustworthy`;
        issues.push(error(at('trustworthy'), message));
    }

    const picklistIssues = checkPicklistValues(
        field,
        direction,
        salesforceInfo,
        trustworthyInfo,
        formatPath(at())
    );
    issues.push(...picklistIssues.map(asError));
    issues.push(...checkReferenceTarget(schemas, field, trustworthyInfo, at('pairing')));
    return issues;
}

/** The Salesforce fields a write actually touches: an address's five parts, or the field itself. */
function salesforceWrittenFields(
    schemas: PairingSchemas,
    field: FieldMapping
): { infos: SalesforceFieldInfo[]; missing: string[] } {
    const names =
        field.transform === 'address'
            ? Object.values(salesforceAddressFields(field.salesforce))
            : [field.salesforce];
    const infos = names.flatMap((name) => schemas.salesforce.filter((info) => info.name === name));
    const missing = names.filter((name) => !infos.some((info) => info.name === name));
    return { infos, missing };
}

function checkSalesforceWritable(infos: SalesforceFieldInfo[], path: PropertyKey[]): SchemaIssue[] {
    return infos.flatMap((info): SchemaIssue[] => {
        if (!info.createable && !info.updateable) {
            return [
                error(
                    path,
                    `${info.name} is read-only in Salesforce, but the field flows to Salesforce`
                )
            ];
        }
        if (!info.updateable) {
            const message = `${info.name} can only be set when a Salesforce record is created; later changes will not reach it`;
            return [warning(path, message)];
        }
        if (!info.createable) {
            return [
                warning(
                    path,
                    `${info.name} cannot be set when a Salesforce record is created, only updated`
                )
            ];
        }
        return [];
    });
}

function checkReferenceTarget(
    schemas: PairingSchemas,
    field: FieldMapping,
    trustworthyInfo: TrustworthyFieldInfo | undefined,
    path: PropertyKey[]
): SchemaIssue[] {
    if (field.transform !== 'reference' || !trustworthyInfo?.referenceTo) return [];
    const target = schemas.mapping.pairings.find((candidate) => candidate.id === field.pairing);
    if (!target || target.trustworthyObject === trustworthyInfo.referenceTo) return [];
    const message =
        `${field.trustworthy} points to ${trustworthyInfo.referenceTo}, ` +
        `but pairing "${target.id}" syncs ${target.trustworthyObject}`;
    return [error(path, message)];
}

function checkRequiredCovered(schemas: PairingSchemas, side: Side): SchemaIssue[] {
    const { pairing, index } = schemas;
    if (pairing.direction !== 'both' && pairing.direction !== `to_${side}`) return [];

    const covered = new Set(
        pairing.fields
            .filter((field) => {
                const direction = field.direction ?? pairing.direction;
                return direction === 'both' || direction === `to_${side}`;
            })
            .flatMap((field) =>
                side === 'salesforce' && field.transform === 'address'
                    ? ADDRESS_PARTS.map((part) => salesforceAddressFields(field.salesforce)[part])
                    : [field[side]]
            )
    );

    const required =
        side === 'salesforce'
            ? requiredSalesforce(schemas.salesforce)
            : requiredTrustworthy(schemas.trustworthy);
    const object = side === 'salesforce' ? pairing.salesforceObject : pairing.trustworthyObject;
    const explain = (name: string): string =>
        `required ${side} field ${object}.${name} is not filled by the mapping, so new records cannot be created there`;
    return required
        .filter((name) => !covered.has(name))
        .map((name) => error(['pairings', index, 'fields'], explain(name)));
}

function requiredSalesforce(fields: SalesforceFieldInfo[]): string[] {
    // SalesforceFieldInfo lacks describe's defaultedOnCreate, so only checkboxes and the
    // owner are known to be defaulted; any other defaulted non-nillable field (a custom
    // lookup with a default, say) is reported as required although Salesforce fills it.
    return fields
        .filter((info) => !info.nillable && info.createable)
        .filter((info) => info.type !== 'boolean' && info.name !== 'OwnerId')
        .map((info) => info.name);
}

function requiredTrustworthy(fields: TrustworthyFieldInfo[]): string[] {
    return fields.filter((info) => info.required && !info.readOnly).map((info) => info.name);
}

function error(path: PropertyKey[], message: string): SchemaIssue {
    return { path: formatPath(path), message, severity: 'error' };
}

function warning(path: PropertyKey[], message: string): SchemaIssue {
    return { path: formatPath(path), message, severity: 'warning' };
}

function asError(issue: MappingIssue): SchemaIssue {
    return { ...issue, severity: 'error' };
}
