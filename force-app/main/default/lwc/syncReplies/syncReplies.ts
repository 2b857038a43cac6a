/**
 * The companion replies the runs and record-page components read, and the
 * plain words they show for the values in them. The Apex controllers hand the
 * companion's JSON through unchanged, so these shapes follow its OpenAPI
 * document; the readers below only check the outer shape, which is enough to
 * tell a reply from an unexpected payload.
 */

import { readReply } from 'c/setupReplies';

export { UnexpectedReplyError } from 'c/setupReplies';

export type SyncDirection =
    'salesforce_to_trustworthy' | 'trustworthy_to_salesforce';

export interface RunTotals {
    created: number;
    updated: number;
    deleted: number;
    unchanged: number;
    held: number;
    failed: number;
    warnings: number;
}

export interface RunApiCalls {
    salesforce: number;
    trustworthy: number;
    orgUsed: number | null;
    dailyLimit: number | null;
}

export interface RunSummary {
    id: string;
    mappingName: string;
    mappingVersion: number;
    status: string;
    trigger: string;
    kind: string;
    sourceRunId: string | null;
    rolledBackBy: string | null;
    startedAt: string;
    finishedAt: string | null;
    error: string | null;
    stoppedBy: string | null;
    totals: RunTotals | null;
    apiCalls: RunApiCalls | null;
}

export interface RunsPage {
    runs: RunSummary[];
    total: number;
    limit: number;
    offset: number;
}

export interface RunChange {
    id: number;
    pairingId: string;
    target: string;
    action: string;
    salesforceId: string | null;
    trustworthyId: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    errorCode: string | null;
    errorMessage: string | null;
    createdAt: string;
}

export interface RunDetailPage {
    run: RunSummary;
    changes: RunChange[];
    total: number;
    limit: number;
    offset: number;
}

export interface RunStarted {
    runId: string;
    status: string;
    records?: number;
}

export interface RollbackField {
    field: string;
    current: unknown;
    restoreTo: unknown;
}

export interface RollbackStep {
    pairingId: string;
    target: 'salesforce' | 'trustworthy';
    salesforceId: string | null;
    trustworthyId: string | null;
    action: 'restore' | 'delete' | 'skip';
    fields: RollbackField[];
    reason?: string;
    outcome: 'planned' | 'done' | 'skipped' | 'failed';
    errorCode?: string;
}

export interface RollbackReport {
    sourceRunId: string;
    rollbackRunId: string | null;
    dryRun: boolean;
    steps: RollbackStep[];
    totals: {
        restored: number;
        deleted: number;
        skipped: number;
        failed: number;
    };
}

export interface HeldField {
    field: string;
    salesforceValue: unknown;
    trustworthyValue: unknown;
}

export interface HeldRecord {
    id: string;
    kind: string;
    runId: string;
    pairingId: string;
    salesforceId: string | null;
    trustworthyId: string | null;
    createdAt: string;
    fields?: HeldField[];
    candidates?: string[];
    deletedOn?: string;
    reason?: string;
}

export interface ResolutionReport {
    heldId: string;
    status: 'resolved' | 'still_held';
    runId: string;
    runStatus: string;
}

export interface RecordHistoryEntry {
    at: string;
    runId: string;
    direction: SyncDirection;
    action: string;
    fields: string[];
    error: string | null;
}

export interface RecordStatus {
    salesforceId: string;
    outcome: 'synced' | 'failed' | 'held' | 'not_synced';
    lastSyncedAt: string | null;
    lastRunId: string | null;
    direction: SyncDirection | null;
    error: { code: string | null; message: string } | null;
    trustworthy: { pairingId: string; id: string } | null;
    pendingRetry: boolean;
    held: Array<{ id: string; kind: string; createdAt: string }>;
    history: RecordHistoryEntry[];
}

/** What TrustworthyRecordStatusController.getRecordStatus answers. */
export interface RecordStatusReply {
    status: RecordStatus;
    canSyncNow: boolean;
}

export function readRunsPage(reply: unknown): RunsPage {
    return readReply(reply, ['runs', 'total'], 'a list of runs');
}

export function readRunDetail(reply: unknown): RunDetailPage {
    return readReply(reply, ['run', 'changes', 'total'], "a run's changes");
}

export function readRunStarted(reply: unknown): RunStarted {
    return readReply(reply, ['runId', 'status'], 'the started run');
}

export function readRollbackReport(reply: unknown): RollbackReport {
    return readReply(reply, ['steps', 'totals'], 'a rollback report');
}

export function readHeldRecords(reply: unknown): HeldRecord[] {
    return readReply<{ held: HeldRecord[] }>(reply, ['held'], 'held records')
        .held;
}

export function readResolution(reply: unknown): ResolutionReport {
    return readReply(reply, ['heldId', 'status'], 'a resolution');
}

export function readRecordStatus(reply: unknown): RecordStatusReply {
    const wrapper = readReply<RecordStatusReply>(
        reply,
        ['status'],
        "the record's status"
    );
    readReply(wrapper.status, ['outcome', 'history'], "the record's status");
    return wrapper;
}
