/**
 * Decides, per record a run wrote, what a rollback does: delete what the run
 * created, put back the values the run replaced — or skip the record when
 * it no longer holds what the run wrote (someone changed it since, and a
 * rollback never overwrites their work).
 */
import type { Pairing } from '../../mapping/mapping-schema';
import type { SideRecord } from '../../types';
import type { SalesforcePort, TrustworthyPort } from '../ports';
import { looselyEqual } from './loose-equal';
import type { RecordHistory } from './record-histories';
import type { RollbackStep } from './rollback-types';

export interface PlannedStep {
    step: RollbackStep;
    history: RecordHistory;
    current?: SideRecord;
}

export async function planRollback(
    histories: RecordHistory[],
    pairings: Map<string, Pairing>,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<PlannedStep[]> {
    const planned: PlannedStep[] = [];
    const groups = new Map<string, RecordHistory[]>();
    for (const history of histories) {
        const key = `${history.pairingId}|${history.target}`;
        groups.set(key, [...(groups.get(key) ?? []), history]);
    }

    for (const group of groups.values()) {
        const first = group[0] as RecordHistory;
        const pairing = pairings.get(first.pairingId);
        if (!pairing) {
            planned.push(
                ...group.map((history) => skip(history, 'its pairing is no longer in the mapping'))
            );
            continue;
        }
        const current = await currentRecords(group, pairing, salesforce, trustworthy);
        for (const history of group)
            planned.push(decide(history, current.get(recordIdOf(history))));
    }
    return planned;
}

export function recordIdOf(history: RecordHistory): string {
    return (history.target === 'salesforce' ? history.salesforceId : history.trustworthyId) ?? '';
}

async function currentRecords(
    group: RecordHistory[],
    pairing: Pairing,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<Map<string, SideRecord>> {
    const ids = group.map(recordIdOf);
    if (group[0]?.target === 'trustworthy') {
        const found = await trustworthy.findBy(pairing.trustworthyObject, 'id', ids);
        return new Map(found.map((record) => [record.id, record]));
    }
    // Only fields this run itself wrote are read back: names the run took from describe.
    const columns = [
        ...new Set(
            group.flatMap((history) => [
                ...Object.keys(history.after),
                ...Object.keys(history.before)
            ])
        )
    ].filter((field) => field !== 'Id');
    const found = await salesforce.findBy(pairing.salesforceObject, columns, 'Id', ids);
    return new Map(found.map((record) => [record.id, record]));
}

function decide(history: RecordHistory, current: SideRecord | undefined): PlannedStep {
    if (history.deleted)
        return skip(
            history,
            'the run deleted it; a deletion cannot be undone through the API (restore it from the recycle bin)'
        );
    if (!current) return skip(history, 'the record no longer exists');
    if (history.beforeUnknown && !history.created) {
        return skip(
            history,
            'the run updated a record it had not read first, so its earlier values are unknown; left as it is'
        );
    }

    const changed = Object.entries(history.after)
        .filter(([field, written]) => !looselyEqual(current.values[field], written))
        .map(([field]) => field);
    if (changed.length > 0)
        return {
            ...skip(history, `changed since the run (${changed.join(', ')}); left as it is`),
            current
        };

    if (history.created) {
        return {
            history,
            current,
            step: { ...identity(history), action: 'delete', fields: [], outcome: 'planned' }
        };
    }
    const fields = Object.entries(history.before).map(([field, restoreTo]) => ({
        field,
        current: current.values[field] ?? null,
        restoreTo
    }));
    return {
        history,
        current,
        step: { ...identity(history), action: 'restore', fields, outcome: 'planned' }
    };
}

function skip(history: RecordHistory, reason: string): PlannedStep {
    return {
        history,
        step: { ...identity(history), action: 'skip', fields: [], reason, outcome: 'skipped' }
    };
}

function identity(
    history: RecordHistory
): Pick<RollbackStep, 'pairingId' | 'target' | 'salesforceId' | 'trustworthyId'> {
    return {
        pairingId: history.pairingId,
        target: history.target,
        salesforceId: history.salesforceId,
        trustworthyId: history.trustworthyId
    };
}
