/**
 * Loads seed records through the same validation as API creates (so seed
 * data cannot say what the API would refuse), keeping their ids and links and
 * any created_at/updated_at they carry. Each record enters the change log, so
 * a first sync reads the seed from the feed like any other change.
 */
import type { TrustworthyObjectDef } from '../trustworthy/model';
import { HOUSEHOLD, ITEM, MEMBER, REMINDER } from '../trustworthy/model';
import { EXTERNAL_REF_PATTERN, recordIdPattern } from '../trustworthy/wire-formats';
import { validateFields } from './field-validation';
import type { RecordWriter } from './record-writer';
import type { SeedRecord, TrustworthySeed } from './seed-types';
import type { RecordStore } from './store/record-store';

/** Parents first, so every reference points at a record already loaded. */
const LOAD_ORDER: ReadonlyArray<[keyof TrustworthySeed, TrustworthyObjectDef]> = [
    ['households', HOUSEHOLD],
    ['members', MEMBER],
    ['items', ITEM],
    ['reminders', REMINDER]
];

export class SeedError extends Error {
    constructor(readonly problems: string[]) {
        super(`the seed has ${problems.length} invalid record(s):\n${problems.join('\n')}`);
    }
}

function problemWith(
    store: RecordStore,
    definition: TrustworthyObjectDef,
    record: SeedRecord
): string | undefined {
    if (!recordIdPattern(definition.idPrefix).test(record.id)) {
        return `id must be ${definition.idPrefix} and 26 Crockford base32 characters`;
    }
    if (store.get(definition.name, record.id)) return 'the id is used twice';

    if (record.external_ref !== undefined) {
        if (!EXTERNAL_REF_PATTERN.test(record.external_ref)) {
            return 'external_ref must be an 18-character Salesforce Id';
        }
        if (store.findByExternalRef(definition.name, record.external_ref)) {
            return 'external_ref is used twice';
        }
    }
    return undefined;
}

function timestamp(values: Record<string, unknown>, name: string): string | undefined {
    const value = values[name];
    delete values[name];
    return typeof value === 'string' ? value : undefined;
}

export function loadSeed(
    parts: { store: RecordStore; writer: RecordWriter },
    seed: TrustworthySeed
): void {
    const problems: string[] = [];

    parts.writer.transact(() => {
        for (const [key, definition] of LOAD_ORDER) {
            for (const record of seed[key]) {
                const identityProblem = problemWith(parts.store, definition, record);
                const checked = validateFields(definition, record.fields, {
                    mode: 'create',
                    allowTimestamps: true,
                    referenceExists: (objectName, id) =>
                        parts.store.get(objectName, id) !== undefined
                });

                if (identityProblem || !checked.ok) {
                    const fieldProblem = checked.ok
                        ? ''
                        : `${checked.problem.code}: ${checked.problem.message}`;
                    problems.push(`${key} ${record.id}: ${identityProblem ?? fieldProblem}`);
                    continue;
                }

                const values = { ...checked.values };
                const createdAt = timestamp(values, 'created_at');
                const updatedAt = timestamp(values, 'updated_at');
                parts.writer.create(definition, {
                    id: record.id,
                    externalRef: record.external_ref ?? null,
                    values,
                    ...(createdAt !== undefined && { createdAt }),
                    ...(updatedAt !== undefined && { updatedAt })
                });
            }
        }

        // Throwing inside the transaction rolls the whole seed back: all or nothing.
        if (problems.length > 0) throw new SeedError(problems);
    });
}
