import { startAccessTestServer, type AccessTestServer } from './test-support/access-test-app';

async function send(
    server: AccessTestServer,
    method: string,
    pathname: string,
    body?: unknown
): Promise<{ status: number; body: unknown }> {
    const reply = await fetch(`${server.url}${pathname}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
    return { status: reply.status, body: await reply.json() };
}

describe('control router', () => {
    it('when control is not enabled, then /__emulator looks like any unknown resource', async () => {
        const server = await startAccessTestServer({ controlEnabled: false });
        try {
            const changes = { unavailableForCalls: 3 };
            const reply = await send(server, 'PUT', '/__emulator/faults', changes);
            expect(reply.status).toBe(404);
            expect(server.faults.current().unavailableForCalls).toBe(0);
        } finally {
            await server.close();
        }
    });

    describe('when control is enabled', () => {
        let server: AccessTestServer;

        beforeEach(async () => {
            server = await startAccessTestServer({ controlEnabled: true, dailyApiLimit: 10 });
        });

        afterEach(async () => {
            await server.close();
        });

        it('when faults are put, then the switches change and the new settings come back', async () => {
            const reply = await send(server, 'PUT', '/__emulator/faults', {
                unavailableForCalls: 2,
                tokenLifetimeSeconds: 30
            });
            expect(reply.status).toBe(200);
            expect(reply.body).toMatchObject({
                unavailableForCalls: 2,
                tokenLifetimeSeconds: 30,
                latencyMs: 0
            });

            const current = await send(server, 'GET', '/__emulator/faults');
            expect(current.body).toEqual(server.faults.current());
        });

        it.each([
            { situation: 'an unknown switch', body: { explode: true } },
            { situation: 'a negative count', body: { lockRowFailures: -1 } },
            { situation: 'a fractional count', body: { latencyMs: 1.5 } }
        ])('when faults are put with $situation, then it answers 400', async ({ body }) => {
            const reply = await send(server, 'PUT', '/__emulator/faults', body);
            expect(reply.status).toBe(400);
            expect(server.faults.current()).toMatchObject({ lockRowFailures: 0, latencyMs: 0 });
        });

        it('when faults are deleted, then every switch is off again', async () => {
            server.faults.set({ latencyMs: 5, lockRowFailures: 4 });
            const reply = await send(server, 'DELETE', '/__emulator/faults');
            expect(reply.body).toMatchObject({ latencyMs: 0, lockRowFailures: 0 });
        });

        it('when the limits are reset or resized, then the usage follows', async () => {
            server.access.usage.record();
            server.access.usage.record();
            const before = await send(server, 'GET', '/__emulator/limits');
            expect(before.body).toEqual({ used: 2, limit: 10 });

            const reset = await send(server, 'POST', '/__emulator/limits/reset');
            expect(reset.body).toEqual({ used: 0, limit: 10 });

            const resized = await send(server, 'PUT', '/__emulator/limits', { dailyLimit: 3 });
            expect(resized.body).toEqual({ used: 0, limit: 3 });
        });
    });
});
