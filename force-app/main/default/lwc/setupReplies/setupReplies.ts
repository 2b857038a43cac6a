/**
 * The companion replies the setup tab reads. The Apex controller hands the
 * companion's JSON through unchanged, so these shapes follow
 * companion/openapi.json; `readReply` checks the outer shape (an object with
 * the keys every such reply has), which is enough to tell a reply from an
 * unexpected payload before the component trusts the rest.
 */

export type ConnectionState =
    'connected' | 'configured' | 'not_connected' | 'revoked' | 'error';

export interface SideConnection {
    source: 'stored' | 'environment' | 'emulator' | 'none';
    status: ConnectionState;
    connectedAt: string | null;
    lastError: string | null;
}

export interface SalesforceConnection extends SideConnection {
    flow: string | null;
    loginUrl: string | null;
    instanceUrl: string | null;
    orgId: string | null;
    username: string | null;
    scopes: string[];
}

export interface TrustworthyConnection extends SideConnection {
    baseUrl: string | null;
}

export interface ConnectionsReply {
    salesforce: SalesforceConnection;
    trustworthy: TrustworthyConnection;
}

export interface SalesforceSetupReply {
    callbackUrl: string;
    scopes: string[];
    flows: { flow: string; summary: string }[];
}

export interface ConnectLinkReply {
    url: string;
    expiresAt: string;
}

export interface Diagnosis {
    code: string;
    message: string;
    action: string;
    object?: string;
    field?: string;
}

export interface SideTest {
    verdict: 'ok' | 'failed';
    source: string;
    diagnoses: Diagnosis[];
}

export interface ConnectionTestReply {
    salesforce: SideTest;
    trustworthy: SideTest;
    checkedAt: string;
}

export interface SchemaObject {
    name: string;
    label: string;
}

export interface SchemaObjectsReply {
    objects: SchemaObject[];
}

export interface MappingSummary {
    name: string;
    latestVersion: number;
    paused: boolean;
    pausedAt: string | null;
}

export interface MappingsReply {
    mappings: MappingSummary[];
}

export interface StoredMappingReply {
    name: string;
    version: number;
    mapping: Record<string, unknown>;
}

export interface SavedMappingReply {
    name: string;
    version: number;
    warnings: { path: string; message: string }[];
}

export type DryRunAction =
    'create' | 'update' | 'delete' | 'conflict' | 'hold' | 'skip';

export interface FieldChange {
    field: string;
    before: unknown;
    after: unknown;
}

export interface SidePlan {
    action: DryRunAction;
    changes: FieldChange[];
    reason?: string;
}

export interface RecordNote {
    field?: string;
    code: string;
    message: string;
}

export interface DryRunRecord {
    pairingId: string;
    salesforceId: string | null;
    trustworthyId: string | null;
    matchedBy: string;
    salesforce: SidePlan;
    trustworthy: SidePlan;
    conflicts: {
        field: string;
        salesforceValue: unknown;
        trustworthyValue: unknown;
    }[];
    warnings: RecordNote[];
    errors: RecordNote[];
}

export interface DryRunReply {
    mappingName: string;
    mappingVersion: number;
    totals: {
        salesforce: Record<string, number>;
        trustworthy: Record<string, number>;
        unchanged: number;
        warnings: number;
    };
    records: DryRunRecord[];
    truncated: boolean;
}

export type Schedule =
    | { kind: 'manual' }
    | { kind: 'interval'; everyMinutes: number }
    | { kind: 'daily'; time: string; timezone: string }
    | { kind: 'cron'; expression: string; timezone?: string }
    | { kind: 'realtime' };

export interface ScheduleReply {
    mappingName: string;
    schedule: Schedule;
    lastRunAt: string | null;
    nextDueAt: string | null;
    running: boolean;
}

export interface PilotFilter {
    salesforceIds?: string[];
    trustworthyIds?: string[];
    where?: {
        side: 'salesforce' | 'trustworthy';
        field: string;
        equals: string | number | boolean | null;
    };
}

export interface GoLiveReply {
    mappingName: string;
    recordCap: number | null;
    pilot: PilotFilter | null;
    updatedAt: string | null;
}

export interface PauseReply {
    mappingName: string;
    paused: boolean;
    running: boolean;
}

export interface RunStartedReply {
    runId: string;
    status: string;
}

/** Thrown when Apex returned something that is not the expected reply. */
export class UnexpectedReplyError extends Error {
    constructor(expected: string) {
        super(`The companion's reply did not contain ${expected}.`);
        this.name = 'UnexpectedReplyError';
    }
}

/**
 * The reply as T once its outer shape holds the given keys; otherwise an
 * UnexpectedReplyError naming what was expected (or the missing keys).
 */
export function readReply<T>(
    value: unknown,
    keys: readonly string[],
    expected?: string
): T {
    const isObject = typeof value === 'object' && value !== null;
    const missing = keys.filter(
        (key) => !isObject || !Object.prototype.hasOwnProperty.call(value, key)
    );
    if (!isObject || missing.length > 0) {
        throw new UnexpectedReplyError(
            expected ?? (missing.join(', ') || 'an object')
        );
    }
    return value as T;
}
