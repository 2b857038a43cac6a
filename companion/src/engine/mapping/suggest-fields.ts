/**
 * Suggested field pairs for a Salesforce object and a Trustworthy object:
 * every pair whose names (or the Salesforce label) are alike, best first,
 * each field used once, with the type verdict and the transform to use.
 * Fields only the org maintains (Id, audit fields, formulas) and the parts
 * of a compound address (the address itself is suggested) are left out.
 */
import type { TrustworthyFieldInfo } from '../types';
import { nameSimilarity } from './name-similarity';
import { typeVerdict, type SuggestableSalesforceField, type TypeVerdict } from './type-verdict';

export interface SuggestionInputField extends SuggestableSalesforceField {
    calculated?: boolean;
    compoundFieldName?: string | null;
    createable: boolean;
    updateable: boolean;
}

export interface FieldSuggestion extends TypeVerdict {
    salesforce: string;
    trustworthy: string;
    /** How alike the names are, 0–1. */
    confidence: number;
}

export interface Suggestions {
    pairs: FieldSuggestion[];
    unmatched: { salesforce: string[]; trustworthy: string[] };
}

const MIN_CONFIDENCE = 0.5;
const ORG_MAINTAINED = new Set([
    'id',
    'isdeleted',
    'createddate',
    'createdbyid',
    'lastmodifieddate',
    'lastmodifiedbyid',
    'systemmodstamp',
    'trustworthy_id__c'
]);
const TRUSTWORTHY_MAINTAINED = new Set(['id', 'created_at', 'updated_at', 'external_ref']);

export function suggestFieldPairs(
    salesforceFields: readonly SuggestionInputField[],
    trustworthyFields: readonly TrustworthyFieldInfo[]
): Suggestions {
    const salesforce = salesforceFields.filter((field) => isSuggestable(field, salesforceFields));
    const trustworthy = trustworthyFields.filter(
        (field) => !TRUSTWORTHY_MAINTAINED.has(field.name) && !field.readOnly
    );

    const candidates = salesforce.flatMap((left) =>
        trustworthy.map((right) => ({ left, right, confidence: similarity(left, right.name) }))
    );
    const ranked = candidates
        .filter((candidate) => candidate.confidence >= MIN_CONFIDENCE)
        .map((candidate) => ({
            ...candidate,
            verdict: typeVerdict(candidate.left, candidate.right)
        }))
        .sort(
            (a, b) =>
                b.confidence - a.confidence ||
                verdictRank(a.verdict) - verdictRank(b.verdict) ||
                Number(isSecondary(a.left.name)) - Number(isSecondary(b.left.name))
        );

    const usedSalesforce = new Set<string>();
    const usedTrustworthy = new Set<string>();
    const pairs: FieldSuggestion[] = [];
    for (const { left, right, confidence, verdict } of ranked) {
        if (usedSalesforce.has(left.name) || usedTrustworthy.has(right.name)) continue;
        usedSalesforce.add(left.name);
        usedTrustworthy.add(right.name);
        pairs.push({
            salesforce: left.name,
            trustworthy: right.name,
            confidence: round(confidence),
            ...verdict
        });
    }

    return {
        pairs,
        unmatched: {
            salesforce: salesforce
                .filter((field) => !usedSalesforce.has(field.name))
                .map((field) => field.name),
            trustworthy: trustworthy
                .filter((field) => !usedTrustworthy.has(field.name))
                .map((field) => field.name)
        }
    };
}

function isSuggestable(field: SuggestionInputField, all: readonly SuggestionInputField[]): boolean {
    if (ORG_MAINTAINED.has(field.name.toLowerCase()) || field.calculated) return false;
    const compound = field.compoundFieldName
        ? all.find((other) => other.name === field.compoundFieldName)
        : undefined;
    if (compound?.type === 'address') return false;
    // A read-only compound such as Contact.Name is written through its parts (Account.Name names itself).
    const isCompoundOfParts = all.some(
        (other) => other.name !== field.name && other.compoundFieldName === field.name
    );
    return !(isCompoundOfParts && field.type !== 'address');
}

/* Between equally good names, the primary one (MailingAddress, not OtherAddress) is meant. */
function isSecondary(name: string): boolean {
    return /^(Other|Shipping|Alternate|Secondary)/.test(name);
}

function similarity(field: SuggestionInputField, trustworthyName: string): number {
    return Math.max(
        nameSimilarity(field.name, trustworthyName),
        field.label ? nameSimilarity(field.label, trustworthyName) : 0
    );
}

function verdictRank(verdict: TypeVerdict): number {
    return verdict.verdict === 'compatible' ? 0 : verdict.verdict === 'needs_transform' ? 1 : 2;
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
