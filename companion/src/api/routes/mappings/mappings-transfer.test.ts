/**
 * Export and import of mapping files, and confidential fields, through HTTP
 * against the real app on the embedded default.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { contactsOnly, detailPaths, versionCount } from './mapping-test-support';

jest.setTimeout(60_000);

describe('mapping export, import and confidential fields', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when a mapping is exported and imported again, then the file round-trips as the next version', async () => {
        const exported = await harness.api('get', '/api/v1/mappings/demo/export');
        expect(exported.status).toBe(200);
        expect(exported.headers.get('content-disposition')).toBe(
            'attachment; filename="demo.v1.mapping.json"'
        );
        expect(exported.headers.get('content-type')).toContain('application/json');
        expect(exported.body).toMatchObject({
            format: 'trustworthy-sync/mapping',
            formatVersion: 1,
            name: 'demo'
        });

        const imported = await harness.api('post', '/api/v1/mappings/import', {
            body: exported.body
        });
        expect(imported).toMatchObject({ status: 201, body: { name: 'demo', version: 2 } });
        const latest = await harness.api('get', '/api/v1/mappings/demo');
        expect(latest).toMatchObject({ status: 200, body: { version: 2, source: 'import' } });
        expect((latest.body as { mapping: unknown }).mapping).toEqual(exported.body);

        const first = await harness.api('get', '/api/v1/mappings/demo/export?version=1');
        expect(first.headers.get('content-disposition')).toBe(
            'attachment; filename="demo.v1.mapping.json"'
        );
    });

    it('when a file with a new name is imported, then it becomes version 1 of a new mapping', async () => {
        const document = await contactsOnly(harness, 'imported');
        expect(
            await harness.api('post', '/api/v1/mappings/import', { body: document })
        ).toMatchObject({ status: 201, body: { name: 'imported', version: 1 } });
    });

    it('when an imported file is invalid, then it is refused with every path and nothing is stored', async () => {
        const document = await contactsOnly(harness, 'refused-import');
        document.pairings[0]!.fields[0]!.salesforce = 'NoSuchField__c';
        (document.pairings[0] as unknown as Record<string, unknown>).extra = true;

        const reply = await harness.api('post', '/api/v1/mappings/import', { body: document });
        expect(reply).toMatchObject({ status: 400, body: { error: { code: 'mapping_invalid' } } });
        expect(detailPaths(reply.body)).toContain('pairings[0].extra');
        expect(await versionCount(harness, 'refused-import')).toBe(0);

        expect(await harness.api('post', '/api/v1/mappings/import', { body: [] })).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });
        expect(
            await harness.api('post', '/api/v1/mappings/import', {
                body: document,
                authenticated: false
            })
        ).toMatchObject({ status: 401 });
    });

    it('when an export names an unknown mapping or version, then 404 answers', async () => {
        expect(await harness.api('get', '/api/v1/mappings/nothing/export')).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        expect(await harness.api('get', '/api/v1/mappings/demo/export?version=50')).toMatchObject({
            status: 404
        });
        expect(
            await harness.api('get', '/api/v1/mappings/demo/export', { authenticated: false })
        ).toMatchObject({ status: 401 });
    });

    it('when a confidential field is mapped, then the mapping is refused; unmapped, it is stored with the list', async () => {
        const document = await contactsOnly(harness, 'private');
        const pairing = document.pairings[0]!;
        pairing.confidentialFields = { salesforce: ['Birthdate'], trustworthy: ['notes'] };
        const birthdate = pairing.fields.findIndex((field) => field.salesforce === 'Birthdate');
        const notes = pairing.fields.findIndex((field) => field.trustworthy === 'notes');

        const refused = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(refused).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid' } }
        });
        expect(detailPaths(refused.body)).toEqual([
            `pairings[0].fields[${birthdate}].salesforce`,
            `pairings[0].fields[${notes}].trustworthy`
        ]);
        expect(JSON.stringify(refused.body)).toContain('Contact.Birthdate is confidential');
        expect(await versionCount(harness, 'private')).toBe(0);

        pairing.fields = pairing.fields.filter(
            (field) => field.salesforce !== 'Birthdate' && field.trustworthy !== 'notes'
        );
        const stored = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(stored).toMatchObject({ status: 201, body: { version: 1, warnings: [] } });
        const read = await harness.api('get', '/api/v1/mappings/private');
        expect(read).toMatchObject({
            body: {
                mapping: {
                    pairings: [
                        {
                            confidentialFields: {
                                salesforce: ['Birthdate'],
                                trustworthy: ['notes']
                            }
                        }
                    ]
                }
            }
        });
    });

    it('when a confidential entry names a field that is not there, then the save warns but goes through', async () => {
        const document = await contactsOnly(harness, 'private-typo');
        document.pairings[0]!.confidentialFields = { salesforce: ['Birthdat'], trustworthy: [] };
        const stored = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(stored).toMatchObject({
            status: 201,
            body: { warnings: [{ path: 'pairings[0].confidentialFields.salesforce[0]' }] }
        });
    });
});
