/**
 * Rules for a pairing's confidential fields: a confidential field cannot be
 * mapped (the address compound counts through its five components), and the
 * fields the sync itself needs to find and order records cannot be declared
 * confidential, since a pairing could then not run at all.
 */
import { salesforceAddressFields } from '../transforms/address';
import type { Side } from '../types';
import { isConfidential } from './confidential-fields';
import type { FieldMapping, MappingIssue, Pairing } from './mapping-schema';

type PathMaker = (...rest: PropertyKey[]) => string;

const NEEDED_BY_THE_SYNC: Record<Side, readonly string[]> = {
    salesforce: ['Id', 'IsDeleted', 'SystemModstamp', 'LastModifiedDate', 'Trustworthy_Id__c'],
    trustworthy: ['id', 'updated_at', 'external_ref']
};

export function checkConfidentialFields(pairing: Pairing, at: PathMaker): MappingIssue[] {
    if (!pairing.confidentialFields) return [];
    const issues: MappingIssue[] = [];

    pairing.fields.forEach((field, fieldIndex) => {
        for (const side of ['salesforce', 'trustworthy'] as const) {
            const confidential = touchedFields(field, side).filter((name) =>
                isConfidential(pairing, side, name)
            );
            if (confidential.length === 0) continue;
            const object =
                side === 'salesforce' ? pairing.salesforceObject : pairing.trustworthyObject;
            issues.push({
                path: at('fields', fieldIndex, side),
                message: `${confidential.map((name) => `${object}.${name}`).join(', ')} is confidential: it is never read or written by the sync, so it cannot be mapped`
            });
        }
    });

    for (const side of ['salesforce', 'trustworthy'] as const) {
        pairing.confidentialFields[side].forEach((name, index) => {
            const needed = NEEDED_BY_THE_SYNC[side].find((system) => sameName(side, system, name));
            if (!needed) return;
            issues.push({
                path: at('confidentialFields', side, index),
                message: `${needed} cannot be confidential: the sync needs it to find and order records`
            });
        });
    }
    return issues;
}

function touchedFields(field: FieldMapping, side: Side): string[] {
    if (side === 'salesforce' && field.transform === 'address') {
        return [field.salesforce, ...Object.values(salesforceAddressFields(field.salesforce))];
    }
    return [field[side]];
}

function sameName(side: Side, a: string, b: string): boolean {
    return side === 'salesforce' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
