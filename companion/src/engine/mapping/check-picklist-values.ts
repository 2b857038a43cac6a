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
        const written = field.valueMap ? Object.values(field.valueMap) : (salesforceInfo?.picklistValues ?? []);
        for (const value of missingFrom(written, trustworthyAllowed)) {
            issues.push({
                path: `${fieldPath}.${field.valueMap ? 'valueMap' : 'trustworthy'}`,
                message: `"${value}" is not an allowed value of ${field.trustworthy} in Trustworthy`
            });
        }
    }

    const salesforceAllowed = salesforceInfo?.restrictedPicklist ? salesforceInfo.picklistValues : undefined;
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
    return issues;
}

function missingFrom(values: readonly string[], allowed: readonly string[]): string[] {
    const allowedFolded = new Set(allowed.map((value) => value.toLowerCase()));
    return [...new Set(values)].filter((value) => !allowedFolded.has(value.toLowerCase()));
}
