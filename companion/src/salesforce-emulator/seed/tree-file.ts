/**
 * Reads one sf data-tree file (`{ "records": [...] }`) into insert steps: the
 * file's own records first, then one step per child relationship nested in
 * them (the shape `sf data export tree` writes without `--plan`), so a parent
 * is always inserted before the records that hang under it.
 */
import { readFileSync } from 'node:fs';

import { TreePlanError } from './tree-plan-types';
import type { TreeInsertStep, TreeParentLink } from './tree-plan-types';

type JsonObject = Record<string, unknown>;

interface ParsedRecord {
    type: string;
    referenceId: string;
    fields: Record<string, unknown>;
    children: Array<{ relationshipName: string; records: unknown[] }>;
}

export function isJsonObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonFile(file: string): unknown {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new TreePlanError(file, undefined, describeReadError(error));
    }

    // Files saved by Windows editors may start with a byte-order mark, which JSON.parse refuses.
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.trim() === '') throw new TreePlanError(file, undefined, 'the file is empty');

    try {
        return JSON.parse(body) as unknown;
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new TreePlanError(file, undefined, `not valid JSON (${reason})`);
    }
}

/**
 * `expectedSobject` is the plan entry's object; without a plan the first
 * record's `attributes.type` decides and every other record must agree.
 */
export function parseTreeFile(file: string, expectedSobject: string | undefined): TreeInsertStep[] {
    const document = readJsonFile(file);
    if (!isJsonObject(document) || !Array.isArray(document.records)) {
        throw new TreePlanError(file, undefined, 'expected an object with a "records" array');
    }

    const stepsByPath = new Map<string, TreeInsertStep>();
    collectRecords(file, document.records, expectedSobject, '', undefined, stepsByPath);
    return [...stepsByPath.values()].filter((step) => step.records.length > 0);
}

function collectRecords(
    file: string,
    rawRecords: unknown[],
    expectedSobject: string | undefined,
    stepPath: string,
    parent: TreeParentLink | undefined,
    stepsByPath: Map<string, TreeInsertStep>
): void {
    for (const [index, raw] of rawRecords.entries()) {
        const parsed = parseRecord(file, raw, `${stepPath || 'records'}[${index}]`);
        const step = stepFor(file, stepPath, expectedSobject ?? parsed.type, stepsByPath);

        if (parsed.type.toLowerCase() !== step.sobject.toLowerCase()) {
            throw new TreePlanError(
                file,
                parsed.referenceId,
                `attributes.type is "${parsed.type}" but the records here load as ${step.sobject}`
            );
        }

        step.records.push({
            referenceId: parsed.referenceId,
            fields: parsed.fields,
            references: {},
            ...(parent === undefined ? {} : { parent })
        });

        for (const child of parsed.children) {
            const { relationshipName } = child;
            const link = {
                sobject: step.sobject,
                referenceId: parsed.referenceId,
                relationshipName
            };
            const childPath = `${stepPath}/${relationshipName}`;
            collectRecords(file, child.records, undefined, childPath, link, stepsByPath);
        }
    }
}

function stepFor(
    file: string,
    stepPath: string,
    sobject: string,
    stepsByPath: Map<string, TreeInsertStep>
): TreeInsertStep {
    const existing = stepsByPath.get(stepPath);
    if (existing !== undefined) return existing;

    const created: TreeInsertStep = { sobject, file, records: [] };
    stepsByPath.set(stepPath, created);
    return created;
}

function parseRecord(file: string, raw: unknown, position: string): ParsedRecord {
    if (!isJsonObject(raw))
        throw new TreePlanError(file, undefined, `${position} is not an object`);

    const attributes = raw.attributes;
    if (!isJsonObject(attributes)) {
        throw new TreePlanError(file, undefined, `${position} has no "attributes" object`);
    }
    const { type, referenceId } = attributes;
    if (typeof referenceId !== 'string' || referenceId === '') {
        throw new TreePlanError(file, undefined, `${position} has no attributes.referenceId`);
    }
    if (typeof type !== 'string' || type === '') {
        throw new TreePlanError(file, referenceId, 'attributes.type is missing');
    }

    const fields: Record<string, unknown> = {};
    const children: ParsedRecord['children'] = [];
    for (const [name, value] of Object.entries(raw)) {
        if (name === 'attributes') continue;

        if (isJsonObject(value) && Array.isArray(value.records)) {
            children.push({ relationshipName: name, records: value.records });
        } else if (typeof value === 'object' && value !== null) {
            throw new TreePlanError(
                file,
                referenceId,
                `field "${name}" holds ${Array.isArray(value) ? 'an array' : 'an object'}; ` +
                    'only plain values or nested { "records": [...] } are supported'
            );
        } else {
            fields[name] = value;
        }
    }

    return { type, referenceId, fields, children };
}

function describeReadError(error: unknown): string {
    const code = isJsonObject(error) ? error.code : undefined;
    if (code === 'ENOENT') return 'file not found';
    if (code === 'EISDIR') return 'is a folder, not a file';
    return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
