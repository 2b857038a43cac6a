/**
 * The admin's whole path through the companion API, as the Lightning tab
 * will walk it: connect the org (emulated OAuth), build a mapping from the
 * suggestions, have the preflight catch a field the integration user cannot
 * edit, fix it, dry-run, run, read a record's status, roll the run back and
 * find both sides as they were.
 */
import { startHarness } from '../app/test-support/companion-harness';
import type { Harness } from '../app/test-support/companion-harness';
import { connectByWebFlow } from './routes/connections/test-support/connection-flows';

jest.setTimeout(90_000);

interface Suggestion {
    salesforce: string;
    trustworthy: string;
    verdict: 'compatible' | 'needs_transform' | 'incompatible';
    transform: string | null;
    valueMap?: Record<string, string>;
}

const MAPPED = ['FirstName', 'LastName', 'Email', 'Phone', 'Title', 'Birthdate'];

describe('the admin path through the companion API', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when an admin connects, maps, dry-runs, runs and rolls back, then every step answers and both sides end as they began', async () => {
        const org = harness.companion.local.salesforce?.emulator.org;
        if (!org) throw new Error('no emulated org');

        // Connect the org through the OAuth web-server flow.
        expect((await connectByWebFlow(harness)).status).toBe(200);
        const connections = await harness.api('get', '/api/v1/connections');
        expect(connections.body).toMatchObject({ salesforce: { status: 'connected' } });

        // Build a Contact ↔ member mapping from the companion's suggestions.
        const suggestions = await harness.api(
            'get',
            '/api/v1/schema/suggestions?salesforceObject=Contact&trustworthyObject=member'
        );
        expect(suggestions.status).toBe(200);
        const pairs = (suggestions.body as { pairs: Suggestion[] }).pairs.filter(
            (pair) =>
                MAPPED.includes(pair.salesforce) &&
                pair.verdict !== 'incompatible' &&
                pair.transform !== null
        );
        expect(pairs.map((pair) => pair.salesforce).sort()).toEqual([...MAPPED].sort());
        const mapping = {
            format: 'trustworthy-sync/mapping',
            formatVersion: 1,
            name: 'admin-path',
            pairings: [
                {
                    id: 'admin-contacts',
                    salesforceObject: 'Contact',
                    trustworthyObject: 'member',
                    direction: 'both',
                    conflictPolicy: 'salesforce_wins',
                    deletions: 'ignore',
                    textOverflow: 'truncate',
                    matchKeys: [{ salesforce: 'Email', trustworthy: 'email' }],
                    fields: pairs.map((pair) => ({
                        salesforce: pair.salesforce,
                        trustworthy: pair.trustworthy,
                        transform: pair.transform
                    }))
                }
            ]
        };

        // The preflight names the field the integration user cannot edit, and nothing is saved.
        org.setFieldSecurity(org.integrationUserId, { 'Contact.Title': 'read_only' });
        await harness.api('get', '/api/v1/schema/salesforce/objects/Contact?refresh=true');
        const refused = await harness.api('post', '/api/v1/mappings', { body: mapping });
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ error: { code: 'mapping_invalid' } });
        expect(JSON.stringify(refused.body)).toMatch(/Contact\.Title/);
        expect((await harness.api('get', '/api/v1/mappings/admin-path')).status).toBe(404);

        org.setFieldSecurity(org.integrationUserId, {});
        await harness.api('get', '/api/v1/schema/salesforce/objects/Contact?refresh=true');
        expect((await harness.api('post', '/api/v1/mappings', { body: mapping })).status).toBe(201);

        // The dry run shows field-level diffs and writes nothing anywhere.
        const before = await snapshot(harness);
        const dryRun = await harness.api('post', '/api/v1/mappings/admin-path/dry-run', {
            body: { sampleSize: 5 }
        });
        expect(dryRun.status).toBe(200);
        const planned = (
            dryRun.body as {
                records: Array<Record<string, { action: string; changes?: unknown[] }>>;
            }
        ).records;
        expect(planned.length).toBeGreaterThan(0);
        expect(JSON.stringify(dryRun.body)).toMatch(/"before"|"after"/);
        expect(await snapshot(harness)).toEqual(before);

        // The run, started in the background and followed to its end.
        const started = await harness.api('post', '/api/v1/runs', {
            body: { mappingName: 'admin-path' }
        });
        expect(started.status).toBe(202);
        const runId = (started.body as { runId: string }).runId;
        const finished = await waitForRun(harness, runId);
        expect(finished).toMatchObject({ status: 'completed' });
        expect(await snapshot(harness)).not.toEqual(before);

        // A synced record's status, as the record page shows it.
        const linked = (
            await harness.salesforce.query<{ Id: string }>(
                'SELECT Id FROM Contact WHERE Email != null ORDER BY LastName LIMIT 1'
            )
        ).records[0];
        if (!linked) throw new Error('no contact');
        const status = await harness.api('get', `/api/v1/records/salesforce/${linked.Id}/status`);
        expect(status).toMatchObject({
            status: 200,
            body: {
                outcome: 'synced',
                lastRunId: runId,
                trustworthy: { pairingId: 'admin-contacts' }
            }
        });

        // Roll back: preview first, then for real; both sides are as before the run.
        const preview = await harness.api('post', `/api/v1/runs/${runId}/rollback?dryRun=true`);
        expect(preview.status).toBe(200);
        expect((preview.body as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
        const rollback = await harness.api('post', `/api/v1/runs/${runId}/rollback`);
        expect(rollback.status).toBe(200);
        expect(await snapshot(harness)).toEqual(before);
    });
});

async function waitForRun(harness: Harness, runId: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 300; attempt++) {
        const reply = await harness.api('get', `/api/v1/runs/${runId}`);
        const run =
            (reply.body as { run?: Record<string, unknown> }).run ??
            (reply.body as Record<string, unknown>);
        if (run.status !== 'running') return run;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${runId} did not finish`);
}

/** Both sides' mapped values: what a sync may change and a rollback must restore. */
async function snapshot(harness: Harness): Promise<{ contacts: unknown[]; members: unknown[] }> {
    const contacts = await harness.salesforce.query<Record<string, unknown>>(
        `SELECT Id, ${MAPPED.join(', ')} FROM Contact ORDER BY Id`
    );
    const members: unknown[] = [];
    let after: string | undefined;
    for (;;) {
        const page = await harness.trustworthy.listRecords('member', {
            ...(after ? { after } : {}),
            limit: 200
        });
        members.push(
            ...page.records.map((m) => [
                m.id,
                m.first_name ?? null,
                m.last_name,
                m.email ?? null,
                m.phone ?? null,
                m.title ?? null,
                m.birth_date ?? null
            ])
        );
        if (!page.hasMore || !page.nextAfter) break;
        after = page.nextAfter;
    }
    return {
        contacts: contacts.records.map((c) => [c.Id, ...MAPPED.map((field) => c[field] ?? null)]),
        members
    };
}
