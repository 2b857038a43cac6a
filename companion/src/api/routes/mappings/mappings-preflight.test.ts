/**
 * Validation and the permission preflight through HTTP: the integration
 * user's field-level security and object permissions in the emulated org
 * decide whether a mapping can be saved.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { detailPaths, storedDemo, versionCount } from './mapping-test-support';

jest.setTimeout(60_000);

interface Report {
    valid: boolean;
    errors: Array<{ path: string; message: string }>;
    warnings: Array<{ path: string; message: string }>;
}

describe('mapping validation and the permission preflight', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });
    afterEach(async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        org.setFieldSecurity(org.integrationUserId, {});
        org.setObjectAccess(org.integrationUserId, {});
        await refreshDescribes();
    });

    const refreshDescribes = async (): Promise<void> => {
        for (const object of ['Account', 'Contact']) {
            expect(
                (
                    await harness.api(
                        'get',
                        `/api/v1/schema/salesforce/objects/${object}?refresh=true`
                    )
                ).status
            ).toBe(200);
        }
    };
    const validate = async (body: unknown = {}): Promise<Report> => {
        const reply = await harness.api('post', '/api/v1/mappings/demo/validate', { body });
        expect(reply.status).toBe(200);
        return reply.body as Report;
    };

    it("when the stored mapping suits both schemas and the user's access, then validate reports it valid", async () => {
        expect(await validate()).toMatchObject({ valid: true, errors: [] });
    });

    it('when the user cannot edit a mapped field, then the preflight names the permission; fixing it lets the save through', async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        const demo = await storedDemo(harness);
        const contacts = demo.pairings.findIndex(
            (pairing) => pairing.salesforceObject === 'Contact'
        );
        const birthdate = demo.pairings[contacts]!.fields.findIndex(
            (field) => field.salesforce === 'Birthdate'
        );
        const path = `pairings[${contacts}].fields[${birthdate}].salesforce`;

        org.setFieldSecurity(org.integrationUserId, { 'Contact.Birthdate': 'read_only' });
        expect((await validate()).valid).toBe(true);
        await refreshDescribes();

        const report = await validate();
        expect(report.valid).toBe(false);
        expect(report.errors).toEqual([
            {
                path,
                message:
                    'Field-level security: the integration user cannot edit Contact.Birthdate; grant Edit on it in the Trustworthy Sync Integration permission set'
            }
        ]);
        const refused = await harness.api('put', '/api/v1/mappings/demo', { body: demo });
        expect(refused).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid' } }
        });
        expect(detailPaths(refused.body)).toEqual([path]);
        expect(await versionCount(harness, 'demo')).toBe(1);

        org.setFieldSecurity(org.integrationUserId, {});
        await refreshDescribes();
        expect(await validate()).toMatchObject({ valid: true });
        expect(await harness.api('put', '/api/v1/mappings/demo', { body: demo })).toMatchObject({
            status: 200,
            body: { version: 2 }
        });
    });

    it('when a field flows only to Trustworthy, then Salesforce read access is enough', async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        org.setFieldSecurity(org.integrationUserId, { 'Contact.Birthdate': 'read_only' });
        await refreshDescribes();
        const demo = await storedDemo(harness);
        const contacts = demo.pairings.find((pairing) => pairing.salesforceObject === 'Contact')!;
        contacts.fields.find((field) => field.salesforce === 'Birthdate')!.direction =
            'to_trustworthy';

        expect(await validate(demo)).toMatchObject({ valid: true, errors: [] });
    });

    it('when the user cannot read a mapped field, then the preflight asks for Read on it', async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        org.setFieldSecurity(org.integrationUserId, { 'Account.Phone': 'hidden' });
        await refreshDescribes();

        const report = await validate();
        expect(report.valid).toBe(false);
        expect(report.errors).toEqual([
            expect.objectContaining({
                message: expect.stringContaining(
                    'cannot read Account.Phone (or no such field exists); grant Read on it in the Trustworthy Sync Integration permission set'
                )
            })
        ]);
    });

    it('when the user cannot create or edit records of a synced object, then each missing object permission is an error', async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        org.setObjectAccess(org.integrationUserId, { Contact: { create: false, edit: false } });
        await refreshDescribes();

        const report = await validate();
        const messages = report.errors.map((issue) => issue.message);
        expect(messages).toEqual([
            'Object permissions: the integration user cannot create Contact records; grant Create on Contact in the Trustworthy Sync Integration permission set',
            'Object permissions: the integration user cannot edit Contact records; grant Edit on Contact in the Trustworthy Sync Integration permission set'
        ]);
        expect(
            report.errors.every((issue) => /^pairings\[\d\]\.salesforceObject$/.test(issue.path))
        ).toBe(true);
    });

    it('when a draft is validated, then it is checked but never stored, and a broken draft is reported, not refused', async () => {
        const versionsBefore = await versionCount(harness, 'demo');
        const draft = await storedDemo(harness);
        draft.pairings[0]!.fields[0]!.transform = 'boolean';
        const report = await validate(draft);
        expect(report.valid).toBe(false);
        expect(report.errors.map((issue) => issue.path)).toContain(
            'pairings[0].fields[0].transform'
        );

        const broken = await validate({ format: 'something else' });
        expect(broken.valid).toBe(false);
        expect(broken.errors.map((issue) => issue.path)).toEqual(
            expect.arrayContaining(['format', 'formatVersion', 'name', 'pairings'])
        );
        expect(await versionCount(harness, 'demo')).toBe(versionsBefore);
    });

    it('when validate names an unknown mapping or is unauthenticated, then 404 or 401 answers', async () => {
        expect(
            await harness.api('post', '/api/v1/mappings/nothing/validate', { body: {} })
        ).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        expect(
            await harness.api('post', '/api/v1/mappings/demo/validate', {
                body: {},
                authenticated: false
            })
        ).toMatchObject({ status: 401 });
        expect(
            await harness.api('post', '/api/v1/mappings/demo/validate', { body: '"text"' })
        ).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
    });
});
