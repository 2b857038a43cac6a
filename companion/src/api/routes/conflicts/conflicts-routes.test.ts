/**
 * Held records through HTTP: listed with what an admin needs to decide, and
 * resolved through the normal, audited write path.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import type { MappingFile } from '../../../engine/mapping/mapping-schema';
import { linkedContact, runDetail } from '../runs/test-support/run-helpers';
import { snapshotWorld } from '../runs/test-support/world-snapshot';

jest.setTimeout(90_000);

interface HeldBody {
    held: Array<{
        id: string;
        kind: string;
        salesforceId: string | null;
        trustworthyId: string | null;
        fields?: Array<{ field: string; salesforceValue: unknown; trustworthyValue: unknown }>;
        candidates?: string[];
    }>;
}

describe('conflicts', () => {
    let harness: Harness;
    beforeEach(async () => {
        harness = await startHarness();
        await harness.companion.runOnce('manual');
        // Conflicts are held for review only under the hold policy.
        const active = await harness.companion.deps.mappings.active('demo');
        const holding: MappingFile = {
            ...active.mapping,
            pairings: active.mapping.pairings.map((pairing) => ({
                ...pairing,
                conflictPolicy: 'hold'
            }))
        };
        await harness.companion.repositories.mappings.saveVersion(
            'demo',
            holding,
            'test',
            new Date().toISOString()
        );
    });
    afterEach(async () => {
        await harness.close();
    });

    async function conflictOn(offset: number): Promise<{ contactId: string; memberId: string }> {
        const pair = await linkedContact(harness, offset);
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: pair.contactId, Title: `Salesforce ${offset}` });
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: pair.memberId, fields: { title: `Trustworthy ${offset}` } }],
            `conflict-${offset}-${Date.now()}`
        );
        return pair;
    }

    async function held(): Promise<HeldBody['held']> {
        const reply = await harness.api('get', '/api/v1/conflicts');
        expect(reply.status).toBe(200);
        return (reply.body as HeldBody).held;
    }

    it('when both sides changed a field, then the conflict is listed with both values and resolves either way through an audited run', async () => {
        const first = await conflictOn(0);
        const second = await conflictOn(1);
        const run = await harness.companion.runOnce('manual');
        expect(run.totals.held).toBeGreaterThan(0);

        const conflicts = (await held()).filter((entry) => entry.kind === 'conflict');
        const firstConflict = conflicts.find((entry) => entry.salesforceId === first.contactId);
        expect(firstConflict?.fields).toEqual([
            { field: 'Title', salesforceValue: 'Salesforce 0', trustworthyValue: 'Trustworthy 0' }
        ]);

        const chosen = await harness.api('post', `/api/v1/conflicts/${firstConflict?.id}/resolve`, {
            body: { choose: 'trustworthy' }
        });
        expect(chosen).toMatchObject({ status: 200, body: { status: 'resolved' } });
        const contact = (await harness.salesforce
            .sobject('Contact')
            .retrieve(first.contactId)) as unknown as { Title: string };
        expect(contact.Title).toBe('Trustworthy 0');
        const audit = await runDetail(harness, (chosen.body as { runId: string }).runId);
        expect(audit.run).toMatchObject({ trigger: 'resolution', kind: 'resolution' });
        expect(audit.changes).toEqual([
            expect.objectContaining({
                action: 'update',
                target: 'salesforce',
                salesforceId: first.contactId
            })
        ]);

        const secondConflict = conflicts.find((entry) => entry.salesforceId === second.contactId);
        const valued = await harness.api(
            'post',
            `/api/v1/conflicts/${secondConflict?.id}/resolve`,
            { body: { values: { Title: 'Agreed' } } }
        );
        expect(valued).toMatchObject({ status: 200, body: { status: 'resolved' } });
        const [member] = await harness.trustworthy.lookup('member', 'id', [second.memberId]);
        expect(member?.title).toBe('Agreed');
        expect(
            (
                (await harness.salesforce
                    .sobject('Contact')
                    .retrieve(second.contactId)) as unknown as { Title: string }
            ).Title
        ).toBe('Agreed');

        expect((await held()).filter((entry) => entry.kind === 'conflict')).toEqual([]);
        const again = await harness.api('post', `/api/v1/conflicts/${firstConflict?.id}/resolve`, {
            body: { choose: 'salesforce' }
        });
        expect(again).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    });

    it('when a match is ambiguous, then linking a candidate pairs them without a new duplicate', async () => {
        await harness.salesforce.sobject('Contact').create([
            { LastName: 'Twin', Email: 'twins@example.net' },
            { LastName: 'Twin', FirstName: 'Other', Email: 'twins@example.net' }
        ]);
        await harness.trustworthy.upsertBatch(
            'member',
            [{ fields: { last_name: 'Twin', email: 'twins@example.net' } }],
            `twin-${Date.now()}`
        );
        await harness.companion.runOnce('manual');

        const ambiguous = (await held()).find(
            (entry) => entry.kind === 'ambiguous_match' && entry.trustworthyId !== null
        );
        expect(ambiguous?.candidates).toHaveLength(2);
        const wrong = await harness.api('post', `/api/v1/conflicts/${ambiguous?.id}/resolve`, {
            body: { link: 'someoneElse' }
        });
        expect(wrong).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });
        const mismatched = await harness.api('post', `/api/v1/conflicts/${ambiguous?.id}/resolve`, {
            body: { choose: 'salesforce' }
        });
        expect(mismatched).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const chosen = ambiguous?.candidates?.[0] ?? '';
        const linked = await harness.api('post', `/api/v1/conflicts/${ambiguous?.id}/resolve`, {
            body: { link: chosen }
        });
        expect(linked).toMatchObject({ status: 200, body: { status: 'resolved' } });
        const link = await harness.companion.repositories.links.findBySalesforceId(
            'contacts-members',
            chosen
        );
        expect(link?.trustworthyId).toBe(ambiguous?.trustworthyId);
        const members = await harness.trustworthy.lookup('member', 'email', ['twins@example.net']);
        expect(members).toHaveLength(1);
    });

    it('when a deletion is flagged, then keep leaves the survivor and delete removes it', async () => {
        const kept = await linkedContact(harness, 0);
        const removed = await linkedContact(harness, 1);
        await harness.salesforce.sobject('Contact').destroy([kept.contactId, removed.contactId]);
        await harness.companion.runOnce('manual');
        const deletions = (await held()).filter((entry) => entry.kind === 'deletion');

        const keep = deletions.find((entry) => entry.salesforceId === kept.contactId);
        expect(
            await harness.api('post', `/api/v1/conflicts/${keep?.id}/resolve`, {
                body: { keep: true }
            })
        ).toMatchObject({ status: 200, body: { status: 'resolved' } });
        expect(await harness.trustworthy.lookup('member', 'id', [kept.memberId])).toHaveLength(1);

        const remove = deletions.find((entry) => entry.salesforceId === removed.contactId);
        expect(
            await harness.api('post', `/api/v1/conflicts/${remove?.id}/resolve`, {
                body: { delete: true }
            })
        ).toMatchObject({ status: 200, body: { status: 'resolved' } });
        expect(await harness.trustworthy.lookup('member', 'id', [removed.memberId])).toEqual([]);
    });

    it('when resolve requests are wrong, then each is refused with its status and code and nothing is written', async () => {
        const before = await snapshotWorld(harness);
        const unknown = '00000000-0000-4000-8000-000000000000';
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
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: { choose: 'salesforce' },
                status: 404,
                code: 'not_found'
            },
            {
                method: 'post',
                path: '/api/v1/conflicts/nope/resolve',
                body: { choose: 'salesforce' },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: {},
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: { choose: 'both' },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: { choose: 'salesforce', keep: true },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: { values: { 'Title; DROP': 'x' } },
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'post',
                path: `/api/v1/conflicts/${unknown}/resolve`,
                body: { choose: 'salesforce' },
                authenticated: false,
                status: 401,
                code: 'unauthenticated'
            },
            {
                method: 'get',
                path: '/api/v1/conflicts?kind=other',
                status: 400,
                code: 'validation_failed'
            },
            {
                method: 'get',
                path: '/api/v1/conflicts',
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
