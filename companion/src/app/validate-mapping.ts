/**
 * Checks a mapping against both live schemas before it becomes a version:
 * objects that do not exist (or that the integration user cannot see), fields
 * that do not exist, transforms that do not suit a field's type. A mapping
 * that fails here is never stored, so it cannot break later runs.
 */
import { checkMappingAgainstSchemas } from '../engine/mapping/check-against-schemas';
import type { SchemaIssue } from '../engine/mapping/check-against-schemas';
import type { MappingFile } from '../engine/mapping/mapping-schema';
import { cachedTrustworthyFields, salesforceFieldInfos } from '../engine/runner/pairing-context';
import type { SalesforcePort, TrustworthyPort } from '../engine/runner/ports';
import type { SalesforceFieldInfo, TrustworthyFieldInfo } from '../engine/types';
import type { Repositories } from '../store/repositories';

export async function validateMappingAgainstSchemas(
    mapping: MappingFile,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort,
    repositories: Repositories,
    now: string
): Promise<SchemaIssue[]> {
    const issues: SchemaIssue[] = [];
    const salesforceSchemas = new Map<string, SalesforceFieldInfo[]>();
    const trustworthySchemas = new Map<string, TrustworthyFieldInfo[]>();

    for (const [index, pairing] of mapping.pairings.entries()) {
        if (!salesforceSchemas.has(pairing.salesforceObject)) {
            try {
                salesforceSchemas.set(pairing.salesforceObject, await salesforceFieldInfos(pairing.salesforceObject, salesforce, repositories, now));
            } catch (error) {
                issues.push({
                    path: `pairings[${index}].salesforceObject`,
                    message: `Salesforce object ${pairing.salesforceObject} cannot be described (${reason(error)}); check the name and the integration user's object access`,
                    severity: 'error'
                });
            }
        }
        if (!trustworthySchemas.has(pairing.trustworthyObject)) {
            try {
                trustworthySchemas.set(pairing.trustworthyObject, await cachedTrustworthyFields(pairing.trustworthyObject, trustworthy, repositories, now));
            } catch (error) {
                issues.push({
                    path: `pairings[${index}].trustworthyObject`,
                    message: `Trustworthy object ${pairing.trustworthyObject} is unknown (${reason(error)})`,
                    severity: 'error'
                });
            }
        }
    }
    if (issues.length > 0) return issues;

    return checkMappingAgainstSchemas(mapping, {
        salesforce: (objectName) => salesforceSchemas.get(objectName) ?? [],
        trustworthy: (objectName) => trustworthySchemas.get(objectName) ?? []
    });
}

function reason(error: unknown): string {
    if (!(error instanceof Error)) return String(error);
    const code = (error as { errorCode?: string; code?: string }).errorCode ?? (error as { code?: string }).code;
    return code ? `${code}: ${error.message}` : error.message;
}
