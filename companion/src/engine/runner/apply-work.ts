/**
 * Plans every work item, writes the results to both sides in batches, and
 * records what happened: the audit log entry per record, the new link and
 * base hashes, held conflicts, and the run's counts.
 *
 * Order matters for crash safety: Trustworthy creates go out first so their
 * ids can be stamped on the Salesforce side in the same pass; Salesforce
 * creates are upserts on Trustworthy_Id__c, and Trustworthy creates carry
 * the Salesforce Id as external_ref, so repeating any write after a crash
 * finds the record it made before instead of making another.
 */
import type { Logger } from 'pino';

import type { LinkBase } from '../../store/links-repository';
import type { RecordChange } from '../../store/audit-repository';
import type { Repositories } from '../../store/repositories';
import type { Side } from '../types';
import type { PairingContext } from './pairing-context';
import { addressComponents, EXTERNAL_ID_FIELD } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import type { PlanResult, RecordPlanner } from './record-comparer';
import type { PairingSummary } from './summary';
import type { CompletedWrite, PendingWrite, WriteResult } from './write-queue';
import type { WorkItem } from './work-item';
import { applyDeletions } from './apply-deletions';
import { pick, salesforceWriteFor, trustworthyWriteFor } from './write-decisions';

export interface ApplyContext {
    runId: string;
    context: PairingContext;
    planner: RecordPlanner;
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    summary: PairingSummary;
    logger: Logger;
    now: () => string;
    /** The write batch within the pairing's pass: part of every idempotency key, so batches never share one. */
    batch?: number;
}

/** A record whose write failed, to be read again by the next pass. */
export interface FailedRecord {
    side: 'salesforce' | 'trustworthy';
    recordId: string;
    errorCode: string;
}

export interface AppliedWork {
    failures: FailedRecord[];
    /** Records that were written (or attempted) on either side, deletions included. */
    written: number;
}

export async function applyWork(apply: ApplyContext, items: WorkItem[]): Promise<AppliedWork> {
    const deletions = items.filter((item) => item.salesforceDeleted || item.trustworthyDeleted);
    await applyDeletions(apply, deletions);

    const planned = items
        .filter((item) => !item.salesforceDeleted && !item.trustworthyDeleted)
        .map((item) => ({ item, plan: apply.planner.plan(item) }));

    const trustworthyWrites: PendingWrite[] = [];
    const salesforceUpdates: PendingWrite[] = [];
    const salesforceCreates: PendingWrite[] = [];
    for (const { item, plan } of planned) {
        await recordPlanIssues(apply, item, plan);
        const twWrite = trustworthyWriteFor(apply.context, item, plan);
        if (twWrite) trustworthyWrites.push(twWrite);
        const sfWrite = salesforceWriteFor(apply.context, item, plan);
        if (sfWrite?.kind === 'create') salesforceCreates.push(sfWrite);
        else if (sfWrite) salesforceUpdates.push(sfWrite);
    }

    const twDone = await writeTrustworthy(apply, trustworthyWrites, 'main');
    stampNewTrustworthyIds(twDone, salesforceUpdates, planned, apply.context);
    const sfUpdated = await writeSalesforce(apply, salesforceUpdates);
    const sfCreated = await writeSalesforce(apply, salesforceCreates);

    // Salesforce records made just now: tell Trustworthy which Id they got.
    const backReferences = sfCreated.flatMap((write): PendingWrite[] =>
        write.result.ok && write.item.trustworthy
            ? [{ ...write, side: 'trustworthy', kind: 'link', fields: {}, before: null }]
            : []
    );
    const twLinked = await writeTrustworthy(apply, backReferences, 'link');

    const completed = [...twDone, ...sfUpdated, ...sfCreated, ...twLinked];
    await settle(apply, planned, completed);
    const writtenItems = new Set(completed.map((write) => write.item));
    return {
        failures: completed.flatMap((write) =>
            write.result.ok ? [] : failedRecords(write.item, write.result.errorCode)
        ),
        written: deletions.length + writtenItems.size
    };
}

function failedRecords(item: WorkItem, errorCode: string): FailedRecord[] {
    return [
        ...(item.salesforce
            ? [{ side: 'salesforce' as const, recordId: item.salesforce.id, errorCode }]
            : []),
        ...(item.trustworthy
            ? [{ side: 'trustworthy' as const, recordId: item.trustworthy.id, errorCode }]
            : [])
    ];
}

/** Trustworthy records created from Salesforce: put their new id on the Salesforce record. */
function stampNewTrustworthyIds(
    done: CompletedWrite[],
    salesforceUpdates: PendingWrite[],
    planned: Array<{ item: WorkItem; plan: PlanResult }>,
    context: PairingContext
): void {
    if (!context.hasExternalIdField) return;
    for (const write of done) {
        if (write.kind !== 'create' || !write.result.ok || !write.item.salesforce) continue;
        const existing = salesforceUpdates.find((pending) => pending.item === write.item);
        if (existing) {
            existing.fields[EXTERNAL_ID_FIELD] = write.result.id;
            continue;
        }
        const plan = planned.find((entry) => entry.item === write.item)?.plan;
        if (!plan) continue;
        salesforceUpdates.push({
            item: write.item,
            plan,
            side: 'salesforce',
            kind: 'link',
            fields: { Id: write.item.salesforce.id, [EXTERNAL_ID_FIELD]: write.result.id },
            before: pick(write.item.salesforce.values, [EXTERNAL_ID_FIELD])
        });
    }
}

async function writeTrustworthy(
    apply: ApplyContext,
    writes: PendingWrite[],
    phase: string
): Promise<CompletedWrite[]> {
    if (writes.length === 0) return [];
    const key = `${apply.runId}:${apply.context.pairing.id}:${apply.batch ?? 0}:${phase}`;
    const outcomes = await apply.trustworthy.upsert(
        apply.context.pairing.trustworthyObject,
        writes.map((write) => {
            const id = write.item.trustworthy?.id;
            const createdSalesforceId =
                write.kind === 'link' ? linkTargetId(write) : write.item.salesforce?.id;
            return {
                ...(id ? { id } : {}),
                ...(createdSalesforceId ? { externalRef: createdSalesforceId } : {}),
                fields: write.fields
            };
        }),
        key
    );
    return writes.map((write, index) => ({ ...write, result: toResult(outcomes[index]) }));
}

/** For a back-reference write, the Salesforce Id the create just returned. */
function linkTargetId(write: PendingWrite): string | undefined {
    const completed = write as Partial<CompletedWrite>;
    return completed.result?.ok ? completed.result.id : write.item.salesforce?.id;
}

async function writeSalesforce(
    apply: ApplyContext,
    writes: PendingWrite[]
): Promise<CompletedWrite[]> {
    if (writes.length === 0) return [];
    const objectName = apply.context.pairing.salesforceObject;
    const creating = writes[0]?.kind === 'create';
    const outcomes = creating
        ? await apply.salesforce.upsert(
              objectName,
              EXTERNAL_ID_FIELD,
              writes.map((write) => write.fields)
          )
        : await apply.salesforce.update(
              objectName,
              writes.map((write) => write.fields)
          );
    return writes.map((write, index) => ({ ...write, result: toResult(outcomes[index]) }));
}

function toResult(
    outcome:
        | { ok: true; id: string; created: boolean }
        | { ok: false; errorCode: string; message: string }
        | undefined
): WriteResult {
    if (!outcome)
        return {
            ok: false,
            errorCode: 'NO_RESULT',
            message: 'the API returned fewer results than records sent'
        };
    return outcome.ok
        ? { ok: true, id: outcome.id, created: outcome.created }
        : { ok: false, errorCode: outcome.errorCode, message: outcome.message };
}

async function recordPlanIssues(
    apply: ApplyContext,
    item: WorkItem,
    plan: PlanResult
): Promise<void> {
    const { summary, runId, context, repositories, now } = apply;
    summary.warnings += plan.warnings.length;
    if (plan.heldConflicts.length === 0) return;

    summary.toSalesforce.held += 1;
    summary.toTrustworthy.held += 1;
    await repositories.held.hold(
        {
            runId,
            pairingId: context.pairing.id,
            kind: 'conflict',
            salesforceId: item.salesforce?.id ?? null,
            trustworthyId: item.trustworthy?.id ?? null,
            detail: { fields: plan.heldConflicts }
        },
        now()
    );
}

/**
 * Books every outcome: counts, audit entries, and links whose base moves
 * forward only for the fields that really landed on both sides.
 */
async function settle(
    apply: ApplyContext,
    planned: Array<{ item: WorkItem; plan: PlanResult }>,
    writes: CompletedWrite[]
): Promise<void> {
    const { summary, runId, context, repositories, now } = apply;
    const changes: RecordChange[] = [];

    for (const { item, plan } of planned) {
        const own = writes.filter((write) => write.item === item);
        for (const side of ['salesforce', 'trustworthy'] as const) {
            const counts = side === 'salesforce' ? summary.toSalesforce : summary.toTrustworthy;
            const mainWrite = own.find((write) => write.side === side && write.kind !== 'link');
            if (!mainWrite) {
                const blocked = plan.createBlocked?.side === side;
                if (blocked) counts.failed += 1;
                else if (plan.heldConflicts.length === 0) counts.unchanged += 1;
                continue;
            }
            if (mainWrite.result.ok)
                counts[mainWrite.kind === 'create' ? 'created' : 'updated'] += 1;
            else counts.failed += 1;
        }

        for (const write of own) changes.push(auditEntry(runId, context, write));
        for (const error of plan.errors) {
            changes.push({
                runId,
                pairingId: context.pairing.id,
                target: 'salesforce',
                action: 'fail',
                salesforceId: item.salesforce?.id ?? null,
                trustworthyId: item.trustworthy?.id ?? null,
                before: null,
                after: null,
                errorCode: error.code,
                errorMessage: `${error.field ?? ''}: ${error.message}`.replace(/^: /, '')
            });
        }

        await saveLink(apply, item, plan, own);
    }

    await repositories.audit.record(changes, now());
}

function auditEntry(runId: string, context: PairingContext, write: CompletedWrite): RecordChange {
    const salesforceId =
        write.side === 'salesforce' && write.result.ok
            ? write.result.id
            : (write.item.salesforce?.id ?? null);
    const trustworthyId =
        write.side === 'trustworthy' && write.result.ok
            ? write.result.id
            : (write.item.trustworthy?.id ?? null);
    const { Id: _id, ...after } = write.fields;
    // An upsert meant to create that found the record already there (a crash re-run, or a
    // record linked elsewhere) updated it: book it so, with its earlier values unknown, so a
    // rollback never deletes a record this run did not create.
    const landedOnExisting = write.kind === 'create' && write.result.ok && !write.result.created;
    return {
        runId,
        pairingId: context.pairing.id,
        target: write.side,
        action: write.result.ok ? (landedOnExisting ? 'update' : write.kind) : 'fail',
        salesforceId,
        trustworthyId,
        before: landedOnExisting ? null : write.before,
        after,
        errorCode: write.result.ok ? null : write.result.errorCode,
        errorMessage: write.result.ok ? null : write.result.message
    };
}

async function saveLink(
    apply: ApplyContext,
    item: WorkItem,
    plan: PlanResult,
    writes: CompletedWrite[]
): Promise<void> {
    const salesforceId = item.salesforce?.id ?? okId(writes, 'salesforce');
    const trustworthyId = item.trustworthy?.id ?? okId(writes, 'trustworthy');
    if (!salesforceId || !trustworthyId) return;

    const oldBase: LinkBase = item.link?.base ?? { salesforce: {}, trustworthy: {} };
    const base: LinkBase = {
        salesforce: { ...plan.nextBase.salesforce },
        trustworthy: { ...plan.nextBase.trustworthy }
    };
    for (const write of writes) {
        if (write.result.ok) continue;
        // Fields that failed to land keep their old base on both sides, so the
        // next run still sees the change and tries again.
        const keys =
            write.side === 'salesforce'
                ? Object.keys(plan.toSalesforce)
                : Object.keys(plan.toTrustworthy);
        for (const key of keys) revertField(base, oldBase, key, apply.context);
    }

    await apply.repositories.links.save({
        pairingId: apply.context.pairing.id,
        salesforceId,
        trustworthyId,
        base,
        lastSyncedAt: apply.now(),
        lastRunId: apply.runId,
        deletedSide: null
    });
}

function revertField(
    base: LinkBase,
    oldBase: LinkBase,
    writtenField: string,
    context: PairingContext
): void {
    const mapping = context.pairing.fields.find(
        (field) =>
            field.salesforce === writtenField ||
            field.trustworthy === writtenField ||
            (field.transform === 'address' &&
                addressComponents(field.salesforce).includes(writtenField))
    );
    const key = mapping?.salesforce ?? writtenField;
    for (const side of ['salesforce', 'trustworthy'] as const) {
        const previous = oldBase[side][key];
        if (previous === undefined) delete base[side][key];
        else base[side][key] = previous;
    }
}

function okId(writes: CompletedWrite[], side: Side): string | undefined {
    const write = writes.find(
        (candidate) => candidate.side === side && candidate.kind === 'create' && candidate.result.ok
    );
    return write?.result.ok ? write.result.id : undefined;
}
