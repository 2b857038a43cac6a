/**
 * Every write the emulated API can make: create, update, upsert and delete
 * of one record inside a transaction, and batches of them with Salesforce's
 * all-or-none rule. Routes parse requests and shape replies; the rules of
 * what may be saved live here and in the validation modules.
 */
import { formatSalesforceDateTime, type EmulatorClock } from '../clock';
import type { FaultSwitches } from '../faults';
import { findField, findObject, objectForKeyPrefix, WRITABLE_OBJECTS } from '../schema/catalog';
import type { FieldDef, SObjectDef } from '../schema/types';
import { toId18 } from '../../salesforce/ids';
import { applyDerivedFields } from './derived-fields';
import type { ReferenceLookup } from './field-validation';
import { recordErrors, type RecordError } from './record-errors';
import type { RecordStore, RecordTransaction, StoredRecord } from './record-store';
import { validateRecord, type ObjectAccess } from './record-validation';
import type { ParsedValue } from './value-parsing';

export type WriteOutcome =
    | { ok: true; id: string; created?: boolean }
    | {
          ok: false;
          errors: RecordError[];
          id?: string;
          ambiguousIds?: string[];
          notFound?: boolean;
      };

export interface SchemaAccess {
    /** undefined when the object does not exist or the user cannot see it. */
    accessFor(objectName: string, userId: string): ObjectAccess | undefined;
}

type Values = Record<string, unknown>;

/** One record written by a committed transaction, for Change Data Capture. */
export interface CommittedRecordChange {
    objectName: string;
    id: string;
    change: 'create' | 'update' | 'delete';
    before: Values | undefined;
    after: Values;
    /** Who made the change; undefined for deletes, which carry no user here. */
    userId: string | undefined;
}

export type CommitListener = (changes: CommittedRecordChange[]) => void;

type FailedOutcome = Extract<WriteOutcome, { ok: false }>;

function failure(error: RecordError, extra: Partial<FailedOutcome> = {}): WriteOutcome {
    return { ok: false, errors: [error], ...extra };
}

function isBlank(value: unknown): boolean {
    return value === undefined || value === null || value === '';
}

const NOT_FOUND: RecordError = {
    statusCode: 'NOT_FOUND',
    message: 'The requested resource does not exist',
    fields: []
};

export class RecordWriter {
    private readonly commitListeners: CommitListener[] = [];
    /** The changes of the batch being written, announced only if it commits. */
    private collecting: CommittedRecordChange[] | undefined;

    constructor(
        private readonly store: RecordStore,
        private readonly schema: SchemaAccess,
        private readonly clock: EmulatorClock,
        private readonly faults: FaultSwitches
    ) {}

    /** Called after every committed batch with the records it created, updated or deleted. */
    onCommitted(listener: CommitListener): void {
        this.commitListeners.push(listener);
    }

    /** Runs one write per item in one transaction; with allOrNone, any failure undoes them all. */
    batch<T>(
        allOrNone: boolean,
        items: readonly T[],
        write: (txn: RecordTransaction, item: T) => WriteOutcome
    ): WriteOutcome[] {
        const txn = this.store.begin();
        const changes: CommittedRecordChange[] = [];
        this.collecting = changes;
        let outcomes: WriteOutcome[];
        try {
            outcomes = items.map((item) => write(txn, item));
        } finally {
            this.collecting = undefined;
        }

        if (allOrNone && outcomes.some((outcome) => !outcome.ok)) {
            txn.rollback();
            return outcomes.map((outcome) =>
                outcome.ok
                    ? { ok: false, errors: [recordErrors.rolledBack()], id: undefined }
                    : outcome
            );
        }
        txn.commit();
        this.announce(changes);
        return outcomes;
    }

    create(
        txn: RecordTransaction,
        objectName: string,
        parsed: Map<string, unknown>,
        userId: string
    ): WriteOutcome {
        const access = this.writableAccess(objectName, userId, 'create');
        if ('error' in access) return failure(access.error);

        const fields = new Map(parsed);
        const sentId = fields.get('Id');
        if (!isBlank(sentId)) return failure(recordErrors.idOnInsert());
        fields.delete('Id');

        const validation = validateRecord(access, fields, 'create', this.referenceLookup);
        if (!validation.ok) return { ok: false, errors: validation.errors };
        const duplicate = this.findDuplicate(access.full, validation.changes, undefined);
        if (duplicate) return failure(duplicate);
        if (this.faults.takeLockRowFailure()) return failure(recordErrors.lockedRow());

        const stamp = this.writeStamp();
        const id = this.store.mintId(access.full.keyPrefix);
        const values = this.blankValues(access.full);
        Object.assign(values, validation.changes, {
            Id: id,
            IsDeleted: false,
            CreatedDate: stamp,
            CreatedById: userId,
            LastModifiedDate: stamp,
            LastModifiedById: userId,
            SystemModstamp: stamp
        });
        if (findField(access.full, 'OwnerId') && values.OwnerId == null) values.OwnerId = userId;
        applyDerivedFields(
            access.full,
            values,
            undefined,
            new Set(Object.keys(validation.changes)),
            stamp
        );

        txn.put({ objectName: access.full.name, values, isDeleted: false, deletedDate: null });
        this.collect({
            objectName: access.full.name,
            id,
            change: 'create',
            before: undefined,
            after: values,
            userId
        });
        return { ok: true, id };
    }

    update(
        txn: RecordTransaction,
        objectName: string,
        rawId: string,
        parsed: Map<string, unknown>,
        userId: string
    ): WriteOutcome {
        const access = this.writableAccess(objectName, userId, 'edit');
        if ('error' in access) return failure(access.error);

        const found = this.existing(access.full, rawId);
        if ('error' in found) return failure(found.error, { notFound: found.notFound });
        const row = found.row;

        const fields = new Map(parsed);
        fields.delete('Id');
        const validation = validateRecord(access, fields, 'update', this.referenceLookup);
        if (!validation.ok) return { ok: false, errors: validation.errors };
        const duplicate = this.findDuplicate(
            access.full,
            validation.changes,
            row.values.Id as string
        );
        if (duplicate) return failure(duplicate);
        if (this.faults.takeLockRowFailure()) return failure(recordErrors.lockedRow());

        const stamp = this.writeStamp();
        const values: Values = { ...row.values, ...validation.changes };
        Object.assign(values, {
            LastModifiedDate: stamp,
            LastModifiedById: userId,
            SystemModstamp: stamp
        });
        applyDerivedFields(
            access.full,
            values,
            row.values,
            new Set(Object.keys(validation.changes)),
            stamp
        );

        txn.put({ ...row, values });
        this.collect({
            objectName: row.objectName,
            id: row.values.Id as string,
            change: 'update',
            before: row.values,
            after: values,
            userId
        });
        return { ok: true, id: row.values.Id as string };
    }

    /**
     * Upsert keyed by an external-Id or idLookup field (or Id itself): no match
     * creates, one match updates, several matches fail with the matching Ids.
     */
    upsert(
        txn: RecordTransaction,
        objectName: string,
        keyField: FieldDef,
        keyValue: unknown,
        parsed: Map<string, unknown>,
        userId: string
    ): WriteOutcome {
        const fields = new Map(parsed);
        fields.delete(keyField.name);

        if (keyField.name === 'Id') {
            if (isBlank(keyValue)) {
                return this.withCreated(this.create(txn, objectName, fields, userId), true);
            }
            return this.withCreated(
                this.update(txn, objectName, String(keyValue), fields, userId),
                false
            );
        }

        if (isBlank(keyValue)) {
            return failure(recordErrors.externalIdMissing(keyField.name));
        }
        const matches = this.findByKey(objectName, keyField, String(keyValue));
        if (matches.length > 1) {
            const ids = matches.map((row) => row.values.Id as string);
            return failure(recordErrors.duplicateExternalId(keyField, ids), { ambiguousIds: ids });
        }

        const match = matches[0];
        if (match) {
            const matchId = match.values.Id as string;
            return this.withCreated(this.update(txn, objectName, matchId, fields, userId), false);
        }
        fields.set(keyField.name, keyValue);
        return this.withCreated(this.create(txn, objectName, fields, userId), true);
    }

    /** Without a user (seeding, tests) the delete is not checked against object permissions. */
    delete(txn: RecordTransaction, rawId: string, userId?: string): WriteOutcome {
        const id18 = toId18(rawId);
        const def = id18 ? objectForKeyPrefix(id18.slice(0, 3)) : undefined;
        if (!id18 || !def) return failure(recordErrors.malformedId(rawId), { id: rawId });
        if (!WRITABLE_OBJECTS.has(def.name))
            return failure(recordErrors.readOnlyObject(), { id: id18 });
        if (
            userId &&
            this.schema.accessFor(def.name, userId)?.visible.permissions?.delete === false
        ) {
            return failure(recordErrors.readOnlyObject(), { id: id18 });
        }

        const found = this.existing(def, id18);
        if ('error' in found) return failure(found.error, { id: id18, notFound: found.notFound });
        if (this.faults.takeLockRowFailure())
            return failure(recordErrors.lockedRow(), { id: id18 });

        const stamp = this.writeStamp();
        this.moveToRecycleBin(txn, found.row, stamp);
        if (def.name === 'Account') this.cascadeFromAccount(txn, id18, stamp);
        return { ok: true, id: id18 };
    }

    /** Live rows whose key field equals the value, ignoring case unless the field is caseSensitive. */
    findByKey(objectName: string, keyField: FieldDef, keyValue: string): StoredRecord[] {
        const wanted = keyField.caseSensitive ? keyValue : keyValue.toLowerCase();
        const matches: StoredRecord[] = [];
        for (const row of this.store.rows(objectName)) {
            if (row.isDeleted) continue;
            const value = row.values[keyField.name];
            if (typeof value !== 'string') continue;
            if ((keyField.caseSensitive ? value : value.toLowerCase()) === wanted)
                matches.push(row);
        }
        return matches;
    }

    private withCreated(outcome: WriteOutcome, created: boolean): WriteOutcome {
        return outcome.ok ? { ...outcome, created } : outcome;
    }

    private writableAccess(
        objectName: string,
        userId: string,
        permission: 'create' | 'edit'
    ): ObjectAccess | { error: RecordError } {
        const access = this.schema.accessFor(objectName, userId);
        if (!access) return { error: recordErrors.unknownType(objectName) };
        if (!WRITABLE_OBJECTS.has(access.full.name))
            return { error: recordErrors.readOnlyObject() };
        if (access.visible.permissions?.[permission] === false)
            return { error: recordErrors.readOnlyObject() };
        return access;
    }

    private existing(
        def: SObjectDef,
        rawId: string
    ): { row: StoredRecord } | { error: RecordError; notFound: boolean } {
        const id18 = toId18(rawId);
        if (!id18 || !id18.startsWith(def.keyPrefix)) {
            return { error: recordErrors.malformedId(rawId), notFound: true };
        }
        const row = this.store.get(def.name, id18);
        if (!row) return { error: { ...NOT_FOUND }, notFound: true };
        if (row.isDeleted) return { error: recordErrors.entityDeleted(), notFound: true };
        return { row };
    }

    private findDuplicate(
        def: SObjectDef,
        changes: Record<string, ParsedValue>,
        selfId: string | undefined
    ): RecordError | undefined {
        for (const field of def.fields) {
            const value = changes[field.name];
            if (!field.unique || typeof value !== 'string') continue;
            const clash = this.findByKey(def.name, field, value).find(
                (row) => row.values.Id !== selfId
            );
            if (clash) return recordErrors.duplicateValue(field.name, clash.values.Id as string);
        }
        return undefined;
    }

    private moveToRecycleBin(txn: RecordTransaction, row: StoredRecord, stamp: string): void {
        const values = { ...row.values, IsDeleted: true, SystemModstamp: stamp };
        txn.put({ ...row, values, isDeleted: true, deletedDate: stamp });
        this.collect({
            objectName: row.objectName,
            id: row.values.Id as string,
            change: 'delete',
            before: row.values,
            after: values,
            userId: undefined
        });
    }

    private collect(change: CommittedRecordChange): void {
        this.collecting?.push(change);
    }

    /** A listener's failure must never turn a committed write into an error reply. */
    private announce(changes: CommittedRecordChange[]): void {
        if (changes.length === 0) return;
        for (const listener of this.commitListeners) {
            try {
                listener(changes);
            } catch {
                // The write is committed; a missed announcement shows up as a replay gap, not a lost record.
            }
        }
    }

    /** Deleting an Account takes its Contacts and Opportunities to the recycle bin with it. */
    private cascadeFromAccount(txn: RecordTransaction, accountId: string, stamp: string): void {
        for (const childObject of ['Contact', 'Opportunity']) {
            for (const row of [...this.store.rows(childObject)]) {
                if (row.isDeleted || row.values.AccountId !== accountId) continue;
                this.moveToRecycleBin(txn, row, stamp);
            }
        }
    }

    private blankValues(def: SObjectDef): Values {
        const values: Values = {};
        for (const field of def.fields)
            values[field.name] = field.type === 'boolean' ? false : null;
        return values;
    }

    /** Now, or earlier when the backdating fault imitates a long transaction committing late. */
    private writeStamp(): string {
        const backdateMs = this.faults.current().backdateWritesSeconds * 1000;
        return formatSalesforceDateTime(new Date(this.clock.now().getTime() - backdateMs));
    }

    private readonly referenceLookup: ReferenceLookup = (objectName, id18) => {
        if (!findObject(objectName)) return undefined;
        const row = this.store.get(objectName, id18);
        if (!row) return 'missing';
        return row.isDeleted ? 'deleted' : 'live';
    };
}
