/**
 * Validation of a mapping document, as every save and the validate route run
 * it: the file's shape and rules, then both live schemas (types, required
 * fields, picklist values), then the permission preflight against the
 * integration user's real access. Errors block a save; warnings never do.
 */
import { ApiError } from '../../api/api-error';
import {
    checkMappingAgainstSchemas,
    type SchemaIssue
} from '../../engine/mapping/check-against-schemas';
import { checkPermissions, type ObjectAccess } from '../../engine/mapping/check-permissions';
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import { parseMappingFile } from '../../engine/mapping/parse-mapping-file';
import { toFieldInfo } from '../../engine/runner/pairing-context';
import type { TrustworthyFieldInfo } from '../../engine/types';
import type { SalesforceObjectSchema, SchemaCatalog } from './schema-catalog';

/* The same rule as the routes' :name parameter, so every stored mapping can be addressed. */
const MAPPING_NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$/;

export interface ReportedIssue {
    path: string;
    message: string;
}

export interface ValidationReport {
    valid: boolean;
    errors: ReportedIssue[];
    warnings: ReportedIssue[];
}

export type ValidationOutcome = { report: ValidationReport; mapping?: MappingFile };

export async function validateDocument(
    document: unknown,
    catalog: SchemaCatalog
): Promise<ValidationOutcome> {
    const parsed = parseMappingFile(document);
    if (!parsed.ok) return { report: { valid: false, errors: parsed.issues, warnings: [] } };
    const mapping = parsed.mapping;
    if (!MAPPING_NAME.test(mapping.name)) {
        const message =
            'a mapping saved in the companion is named with letters, digits, space, _ . or - (at most 100; it is used in URLs)';
        return { report: { valid: false, errors: [{ path: 'name', message }], warnings: [] } };
    }

    const salesforce = await loadAll(
        mapping.pairings.map((pairing) => pairing.salesforceObject),
        (name) => catalog.salesforceObject(name)
    );
    const trustworthy = await loadAll(
        mapping.pairings.map((pairing) => pairing.trustworthyObject),
        (name) => catalog.trustworthyObject(name)
    );

    const schemaIssues = checkMappingAgainstSchemas(mapping, {
        salesforce: (name) => (salesforce.get(name)?.fields ?? []).map(toFieldInfo),
        trustworthy: (name) => trustworthy.get(name)?.fields ?? []
    });
    const permissionIssues = checkPermissions(mapping, (name) =>
        toObjectAccess(salesforce.get(name))
    );
    const issues = [
        ...withoutSupersededIssues(schemaIssues, permissionIssues),
        ...permissionIssues
    ];
    issues.push(...checkConfidentialExist(mapping, salesforce, trustworthy));

    const errors = issues.filter((issue) => issue.severity === 'error').map(plain);
    const warnings = issues.filter((issue) => issue.severity === 'warning').map(plain);
    return { report: { valid: errors.length === 0, errors, warnings }, mapping };
}

/** Throws 400 mapping_invalid listing every error when the report has any. */
export function refuseInvalid(report: ValidationReport): void {
    if (report.valid) return;
    const count = report.errors.length;
    throw new ApiError(
        'mapping_invalid',
        `the mapping has ${count} problem${count === 1 ? '' : 's'}; nothing was stored`,
        report.errors.map((issue) => ({ path: issue.path, issue: issue.message }))
    );
}

/** Each object once; an object the side does not know stays absent, so the schema check names it. */
async function loadAll<T>(
    names: string[],
    load: (name: string) => Promise<T>
): Promise<Map<string, T>> {
    const loaded = new Map<string, T>();
    for (const name of new Set(names)) {
        try {
            loaded.set(name, await load(name));
        } catch (error) {
            if (!(error instanceof ApiError) || error.code !== 'not_found') throw error;
        }
    }
    return loaded;
}

/*
 * The preflight names the permission to grant; where it speaks about a field
 * or object, the schema check's plainer "has no field" or "read-only" at the
 * same place says less and would only repeat it.
 */
function withoutSupersededIssues(
    schemaIssues: SchemaIssue[],
    permissionIssues: SchemaIssue[]
): SchemaIssue[] {
    const explained = new Set(permissionIssues.map((issue) => issue.path));
    return schemaIssues.filter((issue) => !explained.has(issue.path));
}

function checkConfidentialExist(
    mapping: MappingFile,
    salesforce: Map<string, SalesforceObjectSchema>,
    trustworthy: Map<string, { fields: TrustworthyFieldInfo[] }>
): SchemaIssue[] {
    return mapping.pairings.flatMap((pairing, index) => {
        const listed = pairing.confidentialFields;
        if (!listed) return [];
        const salesforceNames = new Set(
            (salesforce.get(pairing.salesforceObject)?.fields ?? []).map((field) =>
                field.name.toLowerCase()
            )
        );
        const trustworthyNames = new Set(
            (trustworthy.get(pairing.trustworthyObject)?.fields ?? []).map((field) => field.name)
        );
        const unknown = (
            side: 'salesforce' | 'trustworthy',
            name: string,
            position: number,
            object: string
        ): SchemaIssue => ({
            path: `pairings[${index}].confidentialFields.${side}[${position}]`,
            message: `${object} has no field ${name} visible to the sync; the entry protects nothing`,
            severity: 'warning'
        });
        return [
            ...listed.salesforce.flatMap((name, position) =>
                salesforceNames.size > 0 && !salesforceNames.has(name.toLowerCase())
                    ? [unknown('salesforce', name, position, pairing.salesforceObject)]
                    : []
            ),
            ...listed.trustworthy.flatMap((name, position) =>
                trustworthyNames.size > 0 && !trustworthyNames.has(name)
                    ? [unknown('trustworthy', name, position, pairing.trustworthyObject)]
                    : []
            )
        ];
    });
}

function toObjectAccess(schema: SalesforceObjectSchema | undefined): ObjectAccess | undefined {
    if (!schema) return undefined;
    return {
        name: schema.name,
        createable: schema.createable,
        updateable: schema.updateable,
        deletable: schema.deletable,
        fields: schema.fields
    };
}

function plain(issue: SchemaIssue): ReportedIssue {
    return { path: issue.path, message: issue.message };
}
