/**
 * The signed-token alternative to the shared secret, through HTTP: a JWT the
 * Named Credential signs with the secret (HS256, short `exp`) is accepted;
 * anything expired, long-lived, unsigned or signed otherwise is a bare 401.
 */
import { createHmac } from 'node:crypto';

import { startHarness } from '../app/test-support/companion-harness';
import type { Harness } from '../app/test-support/companion-harness';

jest.setTimeout(60_000);

function signed(
    secret: string,
    claims: Record<string, unknown>,
    header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }
): string {
    const encode = (value: object): string =>
        Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode(header)}.${encode(claims)}`;
    return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('callers authenticated by a signed token', () => {
    let harness: Harness;
    const nowSeconds = (): number => Math.floor(Date.now() / 1000);

    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    const callWith = (token: string) =>
        harness.api('get', '/api/v1/connections', {
            authenticated: false,
            headers: { authorization: `Bearer ${token}` }
        });

    it('when the token is signed with the API secret and expires within five minutes, then the call is accepted', async () => {
        const secret = harness.companion.deps.settings.apiSecret;
        expect(
            (await callWith(signed(secret, { iss: 'salesforce', exp: nowSeconds() + 120 }))).status
        ).toBe(200);
    });

    it('when the token is expired, too long-lived, unsigned, signed with another key or another algorithm, then 401 without detail', async () => {
        const secret = harness.companion.deps.settings.apiSecret;
        const refused = [
            signed(secret, { exp: nowSeconds() - 120 }),
            signed(secret, { exp: nowSeconds() + 3600 }),
            signed(secret, {}),
            signed('another secret of enough length 123456', { exp: nowSeconds() + 120 }),
            signed(secret, { exp: nowSeconds() + 120 }, { alg: 'HS512' }),
            `${signed(secret, { exp: nowSeconds() + 120 }, { alg: 'none' })
                .split('.')
                .slice(0, 2)
                .join('.')}.`,
            'a.b.c'
        ];
        for (const token of refused) {
            expect(await callWith(token)).toMatchObject({
                status: 401,
                body: {
                    error: {
                        code: 'unauthenticated',
                        message: 'authentication required',
                        details: []
                    }
                }
            });
        }
    });
});
