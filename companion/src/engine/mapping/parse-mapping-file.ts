/**
 * Reads a mapping file. Problems come back as values (never thrown), all of
 * them at once, so a person fixing a file sees every mistake in one go.
 */
import { readFile } from 'node:fs/promises';
import { formatZodIssues } from './format-zod-issues';
import { checkMappingRules } from './mapping-rules';
import { mappingFileSchema, type MappingFile, type MappingIssue } from './mapping-schema';

export type MappingParseResult =
    { ok: true; mapping: MappingFile } | { ok: false; issues: MappingIssue[] };

export function parseMappingFile(json: unknown): MappingParseResult {
    const parsed = mappingFileSchema.safeParse(json);
    if (!parsed.success) return { ok: false, issues: formatZodIssues(parsed.error.issues, json) };

    const issues = checkMappingRules(parsed.data);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, mapping: parsed.data };
}

export async function loadMappingFile(path: string): Promise<MappingParseResult> {
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            issues: [{ path: '(file)', message: `cannot read ${path}: ${reason}` }]
        };
    }

    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, issues: [{ path: '(file)', message: `not valid JSON: ${reason}` }] };
    }
    return parseMappingFile(json);
}
