/**
 * Starting, listing and reading runs through HTTP, and the limits a run can
 * be given: a record cap (the rest waits for the next run), a pilot filter,
 * one record, and the kill switch that stops a run at its next batch.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { linkCount, linkedContact, runDetail, runThroughApi } from './test-support/run-helpers';
import { snapshotWorld } from './test-support/world-snapshot';

jest.setTimeout(90_000);

describe('runs through the API', () => {
    let harness: Harness;
    beforeEach(async () => {
        harness = await startHarness();
    });
    afterEach(async () => {
        await harness.close();
    });

    it('when a run is started, then it answers 202 with the id at once and the run is listed newest first with its counts', async () => {
        const first = await runThroughApi(harness, {});
        expect(first.run).toMatchObject({ status: 'completed', trigger: 'api', kind: 'sync' });
        expect(first.total).toBeGreaterThan(0);
        expect(first.changes[0]).toHaveProperty('after');

        const second = await runThroughApi(harness, {});
        const list = await harness.api('get', '/api/v1/runs?limit=10');
        expect(list.status).toBe(200);
        const runs = (
            list.body as {
                runs: Array<{
                    id: string;
                    totals: { created: number };
                    apiCalls: { salesforce: number };
                }>;
                total: number;
            }
        ).runs;
        expect(runs.map((run) => run.id)).toEqual([second.run.id, first.run.id]);
        expect(runs[1]?.totals.created).toBeGreaterThan(0);
        expect(runs[1]?.apiCalls.salesforce).toBeGreaterThan(0);
    });

    it('when a record cap is set, then the run writes that many records, keeps its cursors, and the next run finishes without duplicates', async () => {
        const capped = await runThroughApi(harness, { recordCap: 5 });
        expect(capped.run).toMatchObject({ status: 'completed', stoppedBy: 'record_cap' });
        expect(await linkCount(harness)).toBe(5);
        const cursors = await harness.companion.repositories.store
            .selectFrom('cursors')
            .selectAll()
            .execute();
        expect(cursors).toEqual([]);

        const rest = await runThroughApi(harness, {});
        expect(rest.run).toMatchObject({ status: 'completed', stoppedBy: null });
        const linked = await linkCount(harness);

        const reference = await startHarness();
        try {
            await reference.companion.runOnce('manual');
            expect(linked).toBe(await linkCount(reference));
        } finally {
            await reference.close();
        }
        const again = await runThroughApi(harness, {});
        expect(again.run.totals).toMatchObject({ created: 0, updated: 0, failed: 0 });
    });

    it('when a pilot names records, then only those records are synced and the cursors stay for everyone else', async () => {
        await harness.companion.runOnce('manual');
        const { contactId, memberId } = await linkedContact(harness);
        const other = await linkedContact(harness, 1);
        await harness.salesforce.sobject('Contact').update([
            { Id: contactId, Title: 'Pilot' },
            { Id: other.contactId, Title: 'Not in the pilot' }
        ]);

        const pilot = await runThroughApi(harness, { pilot: { salesforceIds: [contactId] } });
        expect(pilot.run.status).toBe('completed');
        expect(pilot.changes.map((change) => change.salesforceId)).toEqual([contactId]);
        const [member] = await harness.trustworthy.lookup('member', 'id', [memberId]);
        expect(member?.title).toBe('Pilot');

        const everyone = await runThroughApi(harness, {});
        expect(everyone.changes.map((change) => change.salesforceId)).toEqual([other.contactId]);
    });

    it('when a pilot condition names a field, then only matching records sync, and an unknown field is refused', async () => {
        await harness.companion.runOnce('manual');
        const { contactId } = await linkedContact(harness);
        const other = await linkedContact(harness, 1);
        await harness.salesforce.sobject('Contact').update([
            { Id: contactId, Title: 'Chosen', Department: 'Pilot group' },
            { Id: other.contactId, Title: 'Left out' }
        ]);

        const pilot = await runThroughApi(harness, {
            pilot: { where: { side: 'salesforce', field: 'Department', equals: 'Pilot group' } }
        });
        expect(pilot.changes.map((change) => change.salesforceId)).toEqual([contactId]);

        const before = await snapshotWorld(harness);
        const unknown = await harness.api('post', '/api/v1/runs', {
            body: {
                mappingName: 'demo',
                pilot: { where: { side: 'salesforce', field: 'No_Such_Field__c', equals: 'x' } }
            }
        });
        expect(unknown).toMatchObject({
            status: 400,
            body: {
                error: { code: 'validation_failed', details: [{ path: 'body.pilot.where.field' }] }
            }
        });
        const { runs: _runs, run_details: _details, ...restBefore } = before.store;
        const {
            runs: _runsAfter,
            run_details: _detailsAfter,
            ...restAfter
        } = (await snapshotWorld(harness)).store;
        expect(restAfter).toEqual(restBefore);
    });

    it('when one record is asked for, then only it is synced', async () => {
        await harness.companion.runOnce('manual');
        const { contactId, memberId } = await linkedContact(harness);
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: memberId, fields: { title: 'Just me' } }],
            `one-${Date.now()}`
        );

        const one = await runThroughApi(harness, { record: { side: 'trustworthy', id: memberId } });
        expect(one.changes).toEqual([
            expect.objectContaining({
                action: 'update',
                target: 'salesforce',
                salesforceId: contactId
            })
        ]);
    });

    it('when the mapping is paused mid-run, then the run stops at the next batch, and after resume the next run finishes the rest', async () => {
        await harness.companion.runOnce('manual');
        const org = harness.companion.local.salesforce?.emulator.org;
        if (!org) throw new Error('no Salesforce emulator');
        org.insertRecords(
            'Account',
            Array.from({ length: 450 }, (_, index) => ({ Name: `Batch household ${index}` }))
        );

        // Pause from inside the run, at its first batch boundary, so the test does not race the run.
        const usage = harness.companion.deps.usage;
        const original = usage.budgetReached.bind(usage);
        let calls = 0;
        jest.spyOn(usage, 'budgetReached').mockImplementation(async () => {
            calls += 1;
            if (calls === 1)
                expect((await harness.api('post', '/api/v1/mappings/demo/pause')).status).toBe(200);
            return original();
        });

        const paused = await runThroughApi(harness, {});
        expect(paused.run).toMatchObject({ status: 'paused', stoppedBy: 'paused' });
        expect(paused.run.totals?.created).toBe(200);
        const refused = await harness.api('post', '/api/v1/runs', {
            body: { mappingName: 'demo' }
        });
        expect(refused).toMatchObject({ status: 409, body: { error: { code: 'mapping_paused' } } });

        expect((await harness.api('post', '/api/v1/mappings/demo/resume')).body).toMatchObject({
            paused: false
        });
        const resumed = await runThroughApi(harness, {});
        expect(resumed.run).toMatchObject({ status: 'completed', error: null });
        expect(resumed.run.totals?.created).toBe(250);
        const again = await runThroughApi(harness, {});
        expect(again.run.totals).toMatchObject({ created: 0, updated: 0 });
    });

    it('when run requests are wrong, then each is refused with its status and code and no run is recorded', async () => {
        const before = await snapshotWorld(harness);
        const runId = '00000000-0000-4000-8000-000000000000';
        const cases: Array<{
            method: string;
            path: string;
            body?: unknown;
            authenticated?: boolean;
            status: number;
            code: string;
        }> = [
            {
                method: 'post',
                path: '/api/v1/runs',
                body: {},
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', recordCap: 0 },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', recordCap: 'ten' },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', soql: 'SELECT Id FROM User' },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', pilot: {} },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: {
                    mappingName: 'demo',
                    pilot: { where: { side: 'salesforce', field: 'Name; DELETE', equals: 'x' } }
                },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', record: { side: 'salesforce', id: 'not-an-id' } },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: {
                    mappingName: 'demo',
                    record: { side: 'salesforce', id: '003000000000000AAA' }
                },
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo', pilot: { salesforceIds: ['x'.repeat(300)] } },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'nothing-here' },
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: '/api/v1/runs',
                body: { mappingName: 'demo' },
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            },
            { method: 'get', path: '/api/v1/runs?limit=0', status: 400, code: 'validation_failed' },
            {
                method: 'get',
                path: '/api/v1/runs',
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            },
            {
                method: 'get',
                path: '/api/v1/runs/not-a-uuid',
                status: 400,
                code: 'validation_failed'
            },
            { method: 'get', path: `/api/v1/runs/${runId}`, status: 404, code: 'not_found' },
            {
                method: 'post',
                path: '/api/v1/mappings/nothing-here/pause',
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: '/api/v1/mappings/demo/pause',
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            },
            {
                method: 'put',
                path: '/api/v1/mappings/demo/go-live',
                body: { recordCap: -1 },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'put',
                path: '/api/v1/mappings/demo/go-live',
                body: { recordCap: 5, extra: true },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'put',
                path: '/api/v1/mappings/nothing-here/go-live',
                body: { recordCap: 5 },
                status: 404,
                code: 'not_found'
            },
            {
                method: 'put',
                path: '/api/v1/mappings/demo/go-live',
                body: { recordCap: 5 },
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            }
        ];
        for (const entry of cases) {
            const reply = await harness.api(entry.method, entry.path, {
                ...(entry.body !== undefined ? { body: entry.body } : {}),
                ...(entry.authenticated === false ? { authenticated: false } : {})
            });
            expect({
                ...entry,
                status: reply.status,
                code: (reply.body as { error?: { code?: string } }).error?.code
            }).toEqual(entry);
        }
        expect(await snapshotWorld(harness)).toEqual(before);
    });

    it('when go-live settings are stored, then runs without their own limits apply them', async () => {
        const stored = await harness.api('put', '/api/v1/mappings/demo/go-live', {
            body: { recordCap: 3 }
        });
        expect(stored).toMatchObject({
            status: 200,
            body: { mappingName: 'demo', recordCap: 3, pilot: null }
        });
        expect((await harness.api('get', '/api/v1/mappings/demo/go-live')).body).toMatchObject({
            recordCap: 3
        });

        const summary = await harness.companion.deps.sync.run({
            mappingName: 'demo',
            trigger: 'schedule'
        });
        expect(summary.stoppedBy).toBe('record_cap');
        expect(await linkCount(harness)).toBe(3);
        const detail = await runDetail(harness, summary.runId);
        expect(detail.run.trigger).toBe('schedule');
    });
});
