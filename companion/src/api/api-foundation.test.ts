/**
 * The pipeline every route shares: authentication, the error envelope,
 * body limits and unknown routes, through HTTP against the real app.
 */
import { startHarness } from '../app/test-support/companion-harness';
import type { Harness } from '../app/test-support/companion-harness';

jest.setTimeout(60_000);

describe('the companion API pipeline', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when health and readiness are asked without credentials, then they answer with status only', async () => {
        expect(await harness.api('get', '/health', { authenticated: false })).toMatchObject({
            status: 200,
            body: { status: 'ok' }
        });
        expect(await harness.api('get', '/ready', { authenticated: false })).toMatchObject({
            status: 200,
            body: { status: 'ready' }
        });
    });

    it('when a route does not exist, then the envelope says route_not_found', async () => {
        const reply = await harness.api('get', '/api/v1/nothing-here');
        expect(reply).toMatchObject({
            status: 404,
            body: { error: { code: 'route_not_found', message: 'no such route', details: [] } }
        });
    });

    it('when a body is sent as something other than JSON, or not encoded as it claims, then 415 or 400 and never 500', async () => {
        const plain = await harness.api('post', '/api/v1/mappings', {
            body: 'name=x',
            headers: { 'content-type': 'text/plain' }
        });
        expect(plain).toMatchObject({
            status: 415,
            body: { error: { code: 'unsupported_media_type' } }
        });

        const fakeGzip = await harness.api('post', '/api/v1/mappings', {
            body: '{"a":1}',
            headers: { 'content-encoding': 'gzip' }
        });
        expect(fakeGzip).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });
    });

    it('when a call is unauthenticated, then 401 says which scheme to use and nothing more', async () => {
        const reply = await harness.api('get', '/api/v1/connections', { authenticated: false });
        expect(reply).toMatchObject({
            status: 401,
            body: {
                error: { code: 'unauthenticated', message: 'authentication required', details: [] }
            }
        });
        expect(reply.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('when a webhook body cannot even be read, then the refusal is the same as for a bad signature', async () => {
        const reply = await harness.api('post', '/webhooks/trustworthy', {
            body: 'not json',
            authenticated: false,
            headers: { 'content-type': 'application/json' }
        });
        expect(reply).toMatchObject({
            status: 401,
            body: { error: { code: 'webhook_signature_invalid' } }
        });
    });

    it('when the body is not JSON or too large, then the envelope says so', async () => {
        const broken = await harness.api('post', '/api/v1/nothing-here', { body: '{"oops":' });
        expect(broken).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const huge = await harness.api('post', '/api/v1/nothing-here', {
            body: { blob: 'x'.repeat(300 * 1024) }
        });
        expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    });
});
