/** A rollback's plan and outcome, per record and side. */
import type { Side } from '../../types';

export type RollbackAction = 'restore' | 'delete' | 'skip';

export interface RollbackStep {
    pairingId: string;
    target: Side;
    salesforceId: string | null;
    trustworthyId: string | null;
    action: RollbackAction;
    /** restore: each field's current value and the value it gets back. */
    fields: Array<{ field: string; current: unknown; restoreTo: unknown }>;
    /** Why a record is skipped, or why its rollback failed. */
    reason?: string;
    outcome: 'planned' | 'done' | 'skipped' | 'failed';
    errorCode?: string;
}

export interface RollbackReport {
    sourceRunId: string;
    /** The rollback's own run; null for a preview. */
    rollbackRunId: string | null;
    dryRun: boolean;
    steps: RollbackStep[];
    totals: { restored: number; deleted: number; skipped: number; failed: number };
}
