/**
 * Turns what was pulled into work items: record pairs to compare, lone
 * records to create on the other side, and matches too uncertain to act on.
 *
 * A record is paired by its stored link first, then by external Id (the
 * Salesforce record's Trustworthy_Id__c, or the Trustworthy record's
 * external_ref), then by the pairing's match keys. Anything that could pair
 * with more than one record — from either side — is held for review, so an
 * ambiguous match never becomes a new duplicate.
 */
import type { Link } from '../../store/links-repository';
import type { SideRecord } from '../types';
import { CandidateIndex } from './candidate-index';
import type { PairingContext } from './pairing-context';
import { EXTERNAL_ID_FIELD } from './pairing-context';
import type { PulledChanges } from './pull-changes';
import type { SalesforcePort, TrustworthyPort } from './ports';
import type { RecordComparer } from './record-comparer';
import type { HeldMatch, WorkItem } from './work-item';

export interface AssembledWork {
    items: WorkItem[];
    heldMatches: HeldMatch[];
    unchanged: { salesforce: number; trustworthy: number };
}

export async function assembleWork(
    context: PairingContext,
    pulled: PulledChanges,
    links: Link[],
    comparer: RecordComparer,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<AssembledWork> {
    const { pairing } = context;
    const linksBySalesforce = new Map(links.map((link) => [link.salesforceId, link]));
    const linksByTrustworthy = new Map(links.map((link) => [link.trustworthyId, link]));
    const linked = new Map<string, WorkItem>();
    const unchanged = { salesforce: 0, trustworthy: 0 };

    const itemFor = (link: Link): WorkItem => {
        const existing = linked.get(link.salesforceId);
        if (existing) return existing;
        const item: WorkItem = {
            link,
            salesforceDeleted: false,
            trustworthyDeleted: false,
            matchedBy: 'link'
        };
        linked.set(link.salesforceId, item);
        return item;
    };

    const loneSalesforce: SideRecord[] = [];
    for (const record of pulled.salesforce) {
        const link = linksBySalesforce.get(record.id);
        if (link?.deletedSide) continue;
        if (link) {
            const item = itemFor(link);
            if (record.deleted) item.salesforceDeleted = true;
            else item.salesforce = record;
        } else if (!record.deleted) {
            loneSalesforce.push(record);
        }
    }

    const loneTrustworthy: SideRecord[] = [];
    for (const change of pulled.trustworthy) {
        const link = linksByTrustworthy.get(change.id);
        if (link?.deletedSide) continue;
        if (link) {
            const item = itemFor(link);
            if (change.deleted) item.trustworthyDeleted = true;
            else item.trustworthy = change.record;
        } else if (!change.deleted && change.record) {
            loneTrustworthy.push(change.record);
        }
    }

    // A linked record whose values still hash to the stored base changed
    // nothing we map (often it is our own write coming back): drop it here,
    // before paying for a read of its counterpart.
    const active: WorkItem[] = [];
    for (const item of linked.values()) {
        const base = item.link?.base;
        const salesforceChanged =
            item.salesforceDeleted ||
            (item.salesforce !== undefined &&
                !comparer.matchesBase('salesforce', item.salesforce, base));
        const trustworthyChanged =
            item.trustworthyDeleted ||
            (item.trustworthy !== undefined &&
                !comparer.matchesBase('trustworthy', item.trustworthy, base));
        if (!salesforceChanged && !trustworthyChanged) {
            if (item.salesforce) unchanged.salesforce += 1;
            if (item.trustworthy) unchanged.trustworthy += 1;
            continue;
        }
        active.push(item);
    }
    await fetchCounterparts(active, context, salesforce, trustworthy);

    const salesforceIndex = new CandidateIndex(
        pulled.salesforceComplete ? pulled.salesforce.filter((r) => !r.deleted) : undefined,
        (field, values) =>
            salesforce.findBy(pairing.salesforceObject, context.salesforceColumns, field, values)
    );
    const trustworthyIndex = new CandidateIndex(
        pulled.trustworthyComplete
            ? pulled.trustworthy.flatMap((c) => (c.record ? [c.record] : []))
            : undefined,
        (field, values) => trustworthy.findBy(pairing.trustworthyObject, field, values)
    );

    const matching = await matchLoneRecords({
        context,
        comparer,
        loneSalesforce,
        loneTrustworthy,
        salesforceIndex,
        trustworthyIndex,
        isLinkedSalesforce: (id) => linksBySalesforce.has(id),
        isLinkedTrustworthy: (id) => linksByTrustworthy.has(id)
    });

    return { items: [...active, ...matching.items], heldMatches: matching.held, unchanged };
}

async function fetchCounterparts(
    items: WorkItem[],
    context: PairingContext,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): Promise<void> {
    const needSalesforce = items.filter(
        (item) => !item.salesforce && !item.salesforceDeleted && item.link
    );
    const needTrustworthy = items.filter(
        (item) => !item.trustworthy && !item.trustworthyDeleted && item.link
    );

    if (needSalesforce.length > 0) {
        const ids = needSalesforce.map((item) => (item.link as Link).salesforceId);
        const found = await salesforce.findBy(
            context.pairing.salesforceObject,
            context.salesforceColumns,
            'Id',
            ids
        );
        const byId = new Map(found.map((record) => [record.id, record]));
        for (const item of needSalesforce) {
            const record = byId.get((item.link as Link).salesforceId);
            if (record) item.salesforce = record;
            else item.salesforceDeleted = true;
        }
    }

    if (needTrustworthy.length > 0) {
        const ids = needTrustworthy.map((item) => (item.link as Link).trustworthyId);
        const found = await trustworthy.findBy(context.pairing.trustworthyObject, 'id', ids);
        const byId = new Map(found.map((record) => [record.id, record]));
        for (const item of needTrustworthy) {
            const record = byId.get((item.link as Link).trustworthyId);
            if (record) item.trustworthy = record;
            else item.trustworthyDeleted = true;
        }
    }
}

interface MatchInput {
    context: PairingContext;
    comparer: RecordComparer;
    loneSalesforce: SideRecord[];
    loneTrustworthy: SideRecord[];
    salesforceIndex: CandidateIndex;
    trustworthyIndex: CandidateIndex;
    isLinkedSalesforce: (id: string) => boolean;
    isLinkedTrustworthy: (id: string) => boolean;
}

type Decision =
    | { kind: 'external_id' | 'match_key'; id: string }
    | { kind: 'none' }
    | { kind: 'ambiguous'; candidates: string[] };

async function matchLoneRecords(
    input: MatchInput
): Promise<{ items: WorkItem[]; held: HeldMatch[] }> {
    const {
        context,
        comparer,
        loneSalesforce,
        loneTrustworthy,
        salesforceIndex,
        trustworthyIndex
    } = input;
    const exact = (value: unknown): string | undefined =>
        typeof value === 'string' && value !== '' ? value : undefined;
    const exactId = (value: unknown): string | undefined => {
        const text = exact(value);
        return text === undefined ? undefined : comparer.salesforceIdKey(text);
    };

    // Salesforce records looking for their Trustworthy counterpart.
    const byExternalRef = await trustworthyIndex.byField(
        'external_ref',
        loneSalesforce.map((r) => r.id),
        exactId
    );
    const byTrustworthyId = await trustworthyIndex.byField(
        'id',
        loneSalesforce.map((r) => String(r.values[EXTERNAL_ID_FIELD] ?? '')),
        exact
    );
    const salesforceKeyMatches = await keyMatches(
        context,
        comparer,
        loneSalesforce,
        'salesforce',
        trustworthyIndex
    );

    // Trustworthy records looking for their Salesforce counterpart.
    const bySalesforceExternalId = context.hasExternalIdField
        ? await salesforceIndex.byField(
              EXTERNAL_ID_FIELD,
              loneTrustworthy.map((r) => r.id),
              exact
          )
        : new Map<string, string[]>();
    const bySalesforceId = await salesforceIndex.byField(
        'id',
        loneTrustworthy.map((r) => String(r.values.external_ref ?? '')),
        exactId
    );
    const trustworthyKeyMatches = await keyMatches(
        context,
        comparer,
        loneTrustworthy,
        'trustworthy',
        salesforceIndex
    );

    const salesforceDecisions = new Map<string, Decision>();
    for (const record of loneSalesforce) {
        const external = [
            ...(byExternalRef.get(comparer.salesforceIdKey(record.id)) ?? []),
            ...(byTrustworthyId.get(String(record.values[EXTERNAL_ID_FIELD] ?? '')) ?? [])
        ].filter((id) => !input.isLinkedTrustworthy(id));
        const keyed = (salesforceKeyMatches.get(record.id) ?? []).filter(
            (id) => !input.isLinkedTrustworthy(id)
        );
        salesforceDecisions.set(record.id, decide(external, keyed));
    }

    const trustworthyDecisions = new Map<string, Decision>();
    for (const record of loneTrustworthy) {
        const externalRef = exactId(record.values.external_ref);
        const external = [
            ...(bySalesforceExternalId.get(record.id) ?? []),
            ...(externalRef ? (bySalesforceId.get(externalRef) ?? []) : [])
        ].filter((id) => !input.isLinkedSalesforce(id));
        const keyed = (trustworthyKeyMatches.get(record.id) ?? []).filter(
            (id) => !input.isLinkedSalesforce(id)
        );
        trustworthyDecisions.set(record.id, decide(external, keyed));
    }

    return resolvePairs(
        salesforceDecisions,
        trustworthyDecisions,
        loneSalesforce,
        loneTrustworthy,
        salesforceIndex,
        trustworthyIndex
    );
}

/** External Id decides first; match keys only when no external Id points anywhere. */
function decide(external: string[], keyed: string[]): Decision {
    const externalIds = [...new Set(external)];
    if (externalIds.length === 1) return { kind: 'external_id', id: externalIds[0] as string };
    if (externalIds.length > 1) return { kind: 'ambiguous', candidates: externalIds };

    const keyedIds = [...new Set(keyed)];
    if (keyedIds.length === 1) return { kind: 'match_key', id: keyedIds[0] as string };
    if (keyedIds.length > 1) return { kind: 'ambiguous', candidates: keyedIds };
    return { kind: 'none' };
}

async function keyMatches(
    context: PairingContext,
    comparer: RecordComparer,
    records: SideRecord[],
    from: 'salesforce' | 'trustworthy',
    otherSide: CandidateIndex
): Promise<Map<string, string[]>> {
    const matches = new Map<string, string[]>();
    for (const key of context.pairing.matchKeys) {
        const ownField = from === 'salesforce' ? key.salesforce : key.trustworthy;
        const otherField = from === 'salesforce' ? key.trustworthy : key.salesforce;
        const normalise = (value: unknown): string | undefined =>
            comparer.matchKey(key.salesforce, value);

        const found = await otherSide.byField(
            otherField,
            records.map((r) => String(r.values[ownField] ?? '')),
            normalise
        );
        for (const record of records) {
            const ownKey = normalise(record.values[ownField]);
            const candidates = ownKey === undefined ? [] : (found.get(ownKey) ?? []);
            if (candidates.length > 0)
                matches.set(record.id, [...(matches.get(record.id) ?? []), ...candidates]);
        }
        // The first match key that finds anything decides; later keys are fallbacks.
        if (matches.size > 0) break;
    }
    return matches;
}

function resolvePairs(
    salesforceDecisions: Map<string, Decision>,
    trustworthyDecisions: Map<string, Decision>,
    loneSalesforce: SideRecord[],
    loneTrustworthy: SideRecord[],
    salesforceIndex: CandidateIndex,
    trustworthyIndex: CandidateIndex
): { items: WorkItem[]; held: HeldMatch[] } {
    const loneSalesforceById = new Map(loneSalesforce.map((record) => [record.id, record]));
    const loneTrustworthyById = new Map(loneTrustworthy.map((record) => [record.id, record]));
    const held: HeldMatch[] = [];
    const heldSalesforce = new Set<string>();
    const heldTrustworthy = new Set<string>();

    // Proposed pairs from both directions; a record proposed with two partners is ambiguous.
    const proposals = new Map<
        string,
        { salesforceId: string; trustworthyId: string; kind: 'external_id' | 'match_key' }
    >();
    const partnersOfSalesforce = new Map<string, Set<string>>();
    const partnersOfTrustworthy = new Map<string, Set<string>>();
    const propose = (
        salesforceId: string,
        trustworthyId: string,
        kind: 'external_id' | 'match_key'
    ): void => {
        proposals.set(`${salesforceId}|${trustworthyId}`, { salesforceId, trustworthyId, kind });
        partnersOfSalesforce.set(
            salesforceId,
            (partnersOfSalesforce.get(salesforceId) ?? new Set()).add(trustworthyId)
        );
        partnersOfTrustworthy.set(
            trustworthyId,
            (partnersOfTrustworthy.get(trustworthyId) ?? new Set()).add(salesforceId)
        );
    };

    for (const [salesforceId, decision] of salesforceDecisions) {
        if (decision.kind === 'ambiguous') {
            heldSalesforce.add(salesforceId);
            held.push({
                kind: 'ambiguous_match',
                salesforceId,
                trustworthyId: null,
                candidates: decision.candidates,
                reason: 'several Trustworthy records match this Salesforce record'
            });
        } else if (decision.kind !== 'none') {
            propose(salesforceId, decision.id, decision.kind);
        }
    }
    for (const [trustworthyId, decision] of trustworthyDecisions) {
        if (decision.kind === 'ambiguous') {
            heldTrustworthy.add(trustworthyId);
            held.push({
                kind: 'ambiguous_match',
                salesforceId: null,
                trustworthyId,
                candidates: decision.candidates,
                reason: 'several Salesforce records match this Trustworthy record'
            });
        } else if (decision.kind !== 'none') {
            propose(decision.id, trustworthyId, decision.kind);
        }
    }

    const items: WorkItem[] = [];
    const paired = { salesforce: new Set<string>(), trustworthy: new Set<string>() };
    for (const proposal of proposals.values()) {
        const sfPartners = partnersOfSalesforce.get(proposal.salesforceId) ?? new Set();
        const twPartners = partnersOfTrustworthy.get(proposal.trustworthyId) ?? new Set();
        const contested = sfPartners.size > 1 || twPartners.size > 1;
        if (
            contested ||
            heldSalesforce.has(proposal.salesforceId) ||
            heldTrustworthy.has(proposal.trustworthyId)
        ) {
            if (!heldSalesforce.has(proposal.salesforceId)) {
                heldSalesforce.add(proposal.salesforceId);
                held.push({
                    kind: 'ambiguous_match',
                    salesforceId: proposal.salesforceId,
                    trustworthyId: null,
                    candidates: [...sfPartners],
                    reason: 'this Salesforce record is one of several that match the same Trustworthy record'
                });
            }
            if (!heldTrustworthy.has(proposal.trustworthyId)) {
                heldTrustworthy.add(proposal.trustworthyId);
                held.push({
                    kind: 'ambiguous_match',
                    salesforceId: null,
                    trustworthyId: proposal.trustworthyId,
                    candidates: [...twPartners],
                    reason: 'this Trustworthy record is one of several that match the same Salesforce record'
                });
            }
            continue;
        }

        // A lone record is its own side's record in hand even when that side was not read in full.
        const salesforceRecord =
            loneSalesforceById.get(proposal.salesforceId) ??
            salesforceIndex.record(proposal.salesforceId);
        const trustworthyRecord =
            loneTrustworthyById.get(proposal.trustworthyId) ??
            trustworthyIndex.record(proposal.trustworthyId);
        if (!salesforceRecord || !trustworthyRecord) {
            // Never plan a pair with a side missing: that would "create" a record that exists.
            held.push({
                kind: 'ambiguous_match',
                salesforceId: proposal.salesforceId,
                trustworthyId: proposal.trustworthyId,
                candidates: [proposal.salesforceId, proposal.trustworthyId],
                reason: 'the records match but one of them could not be read; nothing was written'
            });
            continue;
        }
        paired.salesforce.add(proposal.salesforceId);
        paired.trustworthy.add(proposal.trustworthyId);
        items.push({
            salesforce: salesforceRecord,
            trustworthy: trustworthyRecord,
            salesforceDeleted: false,
            trustworthyDeleted: false,
            matchedBy: proposal.kind
        });
    }

    for (const record of loneSalesforce) {
        if (paired.salesforce.has(record.id) || heldSalesforce.has(record.id)) continue;
        items.push({
            salesforce: record,
            salesforceDeleted: false,
            trustworthyDeleted: false,
            matchedBy: 'none'
        });
    }
    for (const record of loneTrustworthy) {
        if (paired.trustworthy.has(record.id) || heldTrustworthy.has(record.id)) continue;
        items.push({
            trustworthy: record,
            salesforceDeleted: false,
            trustworthyDeleted: false,
            matchedBy: 'none'
        });
    }

    return { items, held };
}
