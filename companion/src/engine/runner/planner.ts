/**
 * The engine core behind the runner's RecordPlanner port: the pairing's
 * field mapping, both schemas, and a reference resolver over the links of the
 * pairings this one points at (e.g. Contact.AccountId → member.household_id
 * through the accounts ↔ households links made earlier in the same run).
 */
import { toId18 } from '../../salesforce/ids';
import type { Repositories } from '../../store/repositories';
import { matchesBase } from '../compare/side-hashes';
import { planRecord } from '../merge/plan-record';
import { matchKeyValue } from '../matching/match-key-value';
import type { Side } from '../types';
import type { PairingContext } from './pairing-context';
import type { PlanResult, RecordPlanner } from './record-comparer';

export async function createPlanner(
    context: PairingContext,
    repositories: Repositories
): Promise<RecordPlanner> {
    const { pairing } = context;
    const resolver = await referenceResolver(context, repositories);
    const targets = {
        salesforceFields: [...context.salesforceFields.values()],
        trustworthyFields: [...context.trustworthyFields.values()],
        resolveReference: resolver
    };
    const transformOf = new Map(pairing.fields.map((field) => [field.salesforce, field.transform]));

    return {
        matchesBase: (side, record, base) => matchesBase(pairing, side, record.values, base),
        salesforceIdKey: (id) => toId18(id) ?? id,
        matchKey: (salesforceField, value) =>
            matchKeyValue(value, transformOf.get(salesforceField) ?? 'text'),
        plan: (item): PlanResult => {
            const plan = planRecord({
                pairing,
                ...(item.salesforce ? { salesforce: item.salesforce } : {}),
                ...(item.trustworthy ? { trustworthy: item.trustworthy } : {}),
                ...(item.link ? { base: item.link.base } : {}),
                targets
            });
            return {
                toSalesforce: plan.toSalesforce,
                toTrustworthy: plan.toTrustworthy,
                heldConflicts: plan.conflicts
                    .filter((conflict) => conflict.resolution === 'held')
                    .map((conflict) => ({
                        field: conflict.key,
                        salesforceValue: conflict.salesforceValue,
                        trustworthyValue: conflict.trustworthyValue
                    })),
                errors: plan.errors.map((error) => ({
                    field: error.key,
                    code: error.code,
                    message: error.message
                })),
                warnings: plan.warnings.map((warning) => ({
                    ...(warning.field ? { field: warning.field } : {}),
                    code: warning.code,
                    message: warning.message
                })),
                nextBase: plan.nextBase,
                createBlocked: plan.createBlocked
            };
        }
    };
}

async function referenceResolver(
    context: PairingContext,
    repositories: Repositories
): Promise<(pairingId: string, fromSide: Side, id: string) => string | undefined> {
    const referenced = new Set(
        context.pairing.fields.flatMap((field) => (field.pairing ? [field.pairing] : []))
    );
    const bySalesforce = new Map<string, Map<string, string>>();
    const byTrustworthy = new Map<string, Map<string, string>>();

    for (const pairingId of referenced) {
        const links = await repositories.links.forPairing(pairingId);
        bySalesforce.set(
            pairingId,
            new Map(links.map((link) => [link.salesforceId, link.trustworthyId]))
        );
        byTrustworthy.set(
            pairingId,
            new Map(links.map((link) => [link.trustworthyId, link.salesforceId]))
        );
    }

    return (pairingId, fromSide, id) => {
        if (fromSide === 'salesforce') return bySalesforce.get(pairingId)?.get(toId18(id) ?? id);
        return byTrustworthy.get(pairingId)?.get(id);
    };
}
