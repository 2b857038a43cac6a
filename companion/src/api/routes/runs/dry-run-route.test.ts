/**
 * POST /api/v1/mappings/:name/dry-run through HTTP: the per-record plan with
 * field-level before → after, and nothing written anywhere — not to either
 * side, not to a single table of the store.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { snapshotWorld } from './test-support/world-snapshot';

jest.setTimeout(60_000);

interface DryRunBody {
    totals: {
        salesforce: Record<string, number>;
        trustworthy: Record<string, number>;
        unchanged: number;
        warnings: number;
    };
    records: Array<{
        salesforceId: string | null;
        trustworthyId: string | null;
        salesforce: {
            action: string;
            changes: Array<{ field: string; before: unknown; after: unknown }>;
        };
        trustworthy: {
            action: string;
            changes: Array<{ field: string; before: unknown; after: unknown }>;
        };
        warnings: Array<{ code: string }>;
    }>;
    truncated: boolean;
}

describe('the dry run', () => {
    let harness: Harness;
    beforeEach(async () => {
        harness = await startHarness();
    });
    afterEach(async () => {
        await harness.close();
    });

    it('when a mapping has never run, then the dry run plans creates for a sample and writes nothing anywhere', async () => {
        const before = await snapshotWorld(harness);

        const reply = await harness.api('post', '/api/v1/mappings/demo/dry-run', {
            body: { sampleSize: 5 }
        });

        expect(reply.status).toBe(200);
        const body = reply.body as DryRunBody;
        expect(body.records).toHaveLength(5);
        expect(body.truncated).toBe(true);
        expect(
            (body.totals.trustworthy.create ?? 0) + (body.totals.salesforce.create ?? 0)
        ).toBeGreaterThan(5);
        const wide = (
            await harness.api('post', '/api/v1/mappings/demo/dry-run', {
                body: { sampleSize: 200 }
            })
        ).body as DryRunBody;
        const create = wide.records.find((record) => record.trustworthy.action === 'create');
        expect(create?.trustworthy.changes.length).toBeGreaterThan(0);
        expect(create?.trustworthy.changes[0]).toMatchObject({ before: null });
        expect(await snapshotWorld(harness)).toEqual(before);
    });

    it('when one record changed since the last run, then its plan shows the field before → after and nothing is written', async () => {
        await harness.companion.runOnce('manual');
        const contact = (
            await harness.salesforce.query<{
                Id: string;
                Title: string | null;
                Trustworthy_Id__c: string;
            }>(
                'SELECT Id, Title, Trustworthy_Id__c FROM Contact WHERE Trustworthy_Id__c != null ORDER BY LastName LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('no linked contact');
        const [member] = await harness.trustworthy.lookup('member', 'id', [
            contact.Trustworthy_Id__c
        ]);
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: contact.Id, Title: 'Dry-run title' });
        const before = await snapshotWorld(harness);

        const reply = await harness.api('post', '/api/v1/mappings/demo/dry-run', {
            body: { salesforceIds: [contact.Id.slice(0, 15)] }
        });

        expect(reply.status).toBe(200);
        const plan = (reply.body as DryRunBody).records.find(
            (record) => record.salesforceId === contact.Id
        );
        expect(plan?.trustworthy.action).toBe('update');
        expect(plan?.trustworthy.changes).toContainEqual({
            field: 'title',
            before: member?.title ?? null,
            after: 'Dry-run title'
        });
        expect(plan?.salesforce.action).toBe('skip');
        expect(await snapshotWorld(harness)).toEqual(before);
    });

    it('when the input is wrong, then each is refused with its status and code and nothing is written', async () => {
        const before = await snapshotWorld(harness);
        const cases: Array<{
            path: string;
            body: unknown;
            authenticated?: boolean;
            status: number;
            code: string;
        }> = [
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: { sampleSize: 0 },
                status: 400,
                code: 'validation_failed'
            },
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: { sampleSize: 'five' },
                status: 400,
                code: 'validation_failed'
            },
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: { sampleSize: 5, filter: 'x' },
                status: 400,
                code: 'validation_failed'
            },
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: { salesforceIds: ["003' OR Name != '"] },
                status: 400,
                code: 'validation_failed'
            },
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: { trustworthyIds: Array.from({ length: 201 }, (_, i) => `m${i}`) },
                status: 400,
                code: 'validation_failed'
            },
            {
                path: '/api/v1/mappings/nothing-here/dry-run',
                body: {},
                status: 404,
                code: 'not_found'
            },
            {
                path: '/api/v1/mappings/demo/dry-run',
                body: {},
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            }
        ];
        for (const entry of cases) {
            const reply = await harness.api('post', entry.path, {
                body: entry.body,
                ...(entry.authenticated === false ? { authenticated: false } : {})
            });
            expect({
                path: entry.path,
                body: entry.body,
                status: reply.status,
                code: (reply.body as { error?: { code?: string } }).error?.code
            }).toEqual({
                path: entry.path,
                body: entry.body,
                status: entry.status,
                code: entry.code
            });
        }
        expect(await snapshotWorld(harness)).toEqual(before);
    });
});
