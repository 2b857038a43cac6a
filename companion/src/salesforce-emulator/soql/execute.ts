/**
 * Runs a SOQL query against the emulated org in two steps, so the query
 * routes can page: `runSoql` settles which rows match (a list of Ids taken
 * once, at the first page), and `loadRecords` shapes any slice of those Ids
 * into API records with the rows' current values.
 */
import type { EmulatorClock } from '../clock';
import type { RowSource, SchemaView, StoredRow } from '../context';
import { rowMatches, sortRows } from './evaluator';
import { parseSoql } from './parser';
import { projectRow, type ApiRecord } from './projection';
import { RecordLookup } from './record-lookup';
import { resolveQuery, type ResolvedQuery } from './resolve-query';

export interface SoqlDeps {
    schema: SchemaView;
    rows: RowSource;
    clock: EmulatorClock;
}

export interface SoqlRequest {
    soql: string;
    userId: string;
    /** queryAll: rows in the recycle bin match too. */
    includeDeleted: boolean;
}

export type SoqlOutcome =
    | { kind: 'count'; totalSize: number }
    | { kind: 'aggregate'; records: ApiRecord[] }
    | { kind: 'records'; query: ResolvedQuery; ids: string[] };

/** Throws `SoqlError` for anything Salesforce would refuse. */
export function runSoql(request: SoqlRequest, deps: SoqlDeps): SoqlOutcome {
    const query = prepareSoql(request, deps);
    const lookup = new RecordLookup(deps.rows);

    const matched: StoredRow[] = [];
    for (const row of deps.rows.rows(query.object.name)) {
        if (row.isDeleted && !request.includeDeleted) continue;
        if (query.where && !rowMatches(query.where, row, lookup)) continue;
        matched.push(row);
    }

    sortRows(matched, query.orderBy, lookup);
    const start = query.offset ?? 0;
    const end = query.limit === null ? undefined : start + query.limit;
    const selected = matched.slice(start, end);

    switch (query.select.kind) {
        case 'count':
            return { kind: 'count', totalSize: selected.length };
        case 'countField': {
            const ref = query.select.ref;
            const count = selected.filter((row) => lookup.valueOf(row, ref) !== null).length;
            return {
                kind: 'aggregate',
                records: [{ attributes: { type: 'AggregateResult' }, [query.select.alias]: count }]
            };
        }
        case 'records':
            return { kind: 'records', query, ids: selected.map((row) => String(row.values.Id)) };
    }
}

/** Parses and checks a query without touching any rows (the sf CLI's `columns=true`). */
export function prepareSoql(request: SoqlRequest, deps: SoqlDeps): ResolvedQuery {
    const parsed = parseSoql(request.soql);
    return resolveQuery(parsed, {
        soql: request.soql,
        schema: deps.schema,
        userId: request.userId,
        clock: deps.clock
    });
}

/**
 * Records for the given Ids in the given order. A row purged since the Ids
 * were taken is left out rather than failing the page.
 */
export function loadRecords(
    query: ResolvedQuery,
    ids: readonly string[],
    rows: RowSource,
    apiVersion: string
): ApiRecord[] {
    if (query.select.kind !== 'records') return [];

    const lookup = new RecordLookup(rows);
    const byId = lookup.rowsById(query.object.name);
    const columns = query.select.columns;

    const records: ApiRecord[] = [];
    for (const id of ids) {
        const row = byId.get(id);
        if (row) records.push(projectRow(row, query.object, columns, lookup, apiVersion));
    }
    return records;
}
