import { demoMappingJson } from '../test-support/demo-mapping';
import { redactConfidential, withoutConfidential } from './confidential-fields';
import type { MappingFile } from './mapping-schema';
import { parseMappingFile } from './parse-mapping-file';

function withConfidential(salesforce: string[], trustworthy: string[]): MappingFile {
    const mapping = demoMappingJson();
    mapping.pairings[0]!.confidentialFields = { salesforce, trustworthy };
    return mapping;
}

describe('confidential fields', () => {
    it('when a pairing lists confidential fields, then column lists and values lose them (Salesforce names without case)', () => {
        const pairing = withConfidential(['tax_id__c'], ['ssn']).pairings[0]!;

        expect(withoutConfidential(pairing, 'salesforce', ['Id', 'Name', 'Tax_Id__c'])).toEqual([
            'Id',
            'Name'
        ]);
        expect(
            redactConfidential(pairing, 'trustworthy', {
                id: 'h1',
                name: 'Smith',
                ssn: '123-45-6789'
            })
        ).toEqual({ id: 'h1', name: 'Smith' });
        expect(
            redactConfidential(pairing, 'trustworthy', { SSN: 'kept: Trustworthy names are exact' })
        ).toEqual({ SSN: 'kept: Trustworthy names are exact' });
    });

    it('when a pairing has no confidential fields, then nothing is removed and older files stay valid', () => {
        const pairing = demoMappingJson().pairings[0]!;
        expect(withoutConfidential(pairing, 'salesforce', ['Id', 'Name'])).toEqual(['Id', 'Name']);
        expect(parseMappingFile(demoMappingJson())).toMatchObject({ ok: true });
    });

    it('when a confidential field is mapped, directly or as an address part, then the file is refused at that field', () => {
        const mapping = withConfidential(['Phone', 'BillingCity'], ['name']);
        const fields = mapping.pairings[0]!.fields;
        const result = parseMappingFile(mapping);

        expect(result.ok).toBe(false);
        const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
        expect(paths).toEqual(
            expect.arrayContaining([
                `pairings[0].fields[${fields.findIndex((field) => field.salesforce === 'Phone')}].salesforce`,
                `pairings[0].fields[${fields.findIndex((field) => field.salesforce === 'BillingAddress')}].salesforce`,
                `pairings[0].fields[${fields.findIndex((field) => field.trustworthy === 'name')}].trustworthy`
            ])
        );
    });

    it('when a field the sync needs is declared confidential, then the file is refused at that entry', () => {
        const mapping = withConfidential([], ['external_ref']);
        mapping.pairings[0]!.confidentialFields!.salesforce = ['SystemModstamp'];
        const result = parseMappingFile(mapping);
        expect(result.ok ? [] : result.issues).toEqual([
            {
                path: 'pairings[0].confidentialFields.salesforce[0]',
                message:
                    'SystemModstamp cannot be confidential: the sync needs it to find and order records'
            },
            {
                path: 'pairings[0].confidentialFields.trustworthy[0]',
                message:
                    'external_ref cannot be confidential: the sync needs it to find and order records'
            }
        ]);
    });
});
