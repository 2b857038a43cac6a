/**
 * Rolls a run back: plans every record (plan-rollback.ts), and unless it is a
 * preview, writes the deletions and restorations, returns each one as an
 * audit entry for the rollback's own run, and fixes the links — a deleted
 * record loses its link, and a restored record's base is moved to what it
 * now holds, so the next sync neither re-applies the run nor pushes the
 * restored values over to the other side.
 */
import type { RecordChange } from '../../../store/audit-repository';
import type { Repositories } from '../../../store/repositories';
import { sideHashes } from '../../compare/side-hashes';
import type { Pairing } from '../../mapping/mapping-schema';
import type { Side } from '../../types';
import type { SalesforcePort, TrustworthyPort } from '../ports';
import { planRollback, recordIdOf } from './plan-rollback';
import type { PlannedStep } from './plan-rollback';
import { historiesOf } from './record-histories';
import type { RollbackReport } from './rollback-types';

export interface RollbackOptions {
    sourceRunId: string;
    /** The rollback's own run id; ignored for a preview. */
    rollbackRunId: string;
    dryRun: boolean;
    pairings: Pairing[];
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    now: () => string;
}

type Outcome = { ok: true } | { ok: false; errorCode: string; message: string };

/** The report, and the audit entries to book under the rollback's run (none for a preview). */
export async function rollbackRun(
    options: RollbackOptions
): Promise<{ report: RollbackReport; changes: RecordChange[] }> {
    const changes = await options.repositories.audit.forRun(options.sourceRunId);
    const pairings = new Map(options.pairings.map((pairing) => [pairing.id, pairing]));
    const planned = await planRollback(
        historiesOf(changes),
        pairings,
        options.salesforce,
        options.trustworthy
    );

    if (!options.dryRun) {
        for (const [key, group] of groupByTarget(planned)) {
            const [pairingId, target] = key.split('|') as [string, Side];
            const pairing = pairings.get(pairingId);
            if (pairing) await writeGroup(options, pairing, target, group);
        }
    }

    const steps = planned.map((entry) => entry.step);
    const count = (predicate: (step: (typeof steps)[number]) => boolean): number =>
        steps.filter(predicate).length;
    const report: RollbackReport = {
        sourceRunId: options.sourceRunId,
        rollbackRunId: options.dryRun ? null : options.rollbackRunId,
        dryRun: options.dryRun,
        steps,
        totals: {
            restored: count((step) => step.action === 'restore' && step.outcome !== 'failed'),
            deleted: count((step) => step.action === 'delete' && step.outcome !== 'failed'),
            skipped: count((step) => step.action === 'skip'),
            failed: count((step) => step.outcome === 'failed')
        }
    };
    return {
        report,
        changes: options.dryRun
            ? []
            : planned.map((entry) => auditEntry(options.rollbackRunId, entry))
    };
}

function groupByTarget(planned: PlannedStep[]): Map<string, PlannedStep[]> {
    const groups = new Map<string, PlannedStep[]>();
    for (const entry of planned) {
        if (entry.step.action === 'skip') continue;
        const key = `${entry.step.pairingId}|${entry.step.target}`;
        groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    return groups;
}

async function writeGroup(
    options: RollbackOptions,
    pairing: Pairing,
    target: Side,
    group: PlannedStep[]
): Promise<void> {
    const deletions = group.filter((entry) => entry.step.action === 'delete');
    const restorations = group.filter((entry) => entry.step.action === 'restore');
    const key = `${options.rollbackRunId}:${pairing.id}`;

    const deletedIds = deletions.map((entry) => recordIdOf(entry.history));
    const deleted =
        deletedIds.length === 0
            ? []
            : target === 'salesforce'
              ? await options.salesforce.destroy(pairing.salesforceObject, deletedIds)
              : await options.trustworthy.destroy(
                    pairing.trustworthyObject,
                    deletedIds,
                    `${key}:rollback-delete`
                );

    const restoredValues = restorations.map((entry) =>
        Object.fromEntries(entry.step.fields.map((field) => [field.field, field.restoreTo]))
    );
    const restored =
        restorations.length === 0
            ? []
            : target === 'salesforce'
              ? await options.salesforce.update(
                    pairing.salesforceObject,
                    restorations.map((entry, index) => ({
                        Id: recordIdOf(entry.history),
                        ...restoredValues[index]
                    }))
                )
              : await options.trustworthy.upsert(
                    pairing.trustworthyObject,
                    restorations.map((entry, index) => ({
                        id: recordIdOf(entry.history),
                        fields: restoredValues[index] ?? {}
                    })),
                    `${key}:rollback-restore`
                );

    for (const [index, entry] of deletions.entries()) {
        const outcome = settle(entry, deleted[index]);
        if (outcome.ok) await forgetLink(options, pairing, entry);
    }
    for (const [index, entry] of restorations.entries()) {
        const outcome = settle(entry, restored[index]);
        if (outcome.ok) await rebaseLink(options, pairing, entry, restoredValues[index] ?? {});
    }
}

function settle(
    entry: PlannedStep,
    result: { ok: boolean; errorCode?: string; message?: string } | undefined
): Outcome {
    const outcome: Outcome = result?.ok
        ? { ok: true }
        : {
              ok: false,
              errorCode: result?.errorCode ?? 'NO_RESULT',
              message: result?.message ?? 'the API returned fewer results than records sent'
          };
    if (outcome.ok) {
        entry.step.outcome = 'done';
    } else {
        entry.step.outcome = 'failed';
        entry.step.errorCode = outcome.errorCode;
        entry.step.reason = outcome.message;
    }
    return outcome;
}

async function forgetLink(
    options: RollbackOptions,
    pairing: Pairing,
    entry: PlannedStep
): Promise<void> {
    const link = await findLink(options, pairing, entry);
    if (link) await options.repositories.links.remove(pairing.id, link.salesforceId);
}

async function rebaseLink(
    options: RollbackOptions,
    pairing: Pairing,
    entry: PlannedStep,
    restored: Record<string, unknown>
): Promise<void> {
    const link = await findLink(options, pairing, entry);
    if (!link || !entry.current) return;
    const side = entry.step.target;
    const values = { ...entry.current.values, ...restored };
    await options.repositories.links.save({
        ...link,
        base: { ...link.base, [side]: sideHashes(pairing, side, values) },
        lastSyncedAt: options.now(),
        lastRunId: options.rollbackRunId
    });
}

async function findLink(options: RollbackOptions, pairing: Pairing, entry: PlannedStep) {
    const links = await options.repositories.links.forPairing(pairing.id);
    const id = recordIdOf(entry.history);
    return links.find((link) =>
        entry.step.target === 'salesforce' ? link.salesforceId === id : link.trustworthyId === id
    );
}

function auditEntry(runId: string, entry: PlannedStep): RecordChange {
    const { step } = entry;
    const failed = step.outcome === 'failed';
    const base = {
        runId,
        pairingId: step.pairingId,
        target: step.target,
        salesforceId: step.salesforceId,
        trustworthyId: step.trustworthyId
    };
    if (step.action === 'skip' || failed) {
        return {
            ...base,
            action: failed ? 'fail' : 'skip',
            before: null,
            after: null,
            errorCode: step.errorCode ?? null,
            errorMessage: step.reason ?? null
        };
    }
    if (step.action === 'delete') {
        return {
            ...base,
            action: 'delete',
            before: { ...entry.history.after },
            after: null,
            errorCode: null,
            errorMessage: null
        };
    }
    return {
        ...base,
        action: 'update',
        before: Object.fromEntries(step.fields.map((field) => [field.field, field.current])),
        after: Object.fromEntries(step.fields.map((field) => [field.field, field.restoreTo])),
        errorCode: null,
        errorMessage: null
    };
}
