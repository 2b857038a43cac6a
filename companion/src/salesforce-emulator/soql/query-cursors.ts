/**
 * Open query cursors: the Ids a query matched at its first page, kept so
 * later pages are stable while rows change underneath. Memory stays bounded
 * the way Salesforce bounds it: a cursor idle for 15 minutes is dropped, and
 * a user opening an eleventh cursor loses their oldest one (Salesforce's
 * documented limit of ten open cursors per user). A cursor is closed once its
 * last page has been served.
 */
import type { EmulatorClock } from '../clock';
import { makeSalesforceId } from '../../salesforce/ids';
import type { ResolvedQuery } from './resolve-query';

export interface QueryCursor {
    id: string;
    userId: string;
    query: ResolvedQuery;
    ids: string[];
    batchSize: number;
    lastUsedAt: number;
}

export interface CursorLimits {
    idleMs: number;
    perUser: number;
}

const DEFAULT_LIMITS: CursorLimits = { idleMs: 15 * 60_000, perUser: 10 };

export class QueryCursorStore {
    private readonly cursors = new Map<string, QueryCursor>();
    private sequence = 0;
    private readonly limits: CursorLimits;

    constructor(
        private readonly clock: EmulatorClock,
        limits: Partial<CursorLimits> = {}
    ) {
        this.limits = { ...DEFAULT_LIMITS, ...limits };
    }

    open(userId: string, query: ResolvedQuery, ids: string[], batchSize: number): QueryCursor {
        this.dropExpired();
        this.dropOldestBeyondLimit(userId);

        this.sequence++;
        const id = makeSalesforceId('01g', 'EM', this.sequence);
        const cursor: QueryCursor = { id, userId, query, ids, batchSize, lastUsedAt: this.now() };
        this.cursors.set(id, cursor);
        return cursor;
    }

    /** The live cursor, refreshed; undefined when unknown, expired or another user's. */
    find(id: string, userId: string): QueryCursor | undefined {
        this.dropExpired();
        const cursor = this.cursors.get(id);
        if (!cursor || cursor.userId !== userId) return undefined;

        cursor.lastUsedAt = this.now();
        return cursor;
    }

    close(id: string): void {
        this.cursors.delete(id);
    }

    get size(): number {
        return this.cursors.size;
    }

    private dropExpired(): void {
        const oldestAllowed = this.now() - this.limits.idleMs;
        for (const [id, cursor] of this.cursors) {
            if (cursor.lastUsedAt <= oldestAllowed) this.cursors.delete(id);
        }
    }

    private dropOldestBeyondLimit(userId: string): void {
        const owned = [...this.cursors.values()].filter((cursor) => cursor.userId === userId);
        owned.sort((left, right) => left.lastUsedAt - right.lastUsedAt);

        const excess = owned.length - (this.limits.perUser - 1);
        for (const cursor of owned.slice(0, Math.max(0, excess))) this.cursors.delete(cursor.id);
    }

    private now(): number {
        return this.clock.now().getTime();
    }
}
