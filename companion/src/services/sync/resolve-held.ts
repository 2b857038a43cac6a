/**
 * Resolving what a run held for review, always through the normal write
 * path: a targeted run of the record pair (audited, links updated) under the
 * admin's choice — a side that wins, values to keep, a candidate to link, a
 * new record instead of a match, or what to do with a flagged deletion.
 */
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import { ApiError } from '../../api/api-error';
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import type { RunSummary } from '../../engine/runner/summary';
import type { HeldRecord } from '../../store/held-repository';
import type { Repositories } from '../../store/repositories';
import type { RunExecutor } from './locked-sync';
import { recordedAction } from './recorded-action';

export type ConflictResolution =
    | { choose: 'salesforce' | 'trustworthy' }
    | { values: Record<string, string | number | boolean | null> }
    | { link: string }
    | { createNew: true }
    | { delete: true }
    | { keep: true };

export interface ResolutionReport {
    heldId: string;
    status: 'resolved' | 'still_held';
    runId: string;
    runStatus: string;
}

export interface ResolveDeps {
    repositories: Repositories;
    executor: RunExecutor;
    mappingOf: (held: HeldRecord) => Promise<string>;
    sides: () => Promise<{
        salesforce: SalesforcePort;
        trustworthy: TrustworthyPort;
    }>;
    objectsOf: (
        mappingName: string,
        pairingId: string
    ) => Promise<{ salesforceObject: string; trustworthyObject: string }>;
    now: () => string;
}

export async function resolveHeld(
    deps: ResolveDeps,
    heldId: string,
    resolution: ConflictResolution
): Promise<ResolutionReport> {
    const held = await deps.repositories.held.get(heldId);
    if (!held) throw new ApiError('not_found', `no held record ${heldId}`);
    if (held.status !== 'open')
        throw new ApiError('conflict', `held record ${heldId} is already resolved`);
    const mappingName = await deps.mappingOf(held);

    const summary = await resolutionRun(deps, held, mappingName, resolution);
    const clear = summary.status === 'completed' && summary.totals.held === 0;
    if (clear)
        await deps.repositories.held.resolve(
            held.id,
            { ...resolution, runId: summary.runId },
            deps.now()
        );
    return {
        heldId,
        status: clear ? 'resolved' : 'still_held',
        runId: summary.runId,
        runStatus: summary.status
    };
}

function resolutionRun(
    deps: ResolveDeps,
    held: HeldRecord,
    mappingName: string,
    resolution: ConflictResolution
): Promise<RunSummary> {
    const ids = {
        salesforceIds: held.salesforceId ? [held.salesforceId] : [],
        trustworthyIds: held.trustworthyId ? [held.trustworthyId] : []
    };
    const base = {
        mappingName,
        trigger: 'resolution' as const,
        kind: 'resolution' as const,
        sourceRunId: held.runId
    };

    switch (held.kind) {
        case 'conflict': {
            if ('choose' in resolution) {
                return deps.executor.run({
                    ...base,
                    pilot: ids,
                    adjustMapping: winner(held.pairingId, `${resolution.choose}_wins`)
                });
            }
            if ('values' in resolution) {
                const values = chosenValues(held, resolution.values);
                return deps.executor.run({
                    ...base,
                    pilot: ids,
                    adjustMapping: winner(held.pairingId, 'salesforce_wins'),
                    prepare: async (runId, sides) => {
                        const objects = await deps.objectsOf(mappingName, held.pairingId);
                        const [outcome] = await sides.salesforce.update(objects.salesforceObject, [
                            { Id: held.salesforceId, ...values }
                        ]);
                        await deps.repositories.audit.record(
                            [
                                {
                                    runId,
                                    pairingId: held.pairingId,
                                    target: 'salesforce',
                                    action: outcome?.ok ? 'update' : 'fail',
                                    salesforceId: held.salesforceId,
                                    trustworthyId: held.trustworthyId,
                                    before: null,
                                    after: values,
                                    errorCode: outcome && !outcome.ok ? outcome.errorCode : null,
                                    errorMessage: outcome && !outcome.ok ? outcome.message : null
                                }
                            ],
                            deps.now()
                        );
                        if (!outcome?.ok)
                            throw new ApiError(
                                'salesforce_error',
                                `Salesforce refused the chosen values: ${outcome && !outcome.ok ? outcome.message : 'no result'}`
                            );
                    }
                });
            }
            break;
        }
        case 'ambiguous_match': {
            if ('link' in resolution) return linkCandidate(deps, held, resolution.link, base, ids);
            if ('createNew' in resolution) {
                const side = held.salesforceId ? 'salesforce' : 'trustworthy';
                const id = (held.salesforceId ?? held.trustworthyId) as string;
                return deps.executor.run({ ...base, pilot: ids, createNew: [{ side, id }] });
            }
            break;
        }
        case 'deletion': {
            if ('delete' in resolution || 'keep' in resolution)
                return settleDeletion(deps, held, mappingName, 'delete' in resolution);
            break;
        }
        case 'invalid_record':
            break;
    }
    throw new ApiError(
        'validation_failed',
        `a held ${held.kind.replace(/_/g, ' ')} cannot be resolved that way`,
        [{ path: 'body', issue: expectedFor(held.kind) }]
    );
}

function winner(
    pairingId: string,
    policy: 'salesforce_wins' | 'trustworthy_wins'
): (mapping: MappingFile) => MappingFile {
    return (mapping) => ({
        ...mapping,
        pairings: mapping.pairings.map((pairing) =>
            pairing.id === pairingId
                ? {
                      ...pairing,
                      conflictPolicy: policy,
                      fields: pairing.fields.map(({ owner: _owner, ...field }) => field)
                  }
                : pairing
        )
    });
}

function chosenValues(held: HeldRecord, values: Record<string, unknown>): Record<string, unknown> {
    const fields = Array.isArray(held.detail.fields)
        ? (held.detail.fields as Array<{ field?: unknown }>).map((entry) => String(entry.field))
        : [];
    const unknown = Object.keys(values).filter((field) => !fields.includes(field));
    if (unknown.length > 0 || Object.keys(values).length === 0 || !held.salesforceId) {
        throw new ApiError('validation_failed', 'values must name fields held in this conflict', [
            {
                path: 'body.values',
                issue: `held fields: ${fields.join(', ')}; not held: ${unknown.join(', ') || '(none given)'}`
            }
        ]);
    }
    return values;
}

async function linkCandidate(
    deps: ResolveDeps,
    held: HeldRecord,
    candidate: string,
    base: { mappingName: string; trigger: 'resolution'; kind: 'resolution'; sourceRunId: string },
    ids: { salesforceIds: string[]; trustworthyIds: string[] }
): Promise<RunSummary> {
    const candidates = Array.isArray(held.detail.candidates)
        ? (held.detail.candidates as unknown[]).map(String)
        : [];
    if (!candidates.includes(candidate)) {
        throw new ApiError('validation_failed', 'link must name one of the held candidates', [
            { path: 'body.link', issue: `candidates: ${candidates.join(', ')}` }
        ]);
    }
    const salesforceId = held.salesforceId ?? candidate;
    const trustworthyId = held.trustworthyId ?? candidate;
    // An empty base: every field the two records disagree on is settled by the pairing's policy.
    return deps.executor
        .exclusive(base.mappingName, async () => {
            await deps.repositories.links.save({
                pairingId: held.pairingId,
                salesforceId,
                trustworthyId,
                base: { salesforce: {}, trustworthy: {} },
                lastSyncedAt: deps.now(),
                lastRunId: held.runId,
                deletedSide: null
            });
        })
        .then(() =>
            deps.executor.run({
                ...base,
                pilot: {
                    salesforceIds: [...ids.salesforceIds, salesforceId],
                    trustworthyIds: [...ids.trustworthyIds, trustworthyId]
                }
            })
        );
}

async function settleDeletion(
    deps: ResolveDeps,
    held: HeldRecord,
    mappingName: string,
    remove: boolean
): Promise<RunSummary> {
    const deletedOn = held.detail.deletedOn === 'trustworthy' ? 'trustworthy' : 'salesforce';
    const survivor = deletedOn === 'salesforce' ? 'trustworthy' : 'salesforce';
    const survivorId = (survivor === 'salesforce' ? held.salesforceId : held.trustworthyId) ?? '';
    const objects = await deps.objectsOf(mappingName, held.pairingId);

    return recordedAction(deps, mappingName, held.runId, async (runId, sides) => {
        if (!remove) {
            return [
                {
                    runId,
                    pairingId: held.pairingId,
                    target: survivor,
                    action: 'skip',
                    salesforceId: held.salesforceId,
                    trustworthyId: held.trustworthyId,
                    before: null,
                    after: null,
                    errorCode: null,
                    errorMessage: 'kept after its counterpart was deleted'
                }
            ];
        }
        const [outcome] =
            survivor === 'salesforce'
                ? await sides.salesforce.destroy(objects.salesforceObject, [survivorId])
                : await sides.trustworthy.destroy(
                      objects.trustworthyObject,
                      [survivorId],
                      `${runId}:resolve-delete`
                  );
        if (outcome?.ok && held.salesforceId)
            await deps.repositories.links.remove(held.pairingId, held.salesforceId);
        return [
            {
                runId,
                pairingId: held.pairingId,
                target: survivor,
                action: outcome?.ok ? 'delete' : 'fail',
                salesforceId: held.salesforceId,
                trustworthyId: held.trustworthyId,
                before: null,
                after: null,
                errorCode: outcome && !outcome.ok ? outcome.errorCode : null,
                errorMessage: outcome && !outcome.ok ? outcome.message : null
            }
        ];
    });
}

function expectedFor(kind: HeldRecord['kind']): string {
    switch (kind) {
        case 'conflict':
            return 'a conflict takes { choose: "salesforce" | "trustworthy" } or { values: { field: value } }';
        case 'ambiguous_match':
            return 'an ambiguous match takes { link: candidateId } or { createNew: true }';
        case 'deletion':
            return 'a flagged deletion takes { delete: true } or { keep: true }';
        case 'invalid_record':
            return 'an invalid record is resolved by fixing it at its source';
    }
}
