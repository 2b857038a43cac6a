/**
 * API usage, the budget and the metrics through HTTP on the real app: the
 * org's usage as the emulated org reports it, the budget stored and
 * validated, a spent budget seen by budgetReached() with one alert a day,
 * and the Prometheus text after a run.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';

jest.setTimeout(60_000);

interface UsageBody {
    salesforce: {
        limitInfo: { used: number; limit: number } | null;
        dailyApiRequests: { max: number; remaining: number; used: number } | null;
        error: string | null;
    };
    budget: {
        sharePercent: number;
        calls: number | null;
        usedToday: number;
        remaining: number | null;
        reached: boolean;
        reason: string | null;
        resetsAt: string | null;
    };
}

describe('the usage API', () => {
    let harness: Harness;

    const emulator = () => {
        const found = harness.companion.local.salesforce?.emulator;
        if (!found) throw new Error('no Salesforce emulator');
        return found;
    };
    const storedBudget = async () =>
        harness.companion.repositories.store
            .selectFrom('usage_budget')
            .selectAll()
            .executeTakeFirst();
    const budgetAlerts = async () =>
        harness.companion.repositories.store
            .selectFrom('alerts')
            .selectAll()
            .where('kind', '=', 'budget_reached')
            .execute();

    beforeAll(async () => {
        harness = await startHarness();
    });

    afterAll(async () => {
        await harness.close();
    });

    it("when usage is asked, then it reports the org's DailyApiRequests and limit header and the default budget of half the limit", async () => {
        const reply = await harness.api('get', '/api/v1/usage');

        expect(reply.status).toBe(200);
        const body = reply.body as UsageBody;
        const org = emulator().access.usage.usage();
        expect(body.salesforce.dailyApiRequests).toEqual({
            max: 15000,
            remaining: 15000 - body.salesforce.dailyApiRequests!.used,
            used: expect.any(Number)
        });
        expect(body.salesforce.dailyApiRequests!.used).toBeGreaterThan(0);
        expect(body.salesforce.limitInfo).toEqual({ used: org.used, limit: 15000 });
        expect(body.salesforce.error).toBeNull();
        expect(body.budget).toMatchObject({
            sharePercent: 50,
            calls: 7500,
            reached: false,
            reason: null,
            resetsAt: null
        });
        expect(body.budget.usedToday).toBeGreaterThan(0);
    });

    it('when the budget is set, then it is stored and the next usage report applies it', async () => {
        const saved = await harness.api('put', '/api/v1/usage/budget', {
            body: { sharePercent: 20 }
        });
        expect(saved).toMatchObject({
            status: 200,
            body: { budget: { sharePercent: 20, calls: 3000 } }
        });

        const reported = await harness.api('get', '/api/v1/usage');
        expect((reported.body as UsageBody).budget).toMatchObject({
            sharePercent: 20,
            calls: 3000
        });
        expect(await storedBudget()).toMatchObject({ share_percent: 20 });
    });

    it.each([
        ['missing', {}, 'body.sharePercent'],
        ['a string', { sharePercent: '50' }, 'body.sharePercent'],
        ['zero', { sharePercent: 0 }, 'body.sharePercent'],
        ['over 100', { sharePercent: 101 }, 'body.sharePercent'],
        ['a fraction', { sharePercent: 12.5 }, 'body.sharePercent'],
        ['with an unknown property', { sharePercent: 30, resetAt: 'now' }, 'body']
    ])(
        'when the budget is %s, then 400 validation_failed names the path and nothing is stored',
        async (_case, body, path) => {
            const before = await storedBudget();

            const reply = await harness.api('put', '/api/v1/usage/budget', { body });

            expect(reply.status).toBe(400);
            expect(reply.body).toMatchObject({
                error: {
                    code: 'validation_failed',
                    details: expect.arrayContaining([expect.objectContaining({ path })])
                }
            });
            expect(await storedBudget()).toEqual(before);
        }
    );

    it.each([
        ['get', '/api/v1/usage'],
        ['put', '/api/v1/usage/budget'],
        ['get', '/metrics']
    ])(
        'when %s %s is called without the secret, then 401 with no detail and nothing is stored',
        async (method, path) => {
            const before = await storedBudget();

            const reply = await harness.api(method, path, {
                authenticated: false,
                body: method === 'put' ? { sharePercent: 5 } : undefined
            });

            expect(reply).toMatchObject({
                status: 401,
                body: {
                    error: {
                        code: 'unauthenticated',
                        message: 'authentication required',
                        details: []
                    }
                }
            });
            expect(await storedBudget()).toEqual(before);
        }
    );

    it('when a run finishes, then the metrics count it once: its status, records by direction and outcome, and API calls per system', async () => {
        const run = await harness.companion.runOnce('manual');
        const before = parseMetrics((await harness.api('get', '/metrics')).body);

        await harness.companion.deps.usage.onRunFinished(run, {
            mappingName: harness.companion.mappingName
        });
        const reply = await harness.api('get', '/metrics');

        expect(reply.status).toBe(200);
        expect(reply.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
        const after = parseMetrics(reply.body);
        const delta = (name: string): number => (after.get(name) ?? 0) - (before.get(name) ?? 0);
        expect(delta(`trustworthy_sync_runs_total{status="${run.status}"}`)).toBe(1);
        expect(delta('trustworthy_sync_api_calls_total{system="salesforce"}')).toBe(
            run.apiCalls.salesforce.used
        );
        expect(delta('trustworthy_sync_api_calls_total{system="trustworthy"}')).toBe(
            run.apiCalls.trustworthy.used
        );
        const toTrustworthy = run.pairings.reduce(
            (sum, pairing) => sum + pairing.toTrustworthy.unchanged,
            0
        );
        expect(
            delta('trustworthy_sync_records_total{direction="to_trustworthy",outcome="unchanged"}')
        ).toBe(toTrustworthy);
        expect(after.get('trustworthy_sync_salesforce_api_limit')).toBe(15000);
        expect(after.get('trustworthy_sync_budget_used_calls')).toBeGreaterThan(0);
    });

    it('when the sync has spent its share, then budgetReached() is true, one budget alert goes out a day, and the reset time is a day after its first calls', async () => {
        emulator().access.usage.setDailyLimit(1000);
        await harness.api('get', '/api/v1/usage');
        await harness.api('put', '/api/v1/usage/budget', { body: { sharePercent: 1 } });

        await harness.companion.runOnce('manual');
        expect(await harness.companion.deps.usage.budgetReached()).toBe(true);
        expect(await harness.companion.deps.usage.budgetReached()).toBe(true);
        await expect(harness.companion.deps.usage.assertBudget()).rejects.toMatchObject({
            code: 'budget_exhausted'
        });

        const alerts = await budgetAlerts();
        expect(alerts).toHaveLength(1);
        expect(alerts[0]).toMatchObject({ status: 'sent', mapping_name: '*' });

        const budget = ((await harness.api('get', '/api/v1/usage')).body as UsageBody).budget;
        expect(budget).toMatchObject({
            sharePercent: 1,
            calls: 10,
            reached: true,
            reason: 'budget',
            remaining: 0
        });
        const resetsIn = Date.parse(budget.resetsAt ?? '') - Date.now();
        expect(resetsIn).toBeGreaterThan(23 * 60 * 60 * 1000);
        expect(resetsIn).toBeLessThanOrEqual(24 * 60 * 60 * 1000);

        await harness.api('put', '/api/v1/usage/budget', { body: { sharePercent: 100 } });
        expect(await harness.companion.deps.usage.budgetReached()).toBe(false);
        expect(await budgetAlerts()).toHaveLength(1);
    });
});

/** `name{labels} value` lines of the Prometheus text format, keyed by `name{labels}`. */
function parseMetrics(text: unknown): Map<string, number> {
    const values = new Map<string, number>();
    for (const line of String(text).split('\n')) {
        const match = /^([a-z_]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
        if (match?.[1] && match[2]) values.set(match[1], Number(match[2]));
    }
    return values;
}
