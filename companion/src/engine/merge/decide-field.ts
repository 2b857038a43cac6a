/**
 * The three-way decision for one field, before any value is converted. A
 * side "changed" the field when the hash of its value differs from the hash
 * stored at the last sync. With no stored hash (a record just matched), the
 * sides are compared with each other instead; with only one side present (a
 * new record), every non-empty value is carried across.
 */
import { sameAcrossSides } from '../compare/same-across-sides';
import type { FieldMapping, Pairing } from '../mapping/mapping-schema';
import { isEmpty } from '../transforms/empty';
import type { Direction, Side, SideRecord } from '../types';
import type { FieldConflict, PlanTargets } from './plan-types';
import { resolveConflict } from './resolve-conflict';
import { transformContextFor } from './target-fields';

export interface SideState {
    present: boolean;
    logical: unknown;
    hash: string;
}

export interface FieldSituation {
    pairing: Pairing;
    field: FieldMapping;
    targets: PlanTargets;
    salesforce: SideState;
    trustworthy: SideState;
    salesforceRecord?: SideRecord;
    trustworthyRecord?: SideRecord;
    /** The hashes stored at the last sync, when both are known. */
    base?: { salesforce: string; trustworthy: string };
}

export type FieldIntent =
    | { kind: 'unchanged'; reason: string }
    | { kind: 'skipped'; reason: string }
    | { kind: 'held'; reason: string; conflict: FieldConflict }
    | {
          kind: 'flow';
          to: Side;
          mode: 'create' | 'update';
          reason: string;
          conflict?: FieldConflict;
      };

export function effectiveDirection(pairing: Pairing, field: FieldMapping): Direction {
    return field.direction ?? pairing.direction;
}

export function flowsTo(direction: Direction, side: Side): boolean {
    return direction === 'both' || direction === `to_${side}`;
}

export function decideField(situation: FieldSituation): FieldIntent {
    const { salesforce, trustworthy } = situation;
    if (!salesforce.present || !trustworthy.present) return decideCreate(situation);
    if (situation.base) return decideThreeWay(situation, situation.base);
    return decideFirstMatch(situation);
}

function decideCreate(situation: FieldSituation): FieldIntent {
    const to: Side = situation.salesforce.present ? 'trustworthy' : 'salesforce';
    const source = to === 'trustworthy' ? situation.salesforce : situation.trustworthy;

    if (isEmpty(source.logical))
        return { kind: 'skipped', reason: 'new record: the source value is empty' };
    if (!flowsTo(direction(situation), to)) {
        return { kind: 'skipped', reason: `new record: the field does not flow to_${to}` };
    }
    return { kind: 'flow', to, mode: 'create', reason: 'new record' };
}

function decideThreeWay(
    situation: FieldSituation,
    base: { salesforce: string; trustworthy: string }
): FieldIntent {
    const salesforceChanged = situation.salesforce.hash !== base.salesforce;
    const trustworthyChanged = situation.trustworthy.hash !== base.trustworthy;

    if (!salesforceChanged && !trustworthyChanged) {
        return { kind: 'unchanged', reason: 'neither side changed' };
    }
    if (salesforceChanged && trustworthyChanged)
        return decideBothSet(situation, 'both sides changed');

    const changedSide: Side = salesforceChanged ? 'salesforce' : 'trustworthy';
    const to: Side = salesforceChanged ? 'trustworthy' : 'salesforce';
    if (!flowsTo(direction(situation), to)) {
        const reason = `${changedSide} changed, but the field only flows ${direction(situation)}`;
        return { kind: 'skipped', reason };
    }
    return { kind: 'flow', to, mode: 'update', reason: `${changedSide} changed` };
}

function decideFirstMatch(situation: FieldSituation): FieldIntent {
    const salesforceEmpty = isEmpty(situation.salesforce.logical);
    const trustworthyEmpty = isEmpty(situation.trustworthy.logical);

    if (salesforceEmpty && trustworthyEmpty)
        return { kind: 'unchanged', reason: 'first match: both empty' };
    if (salesforceEmpty || trustworthyEmpty) {
        const to: Side = salesforceEmpty ? 'salesforce' : 'trustworthy';
        if (!flowsTo(direction(situation), to)) {
            const reason = `first match: ${to} is empty, but the field only flows ${direction(situation)}`;
            return { kind: 'skipped', reason };
        }
        return {
            kind: 'flow',
            to,
            mode: 'update',
            reason: `first match: filling the empty ${to} value`
        };
    }
    return decideBothSet(situation, 'first match');
}

function decideBothSet(situation: FieldSituation, why: string): FieldIntent {
    const { pairing, field, targets } = situation;
    const context = transformContextFor('trustworthy', field, pairing, targets);
    if (
        sameAcrossSides(field, situation.salesforce.logical, situation.trustworthy.logical, context)
    ) {
        return { kind: 'unchanged', reason: `${why}: both hold the same value` };
    }

    const decision = resolveConflict(
        pairing,
        field,
        direction(situation),
        situation.salesforceRecord,
        situation.trustworthyRecord
    );
    const conflict: FieldConflict = {
        key: field.salesforce,
        salesforceValue: situation.salesforce.logical,
        trustworthyValue: situation.trustworthy.logical,
        resolution: decision.resolution,
        reason: decision.reason
    };

    if (decision.resolution === 'held') {
        return { kind: 'held', reason: `${why}: conflict held (${decision.reason})`, conflict };
    }
    const to: Side = decision.resolution === 'salesforce' ? 'trustworthy' : 'salesforce';
    return {
        kind: 'flow',
        to,
        mode: 'update',
        reason: `${why}: conflict, ${decision.reason}`,
        conflict
    };
}

function direction(situation: FieldSituation): Direction {
    return effectiveDirection(situation.pairing, situation.field);
}
