/**
 * The schema endpoints through HTTP against the real app on the embedded
 * default (both emulators).
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';

jest.setTimeout(60_000);

interface Suggestion {
    salesforce: string;
    trustworthy: string;
    verdict: string;
    transform: string | null;
    reason: string;
    valueMap?: Record<string, string>;
}

describe('the schema endpoints', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    it("when the Salesforce objects are listed, then the integration user's queryable objects come with their permissions", async () => {
        const reply = await harness.api('get', '/api/v1/schema/salesforce/objects');
        expect(reply.status).toBe(200);
        const objects = (reply.body as { objects: Array<{ name: string }> }).objects;
        expect(objects.map((object) => object.name)).toEqual(
            expect.arrayContaining(['Account', 'Contact'])
        );
        expect(objects.find((object) => object.name === 'Contact')).toMatchObject({
            createable: true,
            updateable: true,
            deletable: true
        });
    });

    it('when a Salesforce object is read, then its fields carry type, length, picklist values and access', async () => {
        const reply = await harness.api('get', '/api/v1/schema/salesforce/objects/Contact');
        expect(reply.status).toBe(200);
        const body = reply.body as { name: string; fields: Array<Record<string, unknown>> };
        expect(body.name).toBe('Contact');
        expect(body.fields.find((field) => field.name === 'LastName')).toMatchObject({
            type: 'string',
            length: 80,
            nillable: false,
            createable: true
        });
        const relationship = body.fields.find(
            (field) => field.name === 'Trustworthy_Relationship__c'
        );
        expect(relationship).toMatchObject({
            type: 'picklist',
            picklistValues: expect.arrayContaining([expect.objectContaining({ value: 'Child' })])
        });
    });

    it('when field access changes, then the cache answers until ?refresh=true describes again', async () => {
        const { org } = harness.companion.local.salesforce!.emulator;
        await harness.api('get', '/api/v1/schema/salesforce/objects/Account');
        org.setFieldSecurity(org.integrationUserId, { 'Account.Phone': 'hidden' });
        try {
            const cached = await harness.api('get', '/api/v1/schema/salesforce/objects/Account');
            expect(fieldNames(cached.body)).toContain('Phone');
            const refreshed = await harness.api(
                'get',
                '/api/v1/schema/salesforce/objects/Account?refresh=true'
            );
            expect(fieldNames(refreshed.body)).not.toContain('Phone');
        } finally {
            org.setFieldSecurity(org.integrationUserId, {});
            await harness.api('get', '/api/v1/schema/salesforce/objects/Account?refresh=true');
        }
    });

    it("when the Trustworthy objects and one object are read, then they come from the account's schema", async () => {
        const list = await harness.api('get', '/api/v1/schema/trustworthy/objects');
        expect(list.status).toBe(200);
        expect(
            (list.body as { objects: Array<{ name: string }> }).objects.map((object) => object.name)
        ).toEqual(expect.arrayContaining(['household', 'member']));

        const member = await harness.api(
            'get',
            '/api/v1/schema/trustworthy/objects/member?refresh=true'
        );
        expect(member.status).toBe(200);
        expect(
            (member.body as { fields: Array<{ name: string }> }).fields.map((field) => field.name)
        ).toEqual(expect.arrayContaining(['email', 'birth_date']));
    });

    it('when suggestions are asked for Contact and member, then the obvious pairs come with verdicts and transforms', async () => {
        const reply = await harness.api(
            'get',
            '/api/v1/schema/suggestions?salesforceObject=Contact&trustworthyObject=member'
        );
        expect(reply.status).toBe(200);
        const pairs = (reply.body as { pairs: Suggestion[] }).pairs;
        const pairOf = (salesforce: string) => pairs.find((pair) => pair.salesforce === salesforce);

        expect(pairOf('Email')).toMatchObject({ trustworthy: 'email', transform: 'email' });
        expect(pairOf('Birthdate')).toMatchObject({
            trustworthy: 'birth_date',
            transform: 'date',
            verdict: 'compatible'
        });
        expect(pairOf('MailingAddress')).toMatchObject({
            trustworthy: 'address',
            transform: 'address',
            verdict: 'compatible'
        });
        expect(pairOf('Trustworthy_Relationship__c')).toMatchObject({
            trustworthy: 'relationship',
            transform: 'picklist',
            verdict: 'needs_transform'
        });
        expect(pairs.every((pair) => pair.reason.length > 0)).toBe(true);

        const households = await harness.api(
            'get',
            '/api/v1/schema/suggestions?salesforceObject=Account&trustworthyObject=household'
        );
        const householdPairs = (households.body as { pairs: Suggestion[] }).pairs;
        expect(householdPairs.find((pair) => pair.salesforce === 'Name')).toMatchObject({
            trustworthy: 'name',
            transform: 'text'
        });
        expect(householdPairs.find((pair) => pair.salesforce === 'BillingAddress')).toMatchObject({
            trustworthy: 'address'
        });
    });

    it('when an object does not exist on either side, then 404 names it', async () => {
        const salesforce = await harness.api('get', '/api/v1/schema/salesforce/objects/Nope__c');
        expect(salesforce).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        expect(JSON.stringify(salesforce.body)).toContain('Nope__c');

        const trustworthy = await harness.api(
            'get',
            '/api/v1/schema/trustworthy/objects/spaceship'
        );
        expect(trustworthy).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
        expect(JSON.stringify(trustworthy.body)).toContain('spaceship');

        const suggestions = await harness.api(
            'get',
            '/api/v1/schema/suggestions?salesforceObject=Contact&trustworthyObject=spaceship'
        );
        expect(suggestions).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    });

    it('when the input is malformed, missing or unauthenticated, then it is refused before anything is asked', async () => {
        const before = harness.companion.local.salesforce!.emulator.access.usage.usage().used;
        const injected = await harness.api(
            'get',
            `/api/v1/schema/salesforce/objects/${encodeURIComponent('Contact WHERE')}`
        );
        expect(injected).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'validation_failed',
                    details: [expect.objectContaining({ path: 'params.name' })]
                }
            }
        });

        const missing = await harness.api(
            'get',
            '/api/v1/schema/suggestions?salesforceObject=Contact'
        );
        expect(missing).toMatchObject({
            status: 400,
            body: {
                error: {
                    code: 'validation_failed',
                    details: [expect.objectContaining({ path: 'query.trustworthyObject' })]
                }
            }
        });

        const wrongType = await harness.api(
            'get',
            '/api/v1/schema/salesforce/objects/Contact?refresh=yes'
        );
        expect(wrongType).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const oversized = await harness.api(
            'get',
            `/api/v1/schema/salesforce/objects/${'A'.repeat(200)}`
        );
        expect(oversized).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const anonymous = await harness.api('get', '/api/v1/schema/salesforce/objects', {
            authenticated: false
        });
        expect(anonymous).toMatchObject({
            status: 401,
            body: { error: { code: 'unauthenticated' } }
        });
        expect(harness.companion.local.salesforce!.emulator.access.usage.usage().used).toBe(before);
    });
});

function fieldNames(body: unknown): string[] {
    return (body as { fields: Array<{ name: string }> }).fields.map((field) => field.name);
}
