import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { applyTreePlan, loadTreePlan } from '../salesforce-emulator/seed/tree-plan';
import type { TreeInsertStep } from '../salesforce-emulator/seed/tree-plan';
import {
    memoryOrg,
    recordedCanonicalFieldName,
    recordedFields
} from '../salesforce-emulator/seed/test-support/recorded-describes';
import type { RecordedField } from '../salesforce-emulator/seed/test-support/recorded-describes';
import { defaultSalesforcePlanPath } from './sample-plan';

const COMPANION_FOLDER = path.resolve(__dirname, '..', '..');
const REPO_FOLDER = path.resolve(COMPANION_FOLDER, '..');
const EXPECTED_PLAN = path.join(COMPANION_FOLDER, 'sample-data', 'salesforce', 'plan.json');

/**
 * Fields the package adds or that neither recorded Contact describe lists
 * (HasOptedOutOfEmail is standard but hidden in both recorded orgs); their
 * facts come from the project's field definitions instead.
 */
const PACKAGE_CONTACT_FIELDS: Record<string, (value: unknown) => boolean> = {
    HasOptedOutOfEmail: (value) => typeof value === 'boolean',
    Trustworthy_Relationship__c: (value) =>
        ['Head of household', 'Spouse/Partner', 'Child', 'Parent', 'Dependent', 'Other'].includes(
            String(value)
        ),
    Trustworthy_Interests__c: (value) => {
        const allowed = [
            'Insurance',
            'Property',
            'Investments',
            'Estate planning',
            'Education',
            'Health'
        ];
        const chosen = String(value).split(';');
        return (
            chosen.every((item) => allowed.includes(item)) && new Set(chosen).size === chosen.length
        );
    }
};

function isValidDate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function decimalFits(value: unknown, field: RecordedField): boolean {
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    const [whole = '', fraction = ''] = String(Math.abs(value)).split('.');
    return fraction.length <= field.scale && whole.length <= field.precision - field.scale;
}

/** Checks one value against a recorded describe field; returns the problem or undefined. */
function problemWith(field: RecordedField, value: unknown): string | undefined {
    if (!field.createable) return 'not createable';
    const textLike = ['string', 'textarea', 'email', 'phone', 'url', 'picklist'];
    if (textLike.includes(field.type)) {
        if (typeof value !== 'string') return 'not text';
        if (value.length > field.length) return `longer than ${field.length}`;
    }
    if (field.type === 'picklist') {
        const values = field.picklistValues
            .filter((entry) => entry.active)
            .map((entry) => entry.value);
        if (!values.includes(value as string)) return 'not a picklist value';
    }
    if (field.type === 'currency' && !decimalFits(value, field))
        return `outside precision ${field.precision}, scale ${field.scale}`;
    if (field.type === 'date' && !isValidDate(value)) return 'not a date';
    if (field.type === 'boolean' && typeof value !== 'boolean') return 'not a boolean';
    return undefined;
}

function problemsIn(steps: TreeInsertStep[]): string[] {
    const problems: string[] = [];
    for (const step of steps) {
        const fields = recordedFields(step.sobject);
        for (const record of step.records) {
            for (const [name, value] of Object.entries(record.fields)) {
                const field = fields.find((candidate) => candidate.name === name);
                const extra = step.sobject === 'Contact' ? PACKAGE_CONTACT_FIELDS[name] : undefined;
                const problem =
                    field !== undefined
                        ? problemWith(field, value)
                        : extra?.(value)
                          ? undefined
                          : 'unknown';
                if (problem !== undefined)
                    problems.push(`${record.referenceId}.${name}: ${problem}`);
            }
        }
    }
    return problems;
}

const steps = loadTreePlan(defaultSalesforcePlanPath());
const [accounts, contacts, opportunities] = steps;

describe('the sample plan location', () => {
    it('when run from src or from dist, then the committed plan is found', () => {
        expect(defaultSalesforcePlanPath()).toBe(EXPECTED_PLAN);
        expect(defaultSalesforcePlanPath(path.join(COMPANION_FOLDER, 'dist', 'demo'))).toBe(
            EXPECTED_PLAN
        );
    });

    it('when no folder above holds sample data, then the error says what is missing', () => {
        expect(() => defaultSalesforcePlanPath(path.parse(REPO_FOLDER).root)).toThrow(
            /^no sample-data\/salesforce\/plan\.json found in \//
        );
    });

    it('when the generator runs in check mode, then the committed files are what it produces', () => {
        const script = path.join(REPO_FOLDER, 'scripts', 'generate-sample-data.mjs');

        expect(() =>
            execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })
        ).not.toThrow();
    });
});

describe('the committed sample plan', () => {
    it('when loaded, then it holds 40 Accounts, 120 Contacts and 40 Opportunities', () => {
        expect(steps.map((step) => [step.sobject, step.records.length])).toEqual([
            ['Account', 40],
            ['Contact', 120],
            ['Opportunity', 40]
        ]);
    });

    it('when applied against the recorded field names, then everything inserts with no field skipped', async () => {
        const org = memoryOrg();
        const canonical = recordedCanonicalFieldName({
            Contact: Object.keys(PACKAGE_CONTACT_FIELDS)
        });

        const result = await applyTreePlan(steps, org.insert, canonical);

        expect(result.skippedFields).toEqual([]);
        expect(result.idsByReference.size).toBe(200);
        const contactsWithAccount = [...org.rows.values()].filter(
            (row) => typeof row.AccountId === 'string'
        );
        expect(contactsWithAccount).toHaveLength(160);
    });

    it('when every value is checked against the recorded describes, then none breaks a limit', () => {
        expect(problemsIn(steps)).toEqual([]);
    });

    it('when a value breaks a recorded limit, then the check reports it', () => {
        const broken: TreeInsertStep[] = [
            {
                sobject: 'Contact',
                file: 'broken.json',
                records: [
                    {
                        referenceId: 'ContactRef1',
                        fields: {
                            LastName: 'x'.repeat(81),
                            Birthdate: '2001-02-29',
                            LeadSource: 'Billboard',
                            Shoe__c: 1
                        },
                        references: {}
                    }
                ]
            },
            {
                sobject: 'Opportunity',
                file: 'broken.json',
                records: [
                    { referenceId: 'OpportunityRef1', fields: { Amount: 10.125 }, references: {} }
                ]
            }
        ];

        expect(problemsIn(broken)).toEqual([
            'ContactRef1.LastName: longer than 80',
            'ContactRef1.Birthdate: not a date',
            'ContactRef1.LeadSource: not a picklist value',
            'ContactRef1.Shoe__c: unknown',
            'OpportunityRef1.Amount: outside precision 18, scale 2'
        ]);
    });

    it('when reading contacts, then emails are on reserved domains, unique, and phones fictional', () => {
        const emails = (contacts?.records ?? [])
            .map((record) => record.fields.Email)
            .filter((email) => email !== undefined);
        const phones = (contacts?.records ?? []).flatMap((record) => [
            record.fields.Phone,
            record.fields.MobilePhone
        ]);

        expect(emails.length).toBeGreaterThan(100);
        expect(new Set(emails).size).toBe(emails.length);
        for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@example\.(com|org|net)$/);
        for (const phone of phones.filter((value) => value !== undefined)) {
            expect(phone).toMatch(/^\(\d{3}\) 555-01\d{2}$/);
        }
    });

    it('when reading the records, then names are diverse and every household is linked', () => {
        const lastNames = new Set(
            (contacts?.records ?? []).map((record) => String(record.fields.LastName))
        );
        const accented = [...lastNames].filter((name) => /[^\x20-\x7e]/.test(name));
        const accountIds = new Set((accounts?.records ?? []).map((record) => record.referenceId));

        expect(lastNames.size).toBeGreaterThan(35);
        expect(accented.length).toBeGreaterThan(5);
        expect(lastNames).toContain("O'Connor");
        for (const record of [...(contacts?.records ?? []), ...(opportunities?.records ?? [])]) {
            expect(accountIds.has(record.references.AccountId ?? '')).toBe(true);
        }
    });

    it('when reading amounts and stages, then every stage is used and revenue is whole dollars', () => {
        const stages = new Set(
            (opportunities?.records ?? []).map((record) => record.fields.StageName)
        );
        const revenues = (accounts?.records ?? []).map((record) => record.fields.AnnualRevenue);

        expect(stages.size).toBe(10);
        for (const revenue of revenues) expect(Number.isInteger(revenue)).toBe(true);
        for (const record of accounts?.records ?? [])
            expect(record.fields).not.toHaveProperty('NumberOfEmployees');
    });
});
