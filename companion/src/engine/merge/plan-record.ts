/**
 * Plans the sync of one linked (or about-to-be-created) record pair, field by
 * field. Fields merge independently: a held or failing field stays out of
 * the writes and keeps its stored hashes, while the other fields go ahead.
 * The plan is pure data; the runner performs the writes and, once they
 * succeed, stores `nextBase`. Deletions are the runner's concern: a record
 * flagged deleted is planned like any other.
 */
import { planField } from './plan-field';
import type { FieldError, LinkBase, PlanInput, RecordPlan } from './plan-types';

export function planRecord(input: PlanInput): RecordPlan {
    const plan: RecordPlan = {
        toSalesforce: {},
        toTrustworthy: {},
        fields: [],
        conflicts: [],
        held: false,
        warnings: [],
        errors: [],
        createBlocked: undefined,
        nextBase: { salesforce: {}, trustworthy: {} }
    };
    if (!input.salesforce && !input.trustworthy) return plan;

    const blockers: FieldError[] = [];
    for (const field of input.pairing.fields) {
        const fieldPlan = planField({ ...input, field });
        const key = field.salesforce;

        plan.fields.push(fieldPlan.outcome);
        plan.warnings.push(...fieldPlan.warnings);
        if (fieldPlan.conflict) plan.conflicts.push(fieldPlan.conflict);
        if (fieldPlan.outcome.decision === 'held') plan.held = true;
        if (fieldPlan.error) plan.errors.push(fieldPlan.error);
        if (fieldPlan.blocksCreate) blockers.push(fieldPlan.blocksCreate);

        if (fieldPlan.write) {
            const writes =
                fieldPlan.write.side === 'salesforce' ? plan.toSalesforce : plan.toTrustworthy;
            Object.assign(writes, fieldPlan.write.values);
        }

        storeBase(plan.nextBase, key, fieldPlan.nextBase ?? storedBase(input.base, key));
    }

    if (blockers.length > 0) {
        const side = input.salesforce ? 'trustworthy' : 'salesforce';
        plan.createBlocked = {
            side,
            reason: blockers.map((blocker) => blocker.message).join('; ')
        };
        plan.errors.push(...blockers);
    }
    return plan;
}

function storedBase(
    base: LinkBase | undefined,
    key: string
): { salesforce: string; trustworthy: string } | undefined {
    const salesforce = base?.salesforce[key];
    const trustworthy = base?.trustworthy[key];
    return salesforce !== undefined && trustworthy !== undefined
        ? { salesforce, trustworthy }
        : undefined;
}

function storeBase(
    nextBase: LinkBase,
    key: string,
    hashes: { salesforce: string; trustworthy: string } | undefined
): void {
    if (!hashes) return;
    nextBase.salesforce[key] = hashes.salesforce;
    nextBase.trustworthy[key] = hashes.trustworthy;
}
