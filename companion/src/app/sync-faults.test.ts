/**
 * Whole runs under the failures real orgs produce: a locked row, an expired
 * session, a brief outage, a spent daily API allowance, a change committed
 * late, and a run that dies half-way. Nothing may be lost or duplicated.
 */
import { startHarness } from './test-support/companion-harness';
import type { Harness } from './test-support/companion-harness';

jest.setTimeout(90_000);

describe('sync runs under faults', () => {
    let harness: Harness;

    beforeEach(async () => {
        harness = await startHarness();
        const first = await harness.companion.runOnce('manual');
        expect(first.status).toBe('completed');
    });

    afterEach(async () => {
        await harness.close();
    });

    const salesforceEmulator = () => {
        const emulator = harness.companion.local.salesforce?.emulator;
        if (!emulator) throw new Error('no Salesforce emulator');
        return emulator;
    };

    async function linkedPair(): Promise<{ contactId: string; memberId: string }> {
        const contact = (
            await harness.salesforce.query<{ Id: string; Trustworthy_Id__c: string }>(
                'SELECT Id, Trustworthy_Id__c FROM Contact WHERE Trustworthy_Id__c != null ORDER BY LastName LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('no linked contact');
        return { contactId: contact.Id, memberId: contact.Trustworthy_Id__c };
    }

    it('when Salesforce cannot lock a row, then that record fails with UNABLE_TO_LOCK_ROW and the next run retries it', async () => {
        const { contactId, memberId } = await linkedPair();
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: memberId, fields: { title: 'Locked at first' } }],
            `lock-${Date.now()}`
        );
        salesforceEmulator().faults.set({ lockRowFailures: 1 });

        const failing = await harness.companion.runOnce('manual');
        expect(failing.status).toBe('completed_with_errors');
        expect(failing.pairings[1]?.toSalesforce.failed).toBe(1);
        const audit = await harness.companion.repositories.audit.forRun(failing.runId);
        expect(audit.find((entry) => entry.action === 'fail')).toMatchObject({
            errorCode: 'UNABLE_TO_LOCK_ROW',
            salesforceId: contactId
        });

        const retry = await harness.companion.runOnce('manual');
        expect(retry.pairings[1]?.toSalesforce.updated).toBe(1);
        const contact = (await harness.salesforce
            .sobject('Contact')
            .retrieve(contactId)) as unknown as { Title: string };
        expect(contact.Title).toBe('Locked at first');
    });

    it('when the session expires between runs, then the companion signs in again and the run completes', async () => {
        salesforceEmulator().faults.set({ tokenLifetimeSeconds: 1 });
        await new Promise((resolve) => setTimeout(resolve, 2100));

        const run = await harness.companion.runOnce('manual');
        expect(run.status).toBe('completed');
        expect(run.totals.failed).toBe(0);
    });

    it('when Salesforce is briefly unavailable, then reads are retried and the run completes', async () => {
        salesforceEmulator().faults.set({ unavailableForCalls: 1 });
        const run = await harness.companion.runOnce('manual');
        expect(run.status).toBe('completed');
    });

    it('when the daily API allowance is spent, then the run fails naming REQUEST_LIMIT_EXCEEDED and the next run after the reset catches up', async () => {
        const { memberId, contactId } = await linkedPair();
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: memberId, fields: { title: 'After the reset' } }],
            `limit-${Date.now()}`
        );
        const usage = salesforceEmulator().access.usage;
        usage.setDailyLimit(usage.usage().used);

        const refused = await harness.companion.runOnce('manual');
        expect(refused.status).toBe('failed');
        expect(refused.error).toMatch(/REQUEST_LIMIT_EXCEEDED/);

        usage.reset();
        usage.setDailyLimit(15000);
        const caughtUp = await harness.companion.runOnce('manual');
        expect(caughtUp.status).toBe('completed');
        const contact = (await harness.salesforce
            .sobject('Contact')
            .retrieve(contactId)) as unknown as { Title: string };
        expect(contact.Title).toBe('After the reset');
    });

    it('when a Salesforce change becomes visible with an older SystemModstamp, then the overlap window still catches it', async () => {
        const { contactId, memberId } = await linkedPair();
        await harness.companion.runOnce('manual');
        salesforceEmulator().faults.set({ backdateWritesSeconds: 240 });
        await harness.salesforce
            .sobject('Contact')
            .update({ Id: contactId, Title: 'Committed late' });
        salesforceEmulator().faults.set({ backdateWritesSeconds: 0 });

        const run = await harness.companion.runOnce('manual');
        expect(run.pairings[1]?.toTrustworthy.updated).toBe(1);
        const [member] = await harness.trustworthy.lookup('member', 'id', [memberId]);
        expect(member?.title).toBe('Committed late');
    });

    it('when a run dies half-way because Trustworthy goes down, then the next run finishes the work without duplicates', async () => {
        await harness.salesforce.sobject('Contact').create(
            Array.from({ length: 30 }, (_, index) => ({
                LastName: `Resume${index}`,
                Email: `resume${index}@example.net`
            }))
        );
        const trustworthyEmulator = harness.companion.local.trustworthy?.emulator;
        if (!trustworthyEmulator) throw new Error('no Trustworthy emulator');
        // The Account pairing reads its feed, then Trustworthy stops answering.
        trustworthyEmulator.faults.set({ failNextRequests: 1000 });
        const failed = await harness.companion.runOnce('manual');
        expect(failed.status).toBe('failed');

        trustworthyEmulator.faults.reset();
        const resumed = await harness.companion.runOnce('manual');
        expect(resumed.status).toBe('completed');
        expect(resumed.pairings[1]?.toTrustworthy.created).toBe(30);

        const again = await harness.companion.runOnce('manual');
        expect(again.totals).toMatchObject({ created: 0, updated: 0, failed: 0 });
        const members = await harness.trustworthy.lookup(
            'member',
            'email',
            Array.from({ length: 30 }, (_, index) => `resume${index}@example.net`)
        );
        expect(members).toHaveLength(30);
    });
});
