/**
 * The dry run: everything a run would do up to the writes — read both sides,
 * pair, plan — and nothing after. No write reaches either side, and no link,
 * cursor, audit entry, held record, retry, run row or cached describe is
 * stored. References to records the same run would create first (a new
 * household for a new member) cannot be resolved without writing, so the
 * preview reports them as the planner does for any unresolved reference.
 */
import type { Repositories } from '../../store/repositories';
import type { MappingFile } from '../mapping/mapping-schema';
import { assembleWork } from './assemble-work';
import { confidentialSafePorts } from './confidential-ports';
import type { DryRunResult, RecordPlanPreview } from './dry-run-types';
import { emptyActionCounts } from './dry-run-types';
import { buildPairingContext } from './pairing-context';
import type { PairingContext } from './pairing-context';
import type { SalesforcePort, TrustworthyPort } from './ports';
import { previewHeld, previewItem } from './preview-item';
import { pullChanges } from './pull-changes';
import { pullExplicit } from './pull-explicit';
import { readOnlyRepositories } from './read-only-repositories';
import type { RecordPlanner } from './record-comparer';
import { addRetries } from './retries';

export const DEFAULT_SAMPLE_SIZE = 50;

export interface DryRunOptions {
    mapping: MappingFile;
    mappingVersion: number;
    salesforce: SalesforcePort;
    trustworthy: TrustworthyPort;
    repositories: Repositories;
    createPlanner: (context: PairingContext, repositories: Repositories) => Promise<RecordPlanner>;
    now?: () => string;
    /** How many record plans to return (all are counted). */
    sampleSize?: number;
    /** Preview only these records instead of what changed since the cursors. */
    ids?: { salesforce: string[]; trustworthy: string[] };
}

export async function dryRunSync(options: DryRunOptions): Promise<DryRunResult> {
    const now = options.now ?? (() => new Date().toISOString());
    const repositories = readOnlyRepositories(options.repositories);
    const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE_SIZE;
    const result: DryRunResult = {
        mappingName: options.mapping.name,
        mappingVersion: options.mappingVersion,
        totals: {
            salesforce: emptyActionCounts(),
            trustworthy: emptyActionCounts(),
            unchanged: 0,
            warnings: 0
        },
        records: [],
        truncated: false
    };

    for (const pairing of options.mapping.pairings) {
        const sides = confidentialSafePorts(pairing, options.salesforce, options.trustworthy);
        const pairingOptions = { ...options, ...sides };
        const context = await buildPairingContext(
            pairing,
            sides.salesforce,
            sides.trustworthy,
            repositories,
            now()
        );
        const planner = await options.createPlanner(context, repositories);
        const pulled = options.ids
            ? await pullExplicit(context, options.ids, sides.salesforce, sides.trustworthy)
            : await pullSinceCursors(context, repositories, pairingOptions);
        const links = await repositories.links.forPairing(pairing.id);
        const work = await assembleWork(
            context,
            pulled,
            links,
            planner,
            sides.salesforce,
            sides.trustworthy
        );
        result.totals.unchanged += work.unchanged.salesforce + work.unchanged.trustworthy;

        const previews = [
            ...work.heldMatches.map((held) => previewHeld(context, held)),
            ...work.items.map((item) => previewItem(context, planner, item))
        ];
        for (const preview of previews) count(result, preview);
        const room = sampleSize - result.records.length;
        if (previews.length > room) result.truncated = true;
        result.records.push(...previews.slice(0, Math.max(room, 0)));
    }
    return result;
}

async function pullSinceCursors(
    context: PairingContext,
    repositories: Repositories,
    options: DryRunOptions
) {
    const cursors = {
        salesforce: await repositories.cursors.get(context.pairing.id, 'salesforce'),
        trustworthy: await repositories.cursors.get(context.pairing.id, 'trustworthy')
    };
    const pulled = await pullChanges(context, cursors, options.salesforce, options.trustworthy);
    await addRetries(
        pulled,
        await repositories.retries.forPairing(context.pairing.id),
        context,
        options.salesforce,
        options.trustworthy
    );
    return pulled;
}

function count(result: DryRunResult, preview: RecordPlanPreview): void {
    result.totals.salesforce[preview.salesforce.action] += 1;
    result.totals.trustworthy[preview.trustworthy.action] += 1;
    result.totals.warnings += preview.warnings.length;
}
