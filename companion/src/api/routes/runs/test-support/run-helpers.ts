/** Starting runs through HTTP and reading them back, for the runs tests. */
import type { Harness } from '../../../../app/test-support/companion-harness';

export interface RunBody {
    run: {
        id: string;
        status: string;
        error: string | null;
        trigger: string;
        kind: string;
        stoppedBy: string | null;
        totals: Record<string, number> | null;
        sourceRunId: string | null;
        rolledBackBy: string | null;
    };
    changes: Array<{
        action: string;
        target: string;
        salesforceId: string | null;
        trustworthyId: string | null;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
        errorCode: string | null;
    }>;
    total: number;
}

/** Starts a run through the API, waits for it to end, and returns its detail. */
export async function runThroughApi(
    harness: Harness,
    body: Record<string, unknown>
): Promise<RunBody> {
    const started = await harness.api('post', '/api/v1/runs', {
        body: { mappingName: 'demo', ...body }
    });
    if (started.status !== 202) throw new Error(`run refused: ${JSON.stringify(started.body)}`);
    await harness.companion.deps.sync.idle('demo');
    return runDetail(harness, (started.body as { runId: string }).runId);
}

export async function runDetail(harness: Harness, runId: string): Promise<RunBody> {
    const reply = await harness.api('get', `/api/v1/runs/${runId}?limit=200`);
    if (reply.status !== 200)
        throw new Error(`run ${runId} not readable: ${JSON.stringify(reply.body)}`);
    return reply.body as RunBody;
}

export async function linkCount(harness: Harness, pairingId?: string): Promise<number> {
    let query = harness.companion.repositories.store
        .selectFrom('links')
        .select(({ fn }) => fn.countAll<number>().as('total'));
    if (pairingId) query = query.where('pairing_id', '=', pairingId);
    return Number((await query.executeTakeFirst())?.total ?? 0);
}

export async function linkedContact(
    harness: Harness,
    offset = 0
): Promise<{ contactId: string; memberId: string }> {
    const contact = (
        await harness.salesforce.query<{ Id: string; Trustworthy_Id__c: string }>(
            `SELECT Id, Trustworthy_Id__c FROM Contact WHERE Trustworthy_Id__c != null ORDER BY LastName, Id LIMIT 1 OFFSET ${offset}`
        )
    ).records[0];
    if (!contact) throw new Error('no linked contact');
    return { contactId: contact.Id, memberId: contact.Trustworthy_Id__c };
}
