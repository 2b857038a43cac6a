/** What a dry run returns: per record and side, the action and the field-level before → after. */
import type { PlannedIssue } from './record-comparer';

export type PlannedAction = 'create' | 'update' | 'delete' | 'conflict' | 'hold' | 'skip';

export interface FieldChangePreview {
    field: string;
    before: unknown;
    after: unknown;
}

export interface SidePlanPreview {
    action: PlannedAction;
    changes: FieldChangePreview[];
    reason?: string;
}

export interface RecordPlanPreview {
    pairingId: string;
    salesforceId: string | null;
    trustworthyId: string | null;
    matchedBy: 'link' | 'external_id' | 'match_key' | 'none';
    salesforce: SidePlanPreview;
    trustworthy: SidePlanPreview;
    conflicts: Array<{ field: string; salesforceValue: unknown; trustworthyValue: unknown }>;
    candidates?: string[];
    warnings: PlannedIssue[];
    errors: PlannedIssue[];
}

export type ActionCounts = Record<PlannedAction, number>;

export interface DryRunResult {
    mappingName: string;
    mappingVersion: number;
    /** Every record the next run would look at, counted per side and action. */
    totals: {
        salesforce: ActionCounts;
        trustworthy: ActionCounts;
        unchanged: number;
        warnings: number;
    };
    /** The first `sampleSize` records' plans. */
    records: RecordPlanPreview[];
    truncated: boolean;
}

export function emptyActionCounts(): ActionCounts {
    return { create: 0, update: 0, delete: 0, conflict: 0, hold: 0, skip: 0 };
}
