/*
 * Turns a stored mapping and the companion's suggestions into editable table
 * rows, and the rows back into a mapping document to validate or save. No UI
 * here, so the mapping tab's components share one set of rules.
 */
import type {
    FieldMapping,
    FieldRow,
    MappingDocument,
    Pairing,
    PairingSettings,
    SuggestedPair,
    SuggestionsReply
} from './mappingTypes';

export type {
    ConflictPolicy,
    Direction,
    FieldMapping,
    FieldRow,
    MappingDocument,
    Pairing,
    PairingSettings,
    ReportedIssue,
    Side,
    SuggestedPair,
    SuggestionsReply,
    Transform,
    ValidationReport,
    ValueMap,
    Verdict
} from './mappingTypes';

export function rowKey(salesforce: string, trustworthy: string): string {
    return `${salesforce}=>${trustworthy}`;
}

export function emptyDocument(name: string): MappingDocument {
    return {
        format: 'trustworthy-sync/mapping',
        formatVersion: 1,
        name,
        pairings: []
    };
}

export function findPairing(
    document: MappingDocument | null,
    salesforceObject: string,
    trustworthyObject: string
): Pairing | undefined {
    return document?.pairings.find(
        (pairing) =>
            pairing.salesforceObject === salesforceObject &&
            pairing.trustworthyObject === trustworthyObject
    );
}

/** The settings a new pairing starts with: both ways, newest change wins. */
export function defaultSettings(
    salesforceObject: string,
    trustworthyObject: string
): PairingSettings {
    return {
        id: `${salesforceObject}-${trustworthyObject}`
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-'),
        salesforceObject,
        trustworthyObject,
        direction: 'both',
        conflictPolicy: 'newest_wins',
        deletions: 'flag',
        textOverflow: 'truncate'
    };
}

export function settingsOf(pairing: Pairing): PairingSettings {
    const { id, salesforceObject, trustworthyObject, direction } = pairing;
    const { conflictPolicy, deletions, textOverflow } = pairing;
    return {
        id,
        salesforceObject,
        trustworthyObject,
        direction,
        conflictPolicy,
        deletions,
        textOverflow
    };
}

export function rowsFromPairing(pairing: Pairing): FieldRow[] {
    const isMatchKey = (field: FieldMapping): boolean =>
        pairing.matchKeys.some(
            (key) =>
                key.salesforce === field.salesforce &&
                key.trustworthy === field.trustworthy
        );

    const mapped = pairing.fields.map((field): FieldRow => ({
        key: rowKey(field.salesforce, field.trustworthy),
        salesforce: field.salesforce,
        trustworthy: field.trustworthy,
        verdict: null,
        reason: '',
        transform: field.transform,
        valueMap: { ...(field.valueMap ?? {}) },
        owner: field.owner ?? null,
        included: true,
        confidential: false,
        matchKey: isMatchKey(field),
        kept: {
            reverseValueMap: field.reverseValueMap,
            unmappedValue: field.unmappedValue,
            pairing: field.pairing,
            direction: field.direction
        }
    }));

    return [...mapped, ...confidentialRows(pairing)];
}

/*
 * Confidential fields are stored per side, not as pairs; each becomes a row
 * with the other side blank so the admin sees it and can release it.
 */
function confidentialRows(pairing: Pairing): FieldRow[] {
    const listed = pairing.confidentialFields;
    if (!listed) return [];

    const row = (salesforce: string, trustworthy: string): FieldRow => ({
        ...suggestedRow({
            salesforce,
            trustworthy,
            verdict: 'compatible',
            transform: null,
            reason: '',
            confidence: 0
        }),
        verdict: null,
        included: false,
        confidential: true
    });

    return [
        ...listed.salesforce.map((name) => row(name, '')),
        ...listed.trustworthy.map((name) => row('', name))
    ];
}

function suggestedRow(pair: SuggestedPair): FieldRow {
    return {
        key: rowKey(pair.salesforce, pair.trustworthy),
        salesforce: pair.salesforce,
        trustworthy: pair.trustworthy,
        verdict: pair.verdict,
        reason: pair.reason,
        transform: pair.transform,
        valueMap: { ...(pair.valueMap ?? {}) },
        owner: null,
        included: pair.verdict !== 'incompatible' && pair.transform !== null,
        confidential: false,
        matchKey: false,
        kept: {}
    };
}

/**
 * Adds the companion's verdicts to the rows already there, and appends the
 * suggested pairs not yet mapped (left out when the rows came from a stored
 * pairing, so loading suggestions never changes what a save would write).
 */
export function mergeSuggestions(
    rows: FieldRow[],
    suggestions: SuggestionsReply
): FieldRow[] {
    const byKey = new Map(
        suggestions.pairs.map((pair) => [
            rowKey(pair.salesforce, pair.trustworthy),
            pair
        ])
    );
    const fromStoredPairing = rows.length > 0;

    const updated = rows.map((row) => {
        const pair = byKey.get(row.key);
        if (!pair) return row;
        return { ...row, verdict: pair.verdict, reason: pair.reason };
    });

    const known = new Set(rows.map((row) => row.key));
    const added = suggestions.pairs
        .filter((pair) => !known.has(rowKey(pair.salesforce, pair.trustworthy)))
        .map((pair) => {
            const row = suggestedRow(pair);
            return fromStoredPairing ? { ...row, included: false } : row;
        });

    return [...updated, ...added];
}

export function fieldOf(row: FieldRow): FieldMapping | null {
    if (!row.included || row.confidential || row.transform === null) {
        return null;
    }

    const field: FieldMapping = {
        salesforce: row.salesforce,
        trustworthy: row.trustworthy,
        transform: row.transform
    };
    if (usesValueMap(row) && Object.keys(row.valueMap).length > 0) {
        field.valueMap = { ...row.valueMap };
    }
    if (row.owner) field.owner = row.owner;

    for (const [name, value] of Object.entries(row.kept)) {
        if (value !== undefined) Object.assign(field, { [name]: value });
    }
    return field;
}

export function usesValueMap(row: FieldRow): boolean {
    return row.transform === 'picklist' || row.transform === 'multi_picklist';
}

export function pairingFromRows(
    settings: PairingSettings,
    rows: FieldRow[]
): Pairing {
    const fields = rows
        .map(fieldOf)
        .filter((field): field is FieldMapping => field !== null);
    const matchKeys = rows
        .filter((row) => row.matchKey && fieldOf(row) !== null)
        .map((row) => ({
            salesforce: row.salesforce,
            trustworthy: row.trustworthy
        }));

    const confidential = rows.filter((row) => row.confidential);
    const pairing: Pairing = { ...settings, matchKeys, fields };
    if (confidential.length > 0) {
        pairing.confidentialFields = {
            salesforce: namesOn(confidential, 'salesforce'),
            trustworthy: namesOn(confidential, 'trustworthy')
        };
    }
    return pairing;
}

function namesOn(rows: FieldRow[], side: 'salesforce' | 'trustworthy') {
    const names = rows.map((row) => row[side]).filter((name) => name !== '');
    return [...new Set(names)];
}

/** The document with the pairing replaced (same id) or added; a copy. */
export function withPairing(
    document: MappingDocument,
    pairing: Pairing
): MappingDocument {
    const others = document.pairings.filter((each) => each.id !== pairing.id);
    const index = document.pairings.findIndex((each) => each.id === pairing.id);
    const pairings =
        index === -1
            ? [...others, pairing]
            : [...others.slice(0, index), pairing, ...others.slice(index)];
    return { ...document, pairings };
}
