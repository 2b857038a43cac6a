/** GET /api/v1/records/salesforce/:id/status through HTTP: what the record page shows. */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { linkedContact } from '../runs/test-support/run-helpers';

jest.setTimeout(60_000);

interface StatusBody {
    salesforceId: string;
    outcome: string;
    lastSyncedAt: string | null;
    direction: string | null;
    error: { code: string | null; message: string } | null;
    trustworthy: { pairingId: string; id: string } | null;
    pendingRetry: boolean;
    history: Array<{ action: string; direction: string; fields: string[]; error: string | null }>;
}

describe('record status', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
        await harness.companion.runOnce('manual');
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when a record synced, then its status names the time, direction, outcome, Trustworthy reference and history (15-character Id too)', async () => {
        const { contactId, memberId } = await linkedContact(harness);
        const reply = await harness.api(
            'get',
            `/api/v1/records/salesforce/${contactId.slice(0, 15)}/status`
        );

        expect(reply.status).toBe(200);
        const status = reply.body as StatusBody;
        expect(status).toMatchObject({
            salesforceId: contactId,
            outcome: 'synced',
            error: null,
            trustworthy: { pairingId: 'contacts-members', id: memberId },
            pendingRetry: false
        });
        expect(status.lastSyncedAt).not.toBeNull();
        expect(status.history.length).toBeGreaterThan(0);
        expect(status.history.length).toBeLessThanOrEqual(20);
    });

    it('when the last write failed, then the status says so in plain words and that a retry is pending', async () => {
        const { contactId, memberId } = await linkedContact(harness, 2);
        await harness.trustworthy.upsertBatch(
            'member',
            [{ id: memberId, fields: { title: 'Cannot lock' } }],
            `status-${Date.now()}`
        );
        harness.companion.local.salesforce?.emulator.faults.set({ lockRowFailures: 1 });
        await harness.companion.runOnce('manual');

        const status = (await harness.api('get', `/api/v1/records/salesforce/${contactId}/status`))
            .body as StatusBody;
        expect(status).toMatchObject({
            outcome: 'failed',
            direction: 'trustworthy_to_salesforce',
            pendingRetry: true,
            error: { code: 'UNABLE_TO_LOCK_ROW' }
        });
        expect(status.error?.message).toMatch(/could not lock the record/);
        expect(status.history[0]).toMatchObject({ action: 'fail' });
    });

    it('when the record is unknown or the Id is wrong, then the reply says so', async () => {
        expect(
            await harness.api('get', '/api/v1/records/salesforce/003000000000000AAA/status')
        ).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found', message: expect.stringMatching(/never synced/) } }
        });
        for (const bad of ['003-bad', '0030000000000000000000', "003'%20OR%201=1"]) {
            expect(
                await harness.api('get', `/api/v1/records/salesforce/${bad}/status`)
            ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
        }
        const { contactId } = await linkedContact(harness);
        expect(
            await harness.api('get', `/api/v1/records/salesforce/${contactId}/status`, {
                authenticated: false
            })
        ).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
    });
});
