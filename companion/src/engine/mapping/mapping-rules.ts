/**
 * Checks across properties that a schema cannot express: unique pairing ids,
 * references to earlier pairings only (records of a referenced pairing must
 * exist before the reference can be resolved), each field used once per
 * side, match keys that are mapped, options that fit their transform, and
 * confidential fields left unmapped.
 */
import { checkConfidentialFields } from './confidential-rules';
import { formatPath } from './issue-path';
import type { FieldMapping, MappingFile, MappingIssue, Pairing } from './mapping-schema';
import { mergedTrustworthyValues } from './value-maps';

const PICKLIST_KINDS = new Set(['picklist', 'multi_picklist']);

export function checkMappingRules(mapping: MappingFile): MappingIssue[] {
    const issues: MappingIssue[] = [];
    const earlierIds = new Set<string>();
    const allIds = new Set(mapping.pairings.map((pairing) => pairing.id));

    mapping.pairings.forEach((pairing, index) => {
        const at = (...rest: PropertyKey[]): string => formatPath(['pairings', index, ...rest]);

        if (earlierIds.has(pairing.id)) {
            issues.push({ path: at('id'), message: `duplicate pairing id "${pairing.id}"` });
        }

        issues.push(...checkFieldsUsedOnce(pairing, at));
        issues.push(...checkMatchKeys(pairing, at));
        issues.push(...checkConfidentialFields(pairing, at));
        pairing.fields.forEach((field, fieldIndex) => {
            issues.push(
                ...checkFieldOptions(field, pairing, earlierIds, allIds, (...rest) =>
                    at('fields', fieldIndex, ...rest)
                )
            );
        });

        earlierIds.add(pairing.id);
    });

    return issues;
}

type PathMaker = (...rest: PropertyKey[]) => string;

function checkFieldsUsedOnce(pairing: Pairing, at: PathMaker): MappingIssue[] {
    const issues: MappingIssue[] = [];
    for (const side of ['salesforce', 'trustworthy'] as const) {
        const seen = new Set<string>();
        pairing.fields.forEach((field, fieldIndex) => {
            if (seen.has(field[side])) {
                issues.push({
                    path: at('fields', fieldIndex, side),
                    message: `field "${field[side]}" is already mapped in this pairing`
                });
            }
            seen.add(field[side]);
        });
    }
    return issues;
}

function checkMatchKeys(pairing: Pairing, at: PathMaker): MappingIssue[] {
    const issues: MappingIssue[] = [];
    pairing.matchKeys.forEach((key, keyIndex) => {
        const mapped = pairing.fields.some(
            (field) => field.salesforce === key.salesforce && field.trustworthy === key.trustworthy
        );
        if (!mapped) {
            issues.push({
                path: at('matchKeys', keyIndex),
                message: `match key ${key.salesforce} ↔ ${key.trustworthy} is not one of the pairing's mapped fields`
            });
        }
    });
    return issues;
}

function checkFieldOptions(
    field: FieldMapping,
    pairing: Pairing,
    earlierIds: ReadonlySet<string>,
    allIds: ReadonlySet<string>,
    at: PathMaker
): MappingIssue[] {
    const issues: MappingIssue[] = [];
    const isPicklist = PICKLIST_KINDS.has(field.transform);

    if (!isPicklist) {
        for (const option of ['valueMap', 'reverseValueMap', 'unmappedValue'] as const) {
            if (field[option] !== undefined) {
                issues.push({
                    path: at(option),
                    message: `only picklist and multi_picklist fields take ${option}`
                });
            }
        }
    }
    if (isPicklist && field.valueMap && !field.reverseValueMap) {
        const merged = mergedTrustworthyValues(field.valueMap);
        if (merged.length > 0) {
            issues.push({
                path: at('valueMap'),
                message: `several Salesforce values map to ${merged.map((v) => `"${v}"`).join(', ')}; add a reverseValueMap to say which one to write back`
            });
        }
    }
    if (isPicklist && field.reverseValueMap && !field.valueMap) {
        issues.push({
            path: at('reverseValueMap'),
            message: 'reverseValueMap needs a valueMap beside it'
        });
    }

    issues.push(...checkReferenceOption(field, pairing, earlierIds, allIds, at));
    issues.push(...checkDirectionOverride(field, pairing, at));
    return issues;
}

function checkReferenceOption(
    field: FieldMapping,
    pairing: Pairing,
    earlierIds: ReadonlySet<string>,
    allIds: ReadonlySet<string>,
    at: PathMaker
): MappingIssue[] {
    if (field.transform !== 'reference') {
        if (field.pairing === undefined) return [];
        return [{ path: at('pairing'), message: 'only reference fields take pairing' }];
    }
    if (field.pairing === undefined) {
        return [
            {
                path: at('pairing'),
                message: 'missing (a reference field names the pairing it points into)'
            }
        ];
    }
    if (earlierIds.has(field.pairing)) return [];
    if (field.pairing === pairing.id || allIds.has(field.pairing)) {
        return [
            {
                path: at('pairing'),
                message: `pairing "${field.pairing}" must come before "${pairing.id}" in the file`
            }
        ];
    }
    return [{ path: at('pairing'), message: `no pairing has the id "${field.pairing}"` }];
}

function checkDirectionOverride(
    field: FieldMapping,
    pairing: Pairing,
    at: PathMaker
): MappingIssue[] {
    // A field may narrow a two-way pairing, but cannot flow against a one-way pairing.
    if (field.direction === undefined || pairing.direction === 'both') return [];
    if (field.direction === pairing.direction) return [];
    return [{ path: at('direction'), message: `the pairing only flows ${pairing.direction}` }];
}
