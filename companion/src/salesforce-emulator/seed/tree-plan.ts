/**
 * Loads sample data in the format of `sf data export tree --plan` (a plan
 * listing data files per object) or a single tree file, so the emulated org
 * can be seeded from the same files an admin imports into a real sandbox.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

import { isJsonObject, parseTreeFile, readJsonFile } from './tree-file';
import { TreePlanError } from './tree-plan-types';
import type { TreeInsertStep, TreeRecord } from './tree-plan-types';

export { applyTreePlan } from './tree-apply';
export type { ApplyTreePlanOptions, SkippedField, TreePlanResult } from './tree-apply';
export { TreePlanError } from './tree-plan-types';
export type {
    CanonicalFieldName,
    InsertRecords,
    TreeInsertStep,
    TreeRecord
} from './tree-plan-types';

/** The shape `sf data export tree` gives its references; such a value is never literal text. */
const EXPORTED_REFERENCE = /^@\w+Ref\d+$/;
const ANY_REFERENCE = /^@(\w+)$/;

export function loadTreePlan(planPath: string): TreeInsertStep[] {
    const planFile = path.resolve(planPath);
    const plan = readJsonFile(planFile);
    if (!Array.isArray(plan)) {
        const expected = 'a plan must be a JSON array of { sobject, files } entries';
        throw new TreePlanError(planFile, undefined, expected);
    }

    const steps = plan.flatMap((entry, index) => {
        const { sobject, files } = readPlanEntry(planFile, entry, index);
        return files.flatMap((name) => parseTreeFile(resolveDataFile(planFile, name), sobject));
    });
    return separateReferences(steps);
}

/** A tree file on its own (no plan), e.g. `sf data export tree` output or coral-cloud's contacts. */
export function loadTreeFile(filePath: string): TreeInsertStep[] {
    return separateReferences(parseTreeFile(path.resolve(filePath), undefined));
}

interface PlanEntry {
    sobject: string;
    files: string[];
}

function readPlanEntry(planFile: string, entry: unknown, index: number): PlanEntry {
    const where = `plan entry ${index}`;
    const fail = (problem: string) => new TreePlanError(planFile, undefined, `${where} ${problem}`);
    if (!isJsonObject(entry)) throw fail('is not an object');

    const { sobject, files, saveRefs, resolveRefs } = entry;
    if (typeof sobject !== 'string' || sobject === '') {
        throw fail('has no "sobject" name');
    }
    if (
        !Array.isArray(files) ||
        files.length === 0 ||
        !files.every((file) => typeof file === 'string')
    ) {
        throw fail(`(${sobject}) needs "files": a non-empty array of paths`);
    }

    // Current sf releases ignore saveRefs/resolveRefs (every reference resolves); we only check their type.
    for (const [flag, value] of [
        ['saveRefs', saveRefs],
        ['resolveRefs', resolveRefs]
    ] as const) {
        if (value !== undefined && typeof value !== 'boolean') {
            throw fail(`(${sobject}) has a non-boolean "${flag}"`);
        }
    }

    return { sobject, files: files as string[] };
}

/** Relative paths are read from the plan's folder, and nothing outside it is read at all. */
function resolveDataFile(planFile: string, name: string): string {
    const folder = path.dirname(planFile);
    const resolved = path.resolve(folder, name);
    const refusal = `data file "${name}" lies outside the plan's folder ${folder}; it is not read`;
    if (!isInside(folder, resolved)) throw new TreePlanError(planFile, undefined, refusal);

    if (!existsSync(resolved)) {
        throw new TreePlanError(resolved, undefined, `file not found (listed in ${planFile})`);
    }

    // A symbolic link inside the folder may still point elsewhere.
    if (!isInside(realpathSync(folder), realpathSync(resolved))) {
        throw new TreePlanError(planFile, undefined, refusal);
    }
    return resolved;
}

function isInside(folder: string, candidate: string): boolean {
    const relative = path.relative(folder, candidate);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Moves `@Ref` values out of the literal fields. A value naming a record of
 * the plan is a reference; one shaped like an exported reference that names
 * no record is an error; any other `@text` stays literal, as sf treats it.
 */
function separateReferences(steps: TreeInsertStep[]): TreeInsertStep[] {
    const declaredIn = new Map<string, string>();
    for (const step of steps) {
        for (const record of step.records) {
            const earlier = declaredIn.get(record.referenceId);
            if (earlier !== undefined) {
                const also = earlier === step.file ? 'twice in this file' : `also in ${earlier}`;
                throw new TreePlanError(
                    step.file,
                    record.referenceId,
                    `referenceId is declared ${also}`
                );
            }
            declaredIn.set(record.referenceId, step.file);
        }
    }

    return steps.map((step) => ({
        ...step,
        records: step.records.map((record) => splitRecord(step.file, record, declaredIn))
    }));
}

function splitRecord(file: string, record: TreeRecord, declared: Map<string, string>): TreeRecord {
    const fields: Record<string, unknown> = {};
    const references: Record<string, string> = { ...record.references };

    for (const [name, value] of Object.entries(record.fields)) {
        const target = typeof value === 'string' ? ANY_REFERENCE.exec(value)?.[1] : undefined;
        if (target !== undefined && declared.has(target)) {
            references[name] = target;
        } else if (typeof value === 'string' && EXPORTED_REFERENCE.test(value)) {
            throw new TreePlanError(
                file,
                record.referenceId,
                `field "${name}" refers to ${value}, but no record in the plan has that referenceId`
            );
        } else {
            fields[name] = value;
        }
    }

    return { ...record, fields, references };
}
