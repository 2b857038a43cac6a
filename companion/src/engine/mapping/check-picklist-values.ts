/**
 * Picklist values a mapping would write that the target's restricted list
 * does not contain. Each such value would fail on every record that has it,
 * so it is caught when the mapping is checked instead.
 */
import type { Direction, SalesforceFieldInfo, TrustworthyFieldInfo } from '../types';
import type { FieldMapping, MappingIssue } from './mapping-schema';
import { reverseValueMap } from './value-maps';

export function checkPicklistValues(
    field: FieldMapping,
    direction: Direction,
    salesforceInfo: SalesforceFieldInfo | undefined,
    trustworthyInfo: TrustworthyFieldInfo | undefined,
    fieldPath: string
): MappingIssue[] {
    if (field.transform !== 'picklist' && field.transform !== 'multi_picklist') return [];
    const issues: MappingIssue[] = [];

    const trustworthyAllowed = trustworthyInfo?.enumValues;
    if (direction !== 'to_salesforce' && trustworthyAllowed) {
        const written = field.valueMap
            ? Object.values(field.valueMap)
            : (salesforceInfo?.picklistValues ?? []);
        for (const value of missingFrom(written, trustworthyAllowed)) {
            issues.push({
                path: `${fieldPath}.${field.valueMap ? 'valueMap' : 'trustworthy'}`,
                message: `"${value}" is not an allowed value of ${field.trustworthy} in Trustworthy`
            });
        }
    }

    const salesforceAllowed = salesforceInfo?.restrictedPicklist
        ? salesforceInfo.picklistValues
        : undefined;
    const reverse = reverseValueMap(field);
    if (direction !== 'to_trustworthy' && salesforceAllowed) {
        const written = reverse ? Object.values(reverse) : (trustworthyInfo?.enumValues ?? []);
        for (const value of missingFrom(written, salesforceAllowed)) {
            issues.push({
                path: `${fieldPath}.${field.reverseValueMap ? 'reverseValueMap' : field.valueMap ? 'valueMap' : 'salesforce'}`,
                message: `"${value}" is not an allowed value of the restricted picklist ${field.salesforce} in Salesforce`
            });
        }
    }
    issues.push(
        ...uncoveredSourceValues(field, direction, salesforceInfo, trustworthyInfo, fieldPath)
    );
    return issues;
}

/**
 * Source values the value map does not translate, where the target accepts
 * only its own list: every record holding one would fail (or, on a first
 * match, look like a conflict), so the gap is an error before go-live.
 */
function uncoveredSourceValues(
    field: FieldMapping,
    direction: Direction,
    salesforceInfo: SalesforceFieldInfo | undefined,
    trustworthyInfo: TrustworthyFieldInfo | undefined,
    fieldPath: string
): MappingIssue[] {
    const issues: MappingIssue[] = [];
    const forward = field.valueMap;
    const reverse = reverseValueMap(field);

    if (forward && direction !== 'to_salesforce' && trustworthyInfo?.enumValues) {
        for (const value of missingFrom(
            salesforceInfo?.picklistValues ?? [],
            Object.keys(forward)
        )) {
            issues.push({
                path: `${fieldPath}.valueMap`,
                message: `the Salesforce value "${value}" of ${field.salesforce} has no Trustworthy value in the value map`
            });
        }
    }
    if (reverse && direction !== 'to_trustworthy' && salesforceInfo?.restrictedPicklist) {
        for (const value of missingFrom(trustworthyInfo?.enumValues ?? [], Object.keys(reverse))) {
            issues.push({
                path: `${fieldPath}.${field.reverseValueMap ? 'reverseValueMap' : 'valueMap'}`,
                message: `the Trustworthy value "${value}" of ${field.trustworthy} has no Salesforce value in the value map`
            });
        }
    }
    return issues;
}

function missingFrom(values: readonly string[], allowed: readonly string[]): string[] {
    const allowedFolded = new Set(allowed.map((value) => value.toLowerCase()));
    return [...new Set(values)].filter((value) => !allowedFolded.has(value.toLowerCase()));
}
