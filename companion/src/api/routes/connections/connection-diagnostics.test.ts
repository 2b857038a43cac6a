/**
 * Test connection through HTTP: each cause the emulators can produce is named
 * with its stable code and an action, and a healthy setup says ok.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import type { MappingFile } from '../../../engine/mapping/mapping-schema';
import {
    approveAtOrg,
    emulatorOf,
    forgetStored,
    mintLink,
    pathOf,
    startFlow,
    storedConnections,
    storedSalesforce
} from './test-support/connection-flows';

jest.setTimeout(60_000);

interface Report {
    salesforce: {
        verdict: string;
        source: string;
        diagnoses: Array<{
            code: string;
            message: string;
            action: string;
            object?: string;
            field?: string;
        }>;
    };
    trustworthy: {
        verdict: string;
        source: string;
        diagnoses: Array<{ code: string; action: string }>;
    };
}

describe('test connection diagnostics', () => {
    let harness: Harness;
    const callbackUrl = (): string =>
        `${harness.companion.deps.settings.publicBaseUrl}/oauth/salesforce/callback`;

    async function diagnose(body: unknown = {}): Promise<Report> {
        const reply = await harness.api('post', '/api/v1/connections/test', { body });
        expect(reply.status).toBe(200);
        return reply.body as Report;
    }

    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });
    beforeEach(async () => {
        await forgetStored(harness);
        const { emulator } = emulatorOf(harness);
        emulator.faults.reset();
        emulator.org.setFieldSecurity(emulator.org.integrationUserId, {});
    });

    it('when both sides work, then each verdict is ok with no diagnosis', async () => {
        expect(await diagnose()).toEqual({
            salesforce: { verdict: 'ok', source: 'emulator', diagnoses: [] },
            trustworthy: { verdict: 'ok', source: 'emulator', diagnoses: [] },
            checkedAt: expect.any(String)
        });
    });

    it("when a Connected App's consumer key is unknown, then unknown_consumer_key says to copy it again", async () => {
        const report = await diagnose({
            salesforceApp: { loginUrl: emulatorOf(harness).url, clientId: 'NoSuchConsumerKey' }
        });
        expect(report.salesforce).toMatchObject({
            verdict: 'failed',
            diagnoses: [
                { code: 'unknown_consumer_key', action: expect.stringContaining('Consumer Key') }
            ]
        });
    });

    it("when the app lacks the companion's callback URL, then callback_mismatch names the exact URL to add", async () => {
        const { emulator, url } = emulatorOf(harness);
        emulator.access.apps.register({
            clientId: 'AppWithoutCallback',
            clientSecret: 's',
            redirectUris: ['https://elsewhere.example/cb'],
            scopes: ['api', 'refresh_token']
        });
        const report = await diagnose({
            salesforceApp: { loginUrl: url, clientId: 'AppWithoutCallback' }
        });
        expect(report.salesforce.diagnoses).toEqual([
            expect.objectContaining({
                code: 'callback_mismatch',
                action: expect.stringContaining(callbackUrl())
            })
        ]);
    });

    it('when the org refused a sign-in for a scope the app lacks, then missing_scope is named', async () => {
        const { emulator } = emulatorOf(harness);
        emulator.access.apps.register({
            clientId: 'ApiOnlyApp',
            clientSecret: 's',
            redirectUris: [callbackUrl()],
            scopes: ['api']
        });
        const callback = await approveAtOrg(
            await startFlow(harness, await mintLink(harness, { clientId: 'ApiOnlyApp' }))
        );
        expect(callback.searchParams.get('error')).toBe('invalid_scope');
        const page = await harness.api('get', pathOf(callback.toString()), {
            authenticated: false
        });
        expect(page.status).toBe(400);
        expect(page.body).toContain('invalid_scope');
        expect(await storedSalesforce(harness)).toBeUndefined();

        const report = await diagnose();
        expect(report.salesforce.diagnoses).toEqual([
            expect.objectContaining({
                code: 'missing_scope',
                action: expect.stringContaining('refresh_token')
            })
        ]);

        await mintLink(harness);
        expect((await diagnose()).salesforce).toMatchObject({ verdict: 'ok', diagnoses: [] });
    });

    it('when a server-to-server app does not grant api, then connecting is refused as missing_scope', async () => {
        const { emulator, url } = emulatorOf(harness);
        emulator.access.apps.register({
            clientId: 'NoApiApp',
            clientSecret: 'secret-x',
            redirectUris: [],
            scopes: ['chatter_api'],
            runAsUsername: 'integration@trustworthy-sync.example'
        });
        const reply = await harness.api('put', '/api/v1/connections/salesforce/server-to-server', {
            body: {
                flow: 'client_credentials',
                loginUrl: url,
                clientId: 'NoApiApp',
                clientSecret: 'secret-x'
            }
        });
        expect(reply).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'connection_verification_failed',
                    message: expect.stringContaining('missing_scope')
                }
            }
        });
        expect(await storedSalesforce(harness)).toBeUndefined();
    });

    it('when the org has no API access, then api_disabled names the edition and permission', async () => {
        emulatorOf(harness).emulator.faults.set({ apiDisabled: true });
        const report = await diagnose();
        expect(report.salesforce.verdict).toBe('failed');
        expect(report.salesforce.diagnoses).toEqual([
            expect.objectContaining({
                code: 'api_disabled',
                message: expect.stringContaining('API_DISABLED_FOR_ORG'),
                action: expect.stringContaining('API Enabled')
            })
        ]);
    });

    it('when field-level security hides a mapped field, then field_not_accessible names the object and field', async () => {
        const { emulator } = emulatorOf(harness);
        emulator.org.setFieldSecurity(emulator.org.integrationUserId, {
            'Contact.Email': 'hidden'
        });
        const report = await diagnose();
        expect(report.salesforce.verdict).toBe('failed');
        expect(report.salesforce.diagnoses).toContainEqual(
            expect.objectContaining({
                code: 'field_not_accessible',
                object: 'Contact',
                field: 'Email'
            })
        );
    });

    it('when a mapped object cannot be described, then object_not_accessible names it', async () => {
        const mappings = harness.companion.deps.mappings;
        const active = await mappings.active(harness.companion.mappingName);
        const [first, ...rest] = active.mapping.pairings;
        if (!first) throw new Error('the demo mapping has no pairing');
        const mapping: MappingFile = {
            ...active.mapping,
            pairings: [{ ...first, salesforceObject: 'Household__c' }, ...rest]
        };
        const activeSpy = jest.spyOn(mappings, 'active').mockResolvedValue({ ...active, mapping });
        try {
            const report = await diagnose();
            expect(report.salesforce.diagnoses).toContainEqual(
                expect.objectContaining({ code: 'object_not_accessible', object: 'Household__c' })
            );
        } finally {
            activeSpy.mockRestore();
        }
    });

    it('when the stored Trustworthy key is no longer accepted, then trustworthy_key_invalid says to make a new key', async () => {
        const local = harness.companion.local.trustworthy;
        if (!local) throw new Error('no Trustworthy emulator');
        const { repository, box } = storedConnections(harness);
        const now = new Date().toISOString();
        await repository.saveTrustworthy({
            base_url: local.baseUrl,
            api_key_sealed: box.seal('tw_revoked_key'),
            status: 'connected',
            last_error: null,
            connected_at: now,
            updated_at: now
        });

        const report = await diagnose();
        expect(report.trustworthy).toMatchObject({
            verdict: 'failed',
            source: 'stored',
            diagnoses: [
                { code: 'trustworthy_key_invalid', action: expect.stringContaining('new API key') }
            ]
        });
    });

    it('when the test is asked badly or without the API secret, then it is refused before anything is probed', async () => {
        expect(
            await harness.api('post', '/api/v1/connections/test', {
                body: {},
                authenticated: false
            })
        ).toMatchObject({ status: 401 });
        expect(
            await harness.api('post', '/api/v1/connections/test', { body: { unknown: 1 } })
        ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
        expect(
            await harness.api('post', '/api/v1/connections/test', {
                body: { salesforceApp: { loginUrl: 'https://evil.example.com', clientId: 'x' } }
            })
        ).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'validation_failed',
                    details: [{ path: 'body.salesforceApp.loginUrl' }]
                }
            }
        });
        expect(
            await harness.api('post', '/api/v1/connections/test', {
                body: { salesforceApp: { loginUrl: emulatorOf(harness).url } }
            })
        ).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'validation_failed',
                    details: [{ path: 'body.salesforceApp.clientId' }]
                }
            }
        });
    });
});
