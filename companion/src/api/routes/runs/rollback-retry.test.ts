/**
 * Retrying a run's failed records and rolling a run back, through HTTP:
 * before-values come back, created records go, and a record changed since
 * the run is skipped and reported, never overwritten.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { linkedContact, runDetail, runThroughApi } from './test-support/run-helpers';
import { snapshotWorld } from './test-support/world-snapshot';

jest.setTimeout(90_000);

interface RollbackBody {
    rollbackRunId: string | null;
    steps: Array<{
        target: string;
        salesforceId: string | null;
        trustworthyId: string | null;
        action: string;
        outcome: string;
        reason?: string;
    }>;
    totals: { restored: number; deleted: number; skipped: number; failed: number };
}

describe('retry and rollback', () => {
    let harness: Harness;
    beforeEach(async () => {
        harness = await startHarness();
        await harness.companion.runOnce('manual');
    });
    afterEach(async () => {
        await harness.close();
    });

    const emulator = () => {
        const found = harness.companion.local.salesforce?.emulator;
        if (!found) throw new Error('no Salesforce emulator');
        return found;
    };

    it('when a run failed a record, then retrying it writes that record in a new run', async () => {
        const { contactId, memberId } = await linkedContact(harness);
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: memberId, fields: { title: 'Locked once' } }],
            `retry-${Date.now()}`
        );
        emulator().faults.set({ lockRowFailures: 1 });
        const failing = await runThroughApi(harness, {});
        expect(failing.run.status).toBe('completed_with_errors');

        const none = await harness.api('post', `/api/v1/runs/${failing.run.id}/retry`, {
            body: { recordIds: ['003000000000000AAA'] }
        });
        expect(none).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });

        const retry = await harness.api('post', `/api/v1/runs/${failing.run.id}/retry`, {
            body: { recordIds: [contactId] }
        });
        expect(retry).toMatchObject({ status: 202, body: { records: 1, status: 'running' } });
        await harness.companion.deps.sync.idle('demo');
        const detail = await runDetail(harness, (retry.body as { runId: string }).runId);
        expect(detail.run).toMatchObject({
            status: 'completed',
            trigger: 'retry',
            kind: 'retry',
            sourceRunId: failing.run.id
        });
        expect(detail.changes).toEqual([
            expect.objectContaining({
                action: 'update',
                target: 'salesforce',
                salesforceId: contactId
            })
        ]);
        const contact = (await harness.salesforce
            .sobject('Contact')
            .retrieve(contactId)) as unknown as { Title: string };
        expect(contact.Title).toBe('Locked once');

        const nothingFailed = await harness.api('post', `/api/v1/runs/${detail.run.id}/retry`, {
            body: {}
        });
        expect(nothingFailed).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    });

    it('when a run is rolled back, then before-values return, created records are deleted, a record changed since is skipped, and a preview writes nothing', async () => {
        const edited = await linkedContact(harness, 0);
        const pushed = await linkedContact(harness, 1);
        const [editedMember] = await harness.trustworthy.lookup('member', 'id', [edited.memberId]);
        const [pushedMember] = await harness.trustworthy.lookup('member', 'id', [pushed.memberId]);
        const pushedContact = (await harness.salesforce
            .sobject('Contact')
            .retrieve(pushed.contactId)) as unknown as { Title: string | null };

        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: edited.memberId, fields: { title: 'From Trustworthy' } }],
            `rb-1-${Date.now()}`
        );
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: pushed.contactId, Title: 'From Salesforce' });
        const created = await harness.salesforce
            .sobject('Contact')
            .create({ LastName: 'Rollback', Email: 'rollback.new@example.net' });
        const newContactId = (created as { id: string }).id;
        const run = await runThroughApi(harness, {});
        expect(run.run.status).toBe('completed');
        const [newMember] = await harness.trustworthy.lookup('member', 'external_ref', [
            newContactId.slice(0, 18)
        ]);
        expect(newMember).toBeDefined();

        // Someone edits one record after the run: the rollback must leave it alone.
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: edited.contactId, Title: 'Edited by hand' });

        const before = await snapshotWorld(harness);
        const preview = await harness.api(
            'post',
            `/api/v1/runs/${run.run.id}/rollback?dryRun=true`
        );
        expect(preview.status).toBe(200);
        const planned = preview.body as RollbackBody;
        expect(planned.rollbackRunId).toBeNull();
        expect(planned.steps).toContainEqual(
            expect.objectContaining({
                target: 'salesforce',
                salesforceId: edited.contactId,
                action: 'skip'
            })
        );
        expect(planned.steps).toContainEqual(
            expect.objectContaining({
                target: 'trustworthy',
                trustworthyId: pushed.memberId,
                action: 'restore',
                outcome: 'planned'
            })
        );
        expect(planned.steps).toContainEqual(
            expect.objectContaining({
                target: 'trustworthy',
                trustworthyId: newMember?.id,
                action: 'delete'
            })
        );
        expect(await snapshotWorld(harness)).toEqual(before);

        const rolled = await harness.api('post', `/api/v1/runs/${run.run.id}/rollback`);
        expect(rolled.status).toBe(200);
        const report = rolled.body as RollbackBody;
        expect(report.totals).toMatchObject({ skipped: 1, failed: 0 });
        expect(report.steps.find((step) => step.salesforceId === edited.contactId)?.reason).toMatch(
            /changed since the run/
        );

        const [restored] = await harness.trustworthy.lookup('member', 'id', [pushed.memberId]);
        expect(restored?.title ?? null).toBe(pushedMember?.title ?? null);
        expect(await harness.trustworthy.lookup('member', 'id', [newMember?.id ?? ''])).toEqual([]);
        const hand = (await harness.salesforce
            .sobject('Contact')
            .retrieve(edited.contactId)) as unknown as { Title: string };
        expect(hand.Title).toBe('Edited by hand');
        const salesforceSide = (await harness.salesforce
            .sobject('Contact')
            .retrieve(pushed.contactId)) as unknown as { Title: string | null };
        expect(salesforceSide.Title).not.toBe(pushedContact.Title);
        expect(editedMember).toBeDefined();

        const rollbackRun = await runDetail(harness, report.rollbackRunId ?? '');
        expect(rollbackRun.run).toMatchObject({
            trigger: 'rollback',
            kind: 'rollback',
            sourceRunId: run.run.id
        });
        expect(rollbackRun.changes.map((change) => change.action)).toEqual(
            expect.arrayContaining(['update', 'delete', 'skip'])
        );
        expect((await runDetail(harness, run.run.id)).run.rolledBackBy).toBe(report.rollbackRunId);

        const twice = await harness.api('post', `/api/v1/runs/${run.run.id}/rollback`);
        expect(twice).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    });

    it('when retry or rollback requests are wrong, then each is refused with its status and code and nothing is written', async () => {
        const before = await snapshotWorld(harness);
        const unknownRun = '00000000-0000-4000-8000-000000000000';
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
                path: `/api/v1/runs/${unknownRun}/retry`,
                body: {},
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: '/api/v1/runs/nope/retry',
                body: {},
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/retry`,
                body: { recordIds: 'all' },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/retry`,
                body: { recordIds: ["x' OR 1=1"] },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/retry`,
                body: { everything: true },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/retry`,
                body: {},
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/rollback`,
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/rollback?dryRun=maybe`,
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: '/api/v1/runs/nope/rollback',
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/runs/${unknownRun}/rollback`,
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
});
