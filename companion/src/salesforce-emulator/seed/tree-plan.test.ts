import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { applyTreePlan, loadTreeFile, loadTreePlan } from './tree-plan';
import type { TreeInsertStep } from './tree-plan';
import {
    memoryOrg,
    recordedCanonicalFieldName,
    SAMPLE_DATA_FOLDER
} from './test-support/recorded-describes';

const canonical = recordedCanonicalFieldName();

function counts(steps: TreeInsertStep[]): Array<[string, number]> {
    return steps.map((step) => [step.sobject, step.records.length]);
}

describe('loading the recorded sample plans', () => {
    it('when loading apex-recipes, then Accounts, Contacts and Opportunities come in plan order', () => {
        const steps = loadTreePlan(path.join(SAMPLE_DATA_FOLDER, 'apex-recipes', 'data-plan.json'));

        expect(counts(steps)).toEqual([
            ['Account', 50],
            ['Contact', 150],
            ['Opportunity', 50]
        ]);
        const firstContact = steps[1]?.records[0];
        expect(firstContact?.referenceId).toBe('ContactRef1');
        expect(firstContact?.fields.lastName).toBe('Sinisbury');
        expect(firstContact?.references).toEqual({ accountId: 'AccountRef10' });
        expect(firstContact?.fields).not.toHaveProperty('accountId');
        expect(steps[1]?.file).toBe(path.join(SAMPLE_DATA_FOLDER, 'apex-recipes', 'Contacts.json'));
    });

    it('when loading lwc-recipes, then its 10 Accounts, 6 Contacts and 20 Opportunities load', () => {
        const steps = loadTreePlan(path.join(SAMPLE_DATA_FOLDER, 'lwc-recipes', 'data-plan.json'));

        expect(counts(steps)).toEqual([
            ['Account', 10],
            ['Contact', 6],
            ['Opportunity', 20]
        ]);
    });

    it('when loading coral-cloud contact files without a plan, then each is one Contact step', () => {
        const small = loadTreeFile(
            path.join(SAMPLE_DATA_FOLDER, 'coral-cloud', 'data-Contact.json')
        );
        const large = loadTreeFile(
            path.join(SAMPLE_DATA_FOLDER, 'coral-cloud', 'data-Contact-large.json')
        );

        expect(counts(small)).toEqual([['Contact', 156]]);
        expect(counts(large)).toEqual([['Contact', 992]]);
        expect(small[0]?.records[0]?.fields.Email).toBe('fraydadowsing@example.com');
    });
});

describe('applying plans', () => {
    it('when applying apex-recipes, then every reference becomes the Id of the record it names', async () => {
        const org = memoryOrg();
        const steps = loadTreePlan(path.join(SAMPLE_DATA_FOLDER, 'apex-recipes', 'data-plan.json'));

        const result = await applyTreePlan(steps, org.insert, canonical);

        expect([...result.insertedBySobject]).toEqual([
            ['Account', 50],
            ['Contact', 150],
            ['Opportunity', 50]
        ]);
        expect(org.calls).toEqual(['Account:50', 'Contact:150', 'Opportunity:50']);
        const contactId = result.idsByReference.get('ContactRef1') ?? '';
        const contact = org.rows.get(contactId);
        expect(contact).toMatchObject({ LastName: 'Sinisbury', FirstName: 'Lianna' });
        expect(contact?.AccountId).toBe(result.idsByReference.get('AccountRef10'));
        expect(contact).not.toHaveProperty('lastName');
        expect(result.skippedFields).toEqual([]);
    });

    it('when a file holds fields the org lacks and skipping is asked for, then they are listed', async () => {
        const org = memoryOrg();
        const steps = loadTreePlan(path.join(SAMPLE_DATA_FOLDER, 'lwc-recipes', 'data-plan.json'));

        const result = await applyTreePlan(steps, org.insert, canonical, { unknownFields: 'skip' });

        expect(result.skippedFields).toHaveLength(6);
        expect(result.skippedFields[0]).toMatchObject({
            sobject: 'Contact',
            field: 'Picture__c',
            referenceId: 'ContactRef1'
        });
        expect(result.insertedBySobject.get('Contact')).toBe(6);
    });

    it('when an org defines the custom fields, then coral-cloud contacts insert with them', async () => {
        const org = memoryOrg();
        const custom = [
            'External_Id__c',
            'Guest_Type__c',
            'Interest1__c',
            'Interest2__c',
            'Interest3__c'
        ];
        const more = ['Preferred_Name__c', 'Photo_URL__c', 'Next_Check_in_Date__c'];
        const withCustom = recordedCanonicalFieldName({ Contact: [...custom, ...more] });
        const steps = loadTreeFile(
            path.join(SAMPLE_DATA_FOLDER, 'coral-cloud', 'data-Contact.json')
        );

        const result = await applyTreePlan(steps, org.insert, withCustom);

        expect(result.insertedBySobject.get('Contact')).toBe(156);
        expect(org.rows.get(result.idsByReference.get('ContactRef1') ?? '')).toMatchObject({
            Guest_Type__c: 'Romance Retreaters'
        });
    });
});

describe('reference order', () => {
    let folder: string;
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'tree-plan-order-'));
    });
    afterEach(() => {
        rmSync(folder, { recursive: true, force: true });
    });

    function write(name: string, content: unknown): string {
        const file = path.join(folder, name);
        writeFileSync(file, JSON.stringify(content));
        return file;
    }

    it('when records are nested under a parent, then they insert after it linked by <Parent>Id', async () => {
        const file = write('Accounts-Contacts.json', {
            records: [
                {
                    attributes: { type: 'Account', referenceId: 'AccountRef1' },
                    Name: 'Mensah Household',
                    Contacts: {
                        records: [
                            {
                                attributes: { type: 'Contact', referenceId: 'ContactRef1' },
                                LastName: 'Mensah'
                            },
                            {
                                attributes: { type: 'Contact', referenceId: 'ContactRef2' },
                                LastName: 'Boateng'
                            }
                        ]
                    }
                }
            ]
        });
        const org = memoryOrg();

        const steps = loadTreeFile(file);
        const result = await applyTreePlan(steps, org.insert, canonical);

        expect(counts(steps)).toEqual([
            ['Account', 1],
            ['Contact', 2]
        ]);
        expect(steps[1]?.records[0]?.parent).toEqual({
            sobject: 'Account',
            referenceId: 'AccountRef1',
            relationshipName: 'Contacts'
        });
        const accountId = result.idsByReference.get('AccountRef1');
        expect(org.rows.get(result.idsByReference.get('ContactRef2') ?? '')?.AccountId).toBe(
            accountId
        );
    });

    it('when a record refers to a later record of its own file, then the later one goes first', async () => {
        const accounts = write('Accounts.json', {
            records: [
                {
                    attributes: { type: 'Account', referenceId: 'AccountRef1' },
                    Name: 'Branch',
                    ParentId: '@AccountRef2'
                },
                { attributes: { type: 'Account', referenceId: 'AccountRef2' }, Name: 'Head office' }
            ]
        });
        write('plan.json', [{ sobject: 'Account', files: [path.basename(accounts)] }]);
        const org = memoryOrg();

        const result = await applyTreePlan(
            loadTreePlan(path.join(folder, 'plan.json')),
            org.insert,
            canonical
        );

        expect(org.calls).toEqual(['Account:1', 'Account:1']);
        const branch = org.rows.get(result.idsByReference.get('AccountRef1') ?? '');
        expect(branch?.ParentId).toBe(result.idsByReference.get('AccountRef2'));
    });

    it('when a file refers to a record of a later file, then it waits until that file is in', async () => {
        write('Contacts.json', {
            records: [
                {
                    attributes: { type: 'Contact', referenceId: 'ContactRef1' },
                    LastName: 'Sato',
                    AccountId: '@AccountRef1'
                }
            ]
        });
        write('Accounts.json', {
            records: [
                {
                    attributes: { type: 'Account', referenceId: 'AccountRef1' },
                    Name: 'Sato Household'
                }
            ]
        });
        write('plan.json', [
            { sobject: 'Contact', files: ['Contacts.json'] },
            { sobject: 'Account', files: ['./Accounts.json'] }
        ]);
        const org = memoryOrg();

        const result = await applyTreePlan(
            loadTreePlan(path.join(folder, 'plan.json')),
            org.insert,
            canonical
        );

        expect(org.calls).toEqual(['Account:1', 'Contact:1']);
        expect(org.rows.get(result.idsByReference.get('ContactRef1') ?? '')?.AccountId).toBe(
            result.idsByReference.get('AccountRef1')
        );
    });

    it('when a value merely starts with @ and names no record, then it stays literal text', async () => {
        const file = write('Contacts.json', {
            records: [
                {
                    attributes: { type: 'Contact', referenceId: 'ContactRef1' },
                    LastName: 'Ng',
                    Description: '@jdoe'
                }
            ]
        });
        const org = memoryOrg();

        const result = await applyTreePlan(loadTreeFile(file), org.insert, canonical);

        expect(org.rows.get(result.idsByReference.get('ContactRef1') ?? '')?.Description).toBe(
            '@jdoe'
        );
    });
});
