/**
 * The runner's view of the engine core: how to tell whether a record moved
 * away from its stored base, how to normalise match keys, and how to plan a
 * record pair. Implemented over the mapping, transforms and merge modules.
 */
import type { LinkBase } from '../../store/links-repository';
import type { Side, SideRecord } from '../types';
import type { WorkItem } from './work-item';

export interface RecordComparer {
    /** True when every mapped field of `record` hashes to the base (nothing we map changed). */
    matchesBase(side: Side, record: SideRecord, base: LinkBase | undefined): boolean;
    /** Salesforce Ids compared as 18 characters; anything else as given. */
    salesforceIdKey(id: string): string;
    /** The normalised key of a match-key value, undefined when it cannot match anything. */
    matchKey(salesforceField: string, value: unknown): string | undefined;
}

export interface PlannedIssue {
    field?: string;
    code: string;
    message: string;
}

export interface PlanResult {
    toSalesforce: Record<string, unknown>;
    toTrustworthy: Record<string, unknown>;
    heldConflicts: Array<{ field: string; salesforceValue: unknown; trustworthyValue: unknown }>;
    errors: PlannedIssue[];
    warnings: PlannedIssue[];
    nextBase: LinkBase;
    /** Set when a record cannot be created on that side (e.g. a required field failed). */
    createBlocked: { side: Side; reason: string } | undefined;
}

export interface RecordPlanner extends RecordComparer {
    plan(item: WorkItem): PlanResult;
}
