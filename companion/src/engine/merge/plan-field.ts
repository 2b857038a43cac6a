/**
 * Plans one mapped field: reads both sides, decides, converts the winning
 * value and works out the hashes to store afterwards. The stored hash of a
 * written field is the hash of the value read back from the write itself,
 * so the next pull of our own write looks unchanged (no echo).
 */
import { comparableValue } from '../compare/comparable-value';
import { valueHash } from '../compare/value-hash';
import type { FieldMapping, Pairing } from '../mapping/mapping-schema';
import { readLogicalValue } from '../transforms/read-logical-value';
import type { Warning } from '../transforms/transform-types';
import { transformValue } from '../transforms/transform-value';
import type { Side, SideRecord } from '../types';
import { decideField, type FieldIntent, type FieldSituation, type SideState } from './decide-field';
import type { FieldConflict, FieldError, FieldOutcome, LinkBase, PlanTargets } from './plan-types';
import { acceptsWrites, requiredOnCreate, transformContextFor } from './target-fields';

export interface FieldPlanInput {
    pairing: Pairing;
    field: FieldMapping;
    targets: PlanTargets;
    salesforce?: SideRecord;
    trustworthy?: SideRecord;
    base?: LinkBase;
}

export interface FieldPlan {
    outcome: FieldOutcome;
    write?: { side: Side; values: Record<string, unknown> };
    conflict?: FieldConflict;
    warnings: Warning[];
    error?: FieldError;
    /** Hashes to store; undefined keeps whatever was stored before (so the field is retried). */
    nextBase?: { salesforce: string; trustworthy: string };
    /** Set when a required field of a record to be created cannot be filled. */
    blocksCreate?: FieldError;
}

export function planField(input: FieldPlanInput): FieldPlan {
    const situation = describeSituation(input);
    const intent = decideField(situation);
    const before = {
        salesforce: situation.salesforce.logical,
        trustworthy: situation.trustworthy.logical
    };
    const key = input.field.salesforce;
    const currentHashes = {
        salesforce: situation.salesforce.hash,
        trustworthy: situation.trustworthy.hash
    };

    const plan = carryOut(situation, intent, key, before, currentHashes);
    const blocked = createBlocker(situation, plan);
    return blocked ? { ...plan, blocksCreate: blocked } : plan;
}

function describeSituation(input: FieldPlanInput): FieldSituation {
    const key = input.field.salesforce;
    const storedSalesforce = input.base?.salesforce[key];
    const storedTrustworthy = input.base?.trustworthy[key];

    return {
        pairing: input.pairing,
        field: input.field,
        targets: input.targets,
        salesforce: sideState('salesforce', input.salesforce, input.field),
        trustworthy: sideState('trustworthy', input.trustworthy, input.field),
        salesforceRecord: input.salesforce,
        trustworthyRecord: input.trustworthy,
        base:
            storedSalesforce !== undefined && storedTrustworthy !== undefined
                ? { salesforce: storedSalesforce, trustworthy: storedTrustworthy }
                : undefined
    };
}

function sideState(side: Side, record: SideRecord | undefined, field: FieldMapping): SideState {
    const logical = record ? readLogicalValue(side, record.values, field) : null;
    return { present: record !== undefined, logical, hash: hashOf(logical, field) };
}

function hashOf(logical: unknown, field: FieldMapping): string {
    return valueHash(comparableValue(logical, field.transform));
}

function carryOut(
    situation: FieldSituation,
    intent: FieldIntent,
    key: string,
    before: FieldOutcome['before'],
    currentHashes: { salesforce: string; trustworthy: string }
): FieldPlan {
    const conflict = 'conflict' in intent ? intent.conflict : undefined;
    const withConflict = conflict ? { conflict } : {};

    switch (intent.kind) {
        case 'unchanged':
            return settled(key, 'unchanged', before, intent.reason, { nextBase: currentHashes });
        case 'skipped':
            return settled(key, 'skipped', before, intent.reason, { nextBase: currentHashes });
        case 'held':
            return settled(key, 'held', before, intent.reason, withConflict);
        case 'flow':
            return { ...flow(situation, intent, key, before, currentHashes), ...withConflict };
    }
}

function flow(
    situation: FieldSituation,
    intent: Extract<FieldIntent, { kind: 'flow' }>,
    key: string,
    before: FieldOutcome['before'],
    currentHashes: { salesforce: string; trustworthy: string }
): FieldPlan {
    const { field, pairing, targets } = situation;
    const to = intent.to;
    const from: Side = to === 'salesforce' ? 'trustworthy' : 'salesforce';

    if (!acceptsWrites(to, field, targets, intent.mode)) {
        const reason = `${intent.reason}; the ${to} field cannot be written on ${intent.mode}`;
        return settled(key, 'skipped', before, reason, { nextBase: currentHashes });
    }

    const context = transformContextFor(to, field, pairing, targets);
    const result = transformValue(to, situation[from].logical, context);
    if (!result.ok)
        return settled(key, 'error', before, result.error.message, {
            error: { key, ...result.error }
        });

    const warnings = result.warnings.map((warning) => ({ ...warning, field: key }));
    if (Object.keys(result.writes).length === 0) {
        return settled(key, 'skipped', before, `${intent.reason}; nothing could be written`, {
            warnings
        });
    }

    const writtenHash = hashOf(readLogicalValue(to, result.writes, field), field);
    if (writtenHash === situation[to].hash) {
        const reason = `${intent.reason}; the ${to} value already matches`;
        return {
            outcome: { key, decision: 'unchanged', before, reason },
            warnings,
            nextBase: currentHashes
        };
    }

    return {
        outcome: { key, decision: `to_${to}`, before, after: result.writes, reason: intent.reason },
        write: { side: to, values: result.writes },
        warnings,
        nextBase: { ...currentHashes, [to]: writtenHash }
    };
}

function settled(
    key: string,
    decision: FieldOutcome['decision'],
    before: FieldOutcome['before'],
    reason: string,
    extra: Partial<FieldPlan> = {}
): FieldPlan {
    return { outcome: { key, decision, before, reason }, warnings: [], ...extra };
}

function createBlocker(situation: FieldSituation, plan: FieldPlan): FieldError | undefined {
    const { salesforce, trustworthy, field, targets } = situation;
    if (salesforce.present === trustworthy.present) return undefined;

    const to: Side = salesforce.present ? 'trustworthy' : 'salesforce';
    if (plan.write?.side === to || !requiredOnCreate(to, field, targets)) return undefined;

    return {
        key: field.salesforce,
        code: 'required_field_missing',
        message:
            `the new ${to} record cannot be created: its required field ${field[to]} ` +
            `would be empty (${plan.outcome.reason})`
    };
}
