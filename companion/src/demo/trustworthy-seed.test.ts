import path from 'node:path';

import { loadTreeFile, loadTreePlan } from '../salesforce-emulator/seed/tree-plan';
import type { TreeInsertStep } from '../salesforce-emulator/seed/tree-plan';
import { SAMPLE_DATA_FOLDER } from '../salesforce-emulator/seed/test-support/recorded-describes';
import type { SeedRecord, TrustworthySeed } from '../trustworthy-emulator/seed-types';
import { defaultSalesforcePlanPath } from './sample-plan';
import { validateSeed } from './test-support/trustworthy-validator';
import { buildTrustworthySeed } from './trustworthy-seed';
import type { SalesforceContactSummary } from './trustworthy-seed';

/** Contacts as a query with Account.Name would return them, read from a loaded plan. */
function contactSummaries(steps: TreeInsertStep[]): SalesforceContactSummary[] {
    const accountNames = new Map<string, string>();
    for (const step of steps.filter((candidate) => candidate.sobject === 'Account')) {
        for (const record of step.records) {
            const name = Object.entries(record.fields).find(
                ([field]) => field.toLowerCase() === 'name'
            )?.[1];
            accountNames.set(record.referenceId, String(name));
        }
    }

    const text = (fields: Record<string, unknown>, name: string): string | null => {
        const value = Object.entries(fields).find(
            ([field]) => field.toLowerCase() === name.toLowerCase()
        )?.[1];
        return typeof value === 'string' ? value : null;
    };
    return steps
        .filter((step) => step.sobject === 'Contact')
        .flatMap((step) => step.records)
        .map((record) => {
            const accountRef = Object.entries(record.references).find(
                ([field]) => field.toLowerCase() === 'accountid'
            )?.[1];
            return {
                Email: text(record.fields, 'Email'),
                FirstName: text(record.fields, 'FirstName'),
                LastName: text(record.fields, 'LastName') ?? '',
                AccountName:
                    accountRef === undefined ? null : (accountNames.get(accountRef) ?? null)
            };
        });
}

const sampleContacts = contactSummaries(loadTreePlan(defaultSalesforcePlanPath()));
const seed = buildTrustworthySeed(sampleContacts);
const members = seed.members;

function matchedMembers(
    built: TrustworthySeed,
    contacts: SalesforceContactSummary[]
): SeedRecord[] {
    const emails = new Set(
        contacts.flatMap((contact) => (contact.Email ? [contact.Email.toLowerCase()] : []))
    );
    return built.members.filter((member) => emails.has(String(member.fields.email).toLowerCase()));
}

function contactWithEmail(email: string): SalesforceContactSummary | undefined {
    return sampleContacts.find(
        (candidate) => candidate.Email?.toLowerCase() === email.toLowerCase()
    );
}

function memberNamed(firstName: string): SeedRecord {
    const member = members.find((candidate) => candidate.fields.first_name === firstName);
    if (member === undefined) throw new Error(`no member named ${firstName}`);
    return member;
}

const allNotes = [...seed.households, ...members]
    .map((record) => record.fields.notes)
    .filter((notes) => typeof notes === 'string');

describe('building the Trustworthy seed', () => {
    it('when built twice from the same contacts, then the output is identical', () => {
        expect(JSON.stringify(buildTrustworthySeed(sampleContacts))).toBe(JSON.stringify(seed));
    });

    it('when the contacts arrive in another order, then the output is still identical', () => {
        expect(buildTrustworthySeed([...sampleContacts].reverse())).toEqual(seed);
    });

    it('when built from the sample org, then it holds about 25 households, 75 members, 30 items, 20 reminders', () => {
        expect(seed.households.length).toBeGreaterThanOrEqual(22);
        expect(seed.households.length).toBeLessThanOrEqual(28);
        expect(members.length).toBeGreaterThanOrEqual(68);
        expect(members.length).toBeLessThanOrEqual(82);
        expect(seed.items).toHaveLength(30);
        expect(seed.reminders).toHaveLength(20);
    });

    it('when checked against the model, then every value is valid', () => {
        const rounding = seed.households.find(
            (household) => household.fields.annual_income === '1234567.50'
        );

        expect(rounding).toBeDefined();
        expect(validateSeed(seed)).toEqual([]);
    });

    it('when the validator meets bad values, then it reports each one', () => {
        const broken: TrustworthySeed = {
            households: [
                { id: 'hh_short', fields: { name: '', size: 1000, household_type: 'commune' } }
            ],
            members: [
                {
                    id: seed.members[0]?.id ?? '',
                    fields: { last_name: 'x'.repeat(101), interests: ['golf'], id: 'mb_x' }
                }
            ],
            items: [],
            reminders: []
        };

        expect(validateSeed(broken)).toEqual([
            'household hh_short: id is not prefix + 26 Crockford base-32 characters',
            'household hh_short: name is required',
            'household hh_short: size is not an integer in range',
            'household hh_short: household_type has the unknown value commune',
            `member ${broken.members[0]?.id}: last_name is longer than 100`,
            `member ${broken.members[0]?.id}: interests holds an unknown value`,
            `member ${broken.members[0]?.id}: id is read-only`
        ]);
    });

    it('when reading references, then reminders and items stay inside their household', () => {
        const householdOf = new Map(
            members.map((member) => [member.id, member.fields.household_id])
        );
        const items = new Map(seed.items.map((item) => [item.id, item]));

        for (const item of seed.items) {
            if (item.fields.owner_member_id !== undefined) {
                expect(householdOf.get(String(item.fields.owner_member_id))).toBe(
                    item.fields.household_id
                );
            }
        }
        for (const reminder of seed.reminders) {
            expect(items.get(String(reminder.fields.item_id))?.fields.household_id).toBe(
                reminder.fields.household_id
            );
        }
        expect(new Set(seed.items.map((item) => item.fields.category)).size).toBe(6);
    });
});

describe('members matching Salesforce contacts', () => {
    it('when built from the sample org, then 20 members match contacts by email with differing details', () => {
        const matched = matchedMembers(seed, sampleContacts);

        expect(matched).toHaveLength(20);
        for (const member of matched) {
            const contact = contactWithEmail(String(member.fields.email));
            expect(member.fields.last_name).toBe(contact?.LastName);
            expect(member.fields.phone).toMatch(/555-01\d\d$/);
            expect(typeof member.fields.notes).toBe('string');
        }
    });

    it('when matched members share a Salesforce account, then they share a household named after it', () => {
        const matched = matchedMembers(seed, sampleContacts);
        const households = new Map(
            seed.households.map((household) => [household.id, String(household.fields.name)])
        );

        for (const member of matched) {
            const contact = contactWithEmail(String(member.fields.email));
            expect(households.get(String(member.fields.household_id))).toBe(contact?.AccountName);
        }
        expect(new Set(matched.map((member) => member.fields.household_id)).size).toBeLessThan(12);
    });

    it('when one matched email has an upper-case domain, then it still names a contact', () => {
        const shouted = matchedMembers(seed, sampleContacts).filter((member) =>
            /@[A-Z.]+$/.test(String(member.fields.email))
        );

        expect(shouted).toHaveLength(1);
    });

    it('when the org was seeded from apex-recipes, then 20 of its contacts match', () => {
        const apexContacts = contactSummaries(
            loadTreePlan(path.join(SAMPLE_DATA_FOLDER, 'apex-recipes', 'data-plan.json'))
        );
        const built = buildTrustworthySeed(apexContacts);

        expect(matchedMembers(built, apexContacts)).toHaveLength(20);
        expect(validateSeed(built)).toEqual([]);
    });

    it('when contacts have no accounts (coral-cloud), then 20 still match, grouped by surname', () => {
        const coral = contactSummaries(
            loadTreeFile(path.join(SAMPLE_DATA_FOLDER, 'coral-cloud', 'data-Contact.json'))
        );
        const built = buildTrustworthySeed(coral);

        expect(matchedMembers(built, coral)).toHaveLength(20);
        expect(
            built.households.some((household) => String(household.fields.name).endsWith(' family'))
        ).toBe(true);
    });

    it('when there are no contacts at all, then the seed is still complete and valid', () => {
        const built = buildTrustworthySeed([]);

        expect(built.households.length).toBeGreaterThan(15);
        expect(built.reminders).toHaveLength(20);
        expect(validateSeed(built)).toEqual([]);
    });
});

describe('deliberate edge cases', () => {
    it('when looking for accents, CJK and quotes, then each name is there', () => {
        expect(memberNamed('Zoë').fields.last_name).toBe('Müller-Łukasiewicz');
        expect(memberNamed('François').fields.last_name).toBe('Müller-Łukasiewicz');
        expect(memberNamed('太郎').fields.last_name).toBe('山田');
        expect(memberNamed('Robert "Bud"').fields.last_name).toBe("O'Brien");
    });

    it('when looking at notes, then emoji, line breaks and the 32,000 and 40,000 lengths are there', () => {
        expect(allNotes.some((notes) => /\p{Extended_Pictographic}/u.test(String(notes)))).toBe(
            true
        );
        expect(allNotes.some((notes) => String(notes).includes('\r\n'))).toBe(true);
        expect(members.some((member) => String(member.fields.notes).includes('\n'))).toBe(true);
        expect(allNotes.map((notes) => String(notes).length)).toEqual(
            expect.arrayContaining([32000, 40000])
        );
        const streets = [...seed.households, ...members].map(
            (record) => (record.fields.address as { street?: unknown } | undefined)?.street
        );
        expect(streets.some((street) => typeof street === 'string' && street.includes('\n'))).toBe(
            true
        );
    });

    it('when looking at emails and phones, then an upper-case domain and three phone formats are there', () => {
        const emails = members
            .map((member) => member.fields.email)
            .filter((email) => typeof email === 'string');
        const phones = [...seed.households, ...members].map((record) => record.fields.phone);

        expect(emails).toContain('dana.quist@EXAMPLE.ORG');
        expect(phones).toEqual(
            expect.arrayContaining([
                '+44 20 7946 0958',
                '(415) 555-0132',
                '0049 30 1234567 ext. 12'
            ])
        );
    });

    it('when looking for emptiness, then "" values, absent keys and explicit nulls all occur', () => {
        const bare = members.find(
            (member) => Object.keys(member.fields).sort().join() === 'household_id,last_name'
        );
        const blank = members.find((member) => member.fields.first_name === '');

        expect(bare).toBeDefined();
        expect(blank?.fields).toMatchObject({
            email: null,
            birth_date: null,
            title: '',
            mobile_phone: '',
            interests: []
        });
        expect(seed.households.some((household) => household.fields.household_type === null)).toBe(
            true
        );
    });

    it('when looking at dates, numbers and multi-selects, then the boundary values are there', () => {
        const birthDates = members.map((member) => member.fields.birth_date);
        const interests = members.map((member) => member.fields.interests).filter(Array.isArray);

        expect(birthDates).toEqual(expect.arrayContaining(['1990-01-01', '2000-02-29']));
        expect(seed.households.map((household) => household.fields.annual_income)).toContain(
            '1234567.50'
        );
        expect(interests.some((values) => values.length >= 2)).toBe(true);
    });
});
