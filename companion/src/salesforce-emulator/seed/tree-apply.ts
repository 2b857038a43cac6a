/**
 * Inserts loaded tree-plan steps through a caller-supplied insert, replacing
 * each `@Ref` with the Id the earlier insert returned. Field names are
 * checked and canonicalised for every record before anything is inserted, so
 * a typo in the last file does not leave half a plan in the org.
 */
import { TreePlanError } from './tree-plan-types';
import type {
    CanonicalFieldName,
    InsertRecords,
    TreeInsertStep,
    TreeParentLink,
    TreeRecord
} from './tree-plan-types';

export interface ApplyTreePlanOptions {
    /** `error` (the default) refuses an unknown field; `skip` leaves it out and lists it. */
    unknownFields?: 'error' | 'skip';
    /** Which child field holds the parent of a nested record; by default `<Parent>Id`, then `<Parent>`. */
    parentLinkField?: (childSobject: string, parent: TreeParentLink) => string | undefined;
}

export interface SkippedField {
    file: string;
    referenceId: string;
    sobject: string;
    field: string;
}

export interface TreePlanResult {
    /** referenceId → the 18-character Id the insert returned. */
    idsByReference: Map<string, string>;
    insertedBySobject: Map<string, number>;
    skippedFields: SkippedField[];
}

interface PreparedRecord {
    referenceId: string;
    values: Record<string, unknown>;
    references: Array<{ field: string; target: string }>;
}

interface PreparedStep {
    sobject: string;
    file: string;
    records: PreparedRecord[];
}

export async function applyTreePlan(
    steps: TreeInsertStep[],
    insert: InsertRecords,
    canonicalFieldName: CanonicalFieldName,
    options: ApplyTreePlanOptions = {}
): Promise<TreePlanResult> {
    const result: TreePlanResult = {
        idsByReference: new Map(),
        insertedBySobject: new Map(),
        skippedFields: []
    };
    const pending = steps.map((step) =>
        prepareStep(step, canonicalFieldName, options, result.skippedFields)
    );

    // A step whose records wait for a later file goes to the back of the queue, as sf does.
    let visitsWithoutProgress = 0;
    for (let step = pending.shift(); step !== undefined; step = pending.shift()) {
        const isReady = (record: PreparedRecord) =>
            record.references.every((reference) => result.idsByReference.has(reference.target));
        const ready = step.records.filter(isReady);
        const waiting = step.records.filter((record) => !isReady(record));

        if (ready.length > 0) {
            await insertBatch(step, ready, insert, result);
            visitsWithoutProgress = 0;
        } else {
            visitsWithoutProgress += 1;
        }
        if (waiting.length === 0) continue;

        // Records waiting on others of the same file may be ready now, so they are retried first.
        const rest = { ...step, records: waiting };
        if (ready.length > 0) pending.unshift(rest);
        else pending.push(rest);

        if (visitsWithoutProgress >= pending.length)
            throw unresolvable(rest, result.idsByReference);
    }

    return result;
}

function prepareStep(
    step: TreeInsertStep,
    canonicalFieldName: CanonicalFieldName,
    options: ApplyTreePlanOptions,
    skipped: SkippedField[]
): PreparedStep {
    const records = step.records.map((record) => {
        const fail = (problem: string) => new TreePlanError(step.file, record.referenceId, problem);
        const values: Record<string, unknown> = {};
        const references: PreparedRecord['references'] = [];
        const spelledAs = new Map<string, string>();

        const claim = (name: string): string | undefined => {
            const canonical = canonicalFieldName(step.sobject, name);
            if (canonical === undefined) {
                if (options.unknownFields !== 'skip') {
                    throw fail(`unknown field "${name}" on ${step.sobject}`);
                }
                const { file, sobject } = step;
                skipped.push({ file, referenceId: record.referenceId, sobject, field: name });
                return undefined;
            }
            const earlier = spelledAs.get(canonical);
            if (earlier !== undefined) {
                throw fail(`"${earlier}" and "${name}" both set ${step.sobject}.${canonical}`);
            }
            spelledAs.set(canonical, name);
            return canonical;
        };

        for (const [name, value] of Object.entries(record.fields)) {
            const field = claim(name);
            if (field !== undefined) values[field] = value;
        }
        for (const [name, target] of Object.entries(record.references)) {
            const field = claim(name);
            if (field !== undefined) references.push({ field, target });
        }
        if (record.parent !== undefined) {
            const field = parentLinkField(step.sobject, record, canonicalFieldName, options);
            if (field === undefined) {
                const { sobject, relationshipName } = record.parent;
                throw fail(
                    `cannot tell which ${step.sobject} field links it to its parent ${sobject} ` +
                        `(nested under "${relationshipName}")`
                );
            }
            // The link is needed whatever `unknownFields` says: without it the record would be orphaned.
            if (canonicalFieldName(step.sobject, field) === undefined) {
                throw fail(`its parent link field "${field}" does not exist on ${step.sobject}`);
            }
            references.push({ field: claim(field) as string, target: record.parent.referenceId });
        }

        return { referenceId: record.referenceId, values, references };
    });

    return { sobject: step.sobject, file: step.file, records };
}

function parentLinkField(
    sobject: string,
    record: TreeRecord,
    canonicalFieldName: CanonicalFieldName,
    options: ApplyTreePlanOptions
): string | undefined {
    const parent = record.parent;
    if (parent === undefined) return undefined;
    if (options.parentLinkField !== undefined) return options.parentLinkField(sobject, parent);

    const conventional = canonicalFieldName(sobject, `${parent.sobject}Id`);
    return conventional ?? canonicalFieldName(sobject, parent.sobject);
}

async function insertBatch(
    step: PreparedStep,
    records: PreparedRecord[],
    insert: InsertRecords,
    result: TreePlanResult
): Promise<void> {
    const fieldMaps = records.map((record) => {
        const values = { ...record.values };
        for (const reference of record.references) {
            values[reference.field] = result.idsByReference.get(reference.target);
        }
        return values;
    });

    let ids: string[];
    try {
        ids = await insert(step.sobject, fieldMaps);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const first = records[0]?.referenceId ?? '?';
        const span =
            records.length > 1 ? ` (${records.length} records from ${first})` : ` (${first})`;
        throw new TreePlanError(
            step.file,
            undefined,
            `inserting ${step.sobject}${span} failed: ${reason}`
        );
    }

    if (ids.length !== records.length) {
        throw new TreePlanError(
            step.file,
            undefined,
            `inserting ${records.length} ${step.sobject} records returned ${ids.length} Ids`
        );
    }

    records.forEach((record, index) =>
        result.idsByReference.set(record.referenceId, ids[index] as string)
    );
    const before = result.insertedBySobject.get(step.sobject) ?? 0;
    result.insertedBySobject.set(step.sobject, before + records.length);
}

function unresolvable(step: PreparedStep, ids: Map<string, string>): TreePlanError {
    const record = step.records[0];
    const missing = (record?.references ?? [])
        .filter((reference) => !ids.has(reference.target))
        .map((reference) => `@${reference.target}`);
    return new TreePlanError(
        step.file,
        record?.referenceId,
        `references ${missing.join(', ')} never resolved: they are circular or name no record of the plan`
    );
}
