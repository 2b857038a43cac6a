import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { applyTreePlan, loadTreeFile, loadTreePlan, TreePlanError } from './tree-plan';
import type { InsertRecords } from './tree-plan';
import { memoryOrg, recordedCanonicalFieldName } from './test-support/recorded-describes';

const canonical = recordedCanonicalFieldName();

let folder: string;
let planFolder: string;
beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'tree-plan-errors-'));
    planFolder = path.join(folder, 'plan');
    mkdirSync(planFolder);
});
afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
});

function writeRaw(name: string, text: string): string {
    const file = path.join(planFolder, name);
    writeFileSync(file, text);
    return file;
}

function write(name: string, content: unknown): string {
    return writeRaw(name, JSON.stringify(content));
}

function account(
    referenceId: string,
    fields: Record<string, unknown> = {}
): Record<string, unknown> {
    return {
        attributes: { type: 'Account', referenceId },
        Name: `Account ${referenceId}`,
        ...fields
    };
}

function planOf(sobject: string, records: unknown[]): string {
    write('Data.json', { records });
    return write('plan.json', [
        { sobject, saveRefs: true, resolveRefs: true, files: ['Data.json'] }
    ]);
}

function loadError(load: () => unknown): TreePlanError {
    try {
        load();
    } catch (error) {
        if (error instanceof TreePlanError) return error;
        throw error;
    }
    throw new Error('expected a TreePlanError');
}

async function applyError(run: () => Promise<unknown>): Promise<TreePlanError> {
    const error: unknown = await run().then(
        () => new Error('expected a TreePlanError'),
        (thrown: unknown) => thrown
    );
    if (error instanceof TreePlanError) return error;
    throw error;
}

describe('plan file problems', () => {
    it('when the plan file does not exist, then the error names it', () => {
        const missing = path.join(planFolder, 'nope.json');

        const error = loadError(() => loadTreePlan(missing));

        expect(error.file).toBe(missing);
        expect(error.message).toBe(`${missing}: file not found`);
    });

    it('when the plan is not JSON, then the parser reason is given', () => {
        const plan = writeRaw('plan.json', '[{ "sobject": "Account", ');

        const error = loadError(() => loadTreePlan(plan));

        expect(error.message).toMatch(new RegExp(`^${plan}: not valid JSON \\(.+\\)$`));
    });

    it('when the plan is empty, then it says so', () => {
        const plan = writeRaw('plan.json', '  \n');

        expect(loadError(() => loadTreePlan(plan)).problem).toBe('the file is empty');
    });

    it('when the plan is not an array, then it says what a plan must be', () => {
        const plan = write('plan.json', { sobject: 'Account', files: ['Accounts.json'] });

        expect(loadError(() => loadTreePlan(plan)).problem).toBe(
            'a plan must be a JSON array of { sobject, files } entries'
        );
    });

    it('when an entry has no sobject or no files, then the entry is named', () => {
        const noSobject = write('plan.json', [{ files: ['Data.json'] }]);
        expect(loadError(() => loadTreePlan(noSobject)).problem).toBe(
            'plan entry 0 has no "sobject" name'
        );

        const noFiles = write('plan.json', [{ sobject: 'Account', files: [] }]);
        expect(loadError(() => loadTreePlan(noFiles)).problem).toBe(
            'plan entry 0 (Account) needs "files": a non-empty array of paths'
        );

        const badFlag = write('plan.json', [
            { sobject: 'Account', files: ['Data.json'], saveRefs: 'yes' }
        ]);
        expect(loadError(() => loadTreePlan(badFlag)).problem).toBe(
            'plan entry 0 (Account) has a non-boolean "saveRefs"'
        );
    });

    it('when a listed data file is missing, then the error names that file and the plan', () => {
        const plan = write('plan.json', [{ sobject: 'Account', files: ['Accounts.json'] }]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.file).toBe(path.join(planFolder, 'Accounts.json'));
        expect(error.problem).toBe(`file not found (listed in ${plan})`);
    });
});

describe('paths outside the plan folder', () => {
    it('when a file path climbs out of the folder, then it is refused before reading', () => {
        writeFileSync(
            path.join(folder, 'Outside.json'),
            JSON.stringify({ records: [account('AccountRef1')] })
        );
        const plan = write('plan.json', [{ sobject: 'Account', files: ['../Outside.json'] }]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.file).toBe(plan);
        expect(error.problem).toMatch(
            /^data file "\.\.\/Outside\.json" lies outside the plan's folder/
        );
    });

    it('when a file path is absolute and elsewhere, then it is refused', () => {
        const outside = path.join(folder, 'Outside.json');
        writeFileSync(outside, JSON.stringify({ records: [account('AccountRef1')] }));
        const plan = write('plan.json', [{ sobject: 'Account', files: [outside] }]);

        expect(loadError(() => loadTreePlan(plan)).problem).toMatch(
            /lies outside the plan's folder/
        );
    });

    it('when a file inside the folder is a link to a file outside, then it is refused', () => {
        const outside = path.join(folder, 'Outside.json');
        writeFileSync(outside, JSON.stringify({ records: [account('AccountRef1')] }));
        symlinkSync(outside, path.join(planFolder, 'Linked.json'));
        const plan = write('plan.json', [{ sobject: 'Account', files: ['Linked.json'] }]);

        expect(loadError(() => loadTreePlan(plan)).problem).toMatch(
            /lies outside the plan's folder/
        );
    });

    it('when a file sits in a subfolder of the plan folder, then it loads', () => {
        mkdirSync(path.join(planFolder, 'data'));
        writeFileSync(
            path.join(planFolder, 'data', 'Accounts.json'),
            JSON.stringify({ records: [account('AccountRef1')] })
        );
        const plan = write('plan.json', [{ sobject: 'Account', files: ['data/Accounts.json'] }]);

        expect(loadTreePlan(plan)[0]?.records).toHaveLength(1);
    });
});

describe('data file problems', () => {
    it('when a data file is not JSON, then the data file is named', () => {
        writeRaw('Data.json', '{ "records": [ }');
        const plan = write('plan.json', [{ sobject: 'Account', files: ['Data.json'] }]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.file).toBe(path.join(planFolder, 'Data.json'));
        expect(error.problem).toMatch(/^not valid JSON/);
    });

    it('when a data file has no records array, then it says what it expected', () => {
        const file = write('Data.json', [account('AccountRef1')]);

        expect(loadError(() => loadTreeFile(file)).problem).toBe(
            'expected an object with a "records" array'
        );
    });

    it('when a record lacks attributes or a referenceId, then its position is named', () => {
        const noAttributes = write('Data.json', {
            records: [account('AccountRef1'), { Name: 'Bare' }]
        });
        expect(loadError(() => loadTreeFile(noAttributes)).problem).toBe(
            'records[1] has no "attributes" object'
        );

        const noReference = write('Data.json', {
            records: [{ attributes: { type: 'Account' }, Name: 'X' }]
        });
        expect(loadError(() => loadTreeFile(noReference)).problem).toBe(
            'records[0] has no attributes.referenceId'
        );

        const noType = write('Data.json', {
            records: [{ attributes: { referenceId: 'AccountRef1' } }]
        });
        const error = loadError(() => loadTreeFile(noType));
        expect([error.referenceId, error.problem]).toEqual([
            'AccountRef1',
            'attributes.type is missing'
        ]);
    });

    it('when a record type differs from the plan entry, then the mismatch is named', () => {
        const plan = planOf('Contact', [
            { attributes: { type: 'Account', referenceId: 'AccountRef1' }, Name: 'X' }
        ]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.message).toBe(
            `${path.join(planFolder, 'Data.json')}: record AccountRef1: ` +
                'attributes.type is "Account" but the records here load as Contact'
        );
    });

    it('when a file without a plan mixes object types, then the odd record is named', () => {
        const file = write('Data.json', {
            records: [
                account('AccountRef1'),
                { attributes: { type: 'Contact', referenceId: 'ContactRef1' }, LastName: 'X' }
            ]
        });

        const error = loadError(() => loadTreeFile(file));

        expect([error.referenceId, error.problem]).toEqual([
            'ContactRef1',
            'attributes.type is "Contact" but the records here load as Account'
        ]);
    });

    it('when a field holds an object that is not nested records, then it is refused', () => {
        const plan = planOf('Account', [
            account('AccountRef1', { RecordType: { Name: 'Household' } })
        ]);

        expect(loadError(() => loadTreePlan(plan)).problem).toBe(
            'field "RecordType" holds an object; only plain values or nested { "records": [...] } are supported'
        );
    });

    it('when a referenceId is declared twice, then both places are named', () => {
        write('More.json', { records: [account('AccountRef1')] });
        write('Data.json', { records: [account('AccountRef1')] });
        const plan = write('plan.json', [
            { sobject: 'Account', files: ['Data.json', 'More.json'] }
        ]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.file).toBe(path.join(planFolder, 'More.json'));
        expect(error.problem).toBe(
            `referenceId is declared also in ${path.join(planFolder, 'Data.json')}`
        );
    });

    it('when a reference names no record of the plan, then the reference is named', () => {
        const plan = planOf('Account', [account('AccountRef1', { ParentId: '@AccountRef99' })]);

        const error = loadError(() => loadTreePlan(plan));

        expect(error.message).toBe(
            `${path.join(planFolder, 'Data.json')}: record AccountRef1: ` +
                'field "ParentId" refers to @AccountRef99, but no record in the plan has that referenceId'
        );
    });
});

describe('problems found while applying', () => {
    it('when a field is unknown, then nothing is inserted and the field is named', async () => {
        const org = memoryOrg();
        const plan = planOf('Account', [
            account('AccountRef1'),
            account('AccountRef2', { Colour__c: 'teal' })
        ]);

        const error = await applyError(() =>
            applyTreePlan(loadTreePlan(plan), org.insert, canonical)
        );

        expect([error.referenceId, error.problem]).toEqual([
            'AccountRef2',
            'unknown field "Colour__c" on Account'
        ]);
        expect(org.calls).toEqual([]);
    });

    it('when two spellings set the same field, then both are named', async () => {
        const plan = planOf('Account', [account('AccountRef1', { name: 'Lower' })]);

        const error = await applyError(() =>
            applyTreePlan(loadTreePlan(plan), memoryOrg().insert, canonical)
        );

        expect(error.problem).toBe('"Name" and "name" both set Account.Name');
    });

    it('when references go round in a circle, then the stuck record and its references are named', async () => {
        const plan = planOf('Account', [
            account('AccountRef1', { ParentId: '@AccountRef2' }),
            account('AccountRef2', { ParentId: '@AccountRef1' })
        ]);

        const error = await applyError(() =>
            applyTreePlan(loadTreePlan(plan), memoryOrg().insert, canonical)
        );

        expect([error.referenceId, error.problem]).toEqual([
            'AccountRef1',
            'references @AccountRef2 never resolved: they are circular or name no record of the plan'
        ]);
    });

    it('when a nested record has no field to link it to its parent, then it is refused', async () => {
        const file = write('Data.json', {
            records: [
                account('AccountRef1', {
                    Widgets: {
                        records: [
                            {
                                attributes: { type: 'Opportunity', referenceId: 'OppRef1' },
                                Name: 'W'
                            }
                        ]
                    }
                })
            ]
        });
        const noLink = () => undefined;

        const error = await applyError(() =>
            applyTreePlan(loadTreeFile(file), memoryOrg().insert, canonical, {
                parentLinkField: noLink
            })
        );

        expect([error.referenceId, error.problem]).toEqual([
            'OppRef1',
            'cannot tell which Opportunity field links it to its parent Account (nested under "Widgets")'
        ]);
    });

    it('when the insert fails or returns the wrong number of Ids, then the file is named', async () => {
        const plan = planOf('Account', [account('AccountRef1'), account('AccountRef2')]);
        const failing: InsertRecords = () => {
            throw new Error('STORAGE_LIMIT_EXCEEDED');
        };
        const short: InsertRecords = async () => ['001000000000001AAA'];

        const failed = await applyError(() =>
            applyTreePlan(loadTreePlan(plan), failing, canonical)
        );
        const shorted = await applyError(() => applyTreePlan(loadTreePlan(plan), short, canonical));

        expect(failed.problem).toBe(
            'inserting Account (2 records from AccountRef1) failed: STORAGE_LIMIT_EXCEEDED'
        );
        expect(shorted.problem).toBe('inserting 2 Account records returned 1 Ids');
        expect(shorted.file).toBe(path.join(planFolder, 'Data.json'));
    });
});
