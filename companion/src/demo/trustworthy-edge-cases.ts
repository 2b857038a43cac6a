/**
 * Households built to trip a sync up, each awkward value labelled with the
 * case it exercises. They are fixed by hand rather than generated, so a test
 * can point at each one and a reader can see exactly what is being tested.
 */
import type { SeedContext, SeededHousehold } from './trustworthy-seed-context';
import { freshEmail, memberRecord } from './trustworthy-seed-context';

/** Salesforce's Description fields hold at most this many characters. */
const SALESFORCE_LONG_TEXT_LIMIT = 32000;

const REVIEW_PARAGRAPH =
    'Annual review: policies checked against the household inventory, beneficiaries confirmed, ' +
    'renewal dates copied to the calendar, and the paper originals returned to the safe. ';

/** ASCII only, so the length in characters equals Salesforce's UTF-16 count. */
export function reviewNotesOfLength(length: number): string {
    return REVIEW_PARAGRAPH.repeat(Math.ceil(length / REVIEW_PARAGRAPH.length)).slice(0, length);
}

export function buildEdgeCaseHouseholds(context: SeedContext): SeededHousehold[] {
    return [
        accentsAndPhones(context),
        cjkAndEmoji(context),
        quotesAndLineBreaks(context),
        emptiness(context),
        longNotes(context)
    ];
}

function accentsAndPhones(context: SeedContext): SeededHousehold {
    const householdId = context.mintId('hh_');
    const household = {
        id: householdId,
        fields: {
            // Edge case, accents: non-ASCII letters from three alphabets in one name.
            name: 'Müller-Łukasiewicz household',
            household_type: 'couple',
            // Edge case, phone format: international prefix written as 00 with an extension.
            phone: '0049 30 1234567 ext. 12',
            email: freshEmail(context, 'mueller-lukasiewicz', 'example.net'),
            // Edge case, rounding: cents here, whole units in Salesforce's AnnualRevenue (scale 0),
            // so 1234567.50 becomes 1234568 on the way there.
            annual_income: '1234567.50',
            size: 2,
            notes: 'Split between Berlin and London for work.',
            address: {
                street: 'Oranienstraße 12',
                city: 'Berlin',
                region: 'Berlin',
                postal_code: '10999',
                country: 'Germany'
            },
            last_reviewed_at: '2025-03-03T09:15:00.000Z'
        }
    };
    const members = [
        memberRecord(context, householdId, {
            // Edge case, accents: diaeresis, umlaut and Polish Ł.
            first_name: 'Zoë',
            last_name: 'Müller-Łukasiewicz',
            email: freshEmail(context, 'zoe.mueller-lukasiewicz', 'example.net'),
            phone: '0049 30 1234567 ext. 12',
            // Edge case, boundary date: the first day of a year.
            birth_date: '1990-01-01',
            relationship: 'head',
            interests: ['investments', 'estate_planning'],
            title: 'Cellist'
        }),
        memberRecord(context, householdId, {
            // Edge case, accents: cedilla.
            first_name: 'François',
            last_name: 'Müller-Łukasiewicz',
            email: freshEmail(context, 'francois.ml', 'example.com'),
            // Edge case, phone format: international with spaces.
            phone: '+44 20 7946 0958',
            // Edge case, leap day: a birthday that exists one year in four.
            birth_date: '2000-02-29',
            relationship: 'partner',
            interests: ['property'],
            email_opt_out: true
        })
    ];
    return { household, members };
}

function cjkAndEmoji(context: SeedContext): SeededHousehold {
    const householdId = context.mintId('hh_');
    const household = {
        id: householdId,
        fields: {
            // Edge case, CJK: a household name in Japanese.
            name: '山田家',
            household_type: 'family',
            // Edge case, phone format: North American with parentheses.
            phone: '(415) 555-0132',
            annual_income: '98000.00',
            size: 2,
            // Edge case, emoji: characters outside the Basic Multilingual Plane count twice in UTF-16.
            notes: 'Tea ceremony every Sunday 🍵 — bring slippers 🩴',
            address: {
                street: '1550 Sutter Street',
                city: 'San Francisco',
                region: 'CA',
                postal_code: '94109',
                country: 'United States'
            },
            last_reviewed_at: '2025-01-20T18:00:00.000Z'
        }
    };
    const members = [
        memberRecord(context, householdId, {
            // Edge case, CJK: family name 山田, given name 太郎.
            first_name: '太郎',
            last_name: '山田',
            email: freshEmail(context, 'taro.yamada', 'example.com'),
            phone: '(415) 555-0132',
            relationship: 'head',
            interests: ['insurance', 'health'],
            notes: '茶道の先生。Prefers calls in Japanese.'
        }),
        memberRecord(context, householdId, {
            first_name: '花子',
            last_name: '山田',
            relationship: 'partner',
            interests: ['education'],
            // Edge case, emoji: several, including a zero-width-joined family sequence.
            notes: '🌸 Loves the garden 🏡 — call before visiting 📞 👨‍👩‍👧'
        })
    ];
    return { household, members };
}

function quotesAndLineBreaks(context: SeedContext): SeededHousehold {
    const householdId = context.mintId('hh_');
    const household = {
        id: householdId,
        fields: {
            // Edge case, quotes: an apostrophe in the name.
            name: "O'Brien household",
            household_type: 'extended',
            phone: '(617) 555-0148',
            size: 3,
            // Edge case, line breaks: Unix and Windows endings and a blank line.
            notes: 'Keys with the neighbour.\nAlarm code changes monthly.\r\nCall first.\n\nDog is calm.',
            address: {
                // Edge case, line breaks: a multi-line street.
                street: '221 Harbour Row\nFlat 3\nRear entrance',
                city: 'Boston',
                region: 'MA',
                postal_code: '02127',
                country: 'United States'
            },
            last_reviewed_at: '2024-11-05T14:45:00.000Z'
        }
    };
    const members = [
        memberRecord(context, householdId, {
            first_name: 'Patrick',
            // Edge case, quotes: apostrophe in a surname.
            last_name: "O'Brien",
            email: freshEmail(context, 'patrick.obrien', 'example.org'),
            relationship: 'head',
            interests: ['insurance'],
            // Edge case, line breaks: a member note over two lines.
            notes: 'Works nights.\nText before calling.'
        }),
        memberRecord(context, householdId, {
            // Edge case, quotes: double quotes inside a value.
            first_name: 'Robert "Bud"',
            last_name: "O'Brien",
            relationship: 'parent',
            birth_date: '1941-06-17',
            notes: 'Goes by "Bud"; don\'t put Robert on letters.'
        }),
        memberRecord(context, householdId, {
            first_name: 'Siobhán',
            last_name: "O'Brien",
            relationship: 'child',
            birth_date: '2008-10-31',
            interests: ['education']
        })
    ];
    return { household, members };
}

function emptiness(context: SeedContext): SeededHousehold {
    const householdId = context.mintId('hh_');
    const household = {
        id: householdId,
        fields: {
            name: 'Quist household',
            // Edge case, explicit null: the field is present and cleared.
            household_type: null,
            // Edge case, empty string: present but blank, which the sync treats like empty.
            phone: '',
            annual_income: null,
            size: 3,
            notes: '',
            address: {
                street: '',
                city: 'Tulsa',
                region: null,
                postal_code: '',
                country: 'United States'
            }
        }
    };
    const members = [
        // Edge case, absent keys: only the required last name; every other key is missing.
        memberRecord(context, householdId, { last_name: 'Quist' }),
        memberRecord(context, householdId, {
            // Edge case, empty strings and explicit nulls side by side on one member.
            first_name: '',
            last_name: 'Quist',
            email: null,
            phone: null,
            mobile_phone: '',
            birth_date: null,
            title: '',
            notes: null,
            // Edge case, empty multi-select: an empty array rather than null.
            interests: [],
            address: null
        }),
        memberRecord(context, householdId, {
            first_name: 'Dana',
            last_name: 'Quist',
            // Edge case, upper-case domain: emails compare case-insensitively.
            email: freshEmail(context, 'dana.quist', 'EXAMPLE.ORG'),
            phone: '(918) 555-0199',
            relationship: 'head',
            interests: ['health', 'insurance', 'property']
        })
    ];
    return { household, members };
}

function longNotes(context: SeedContext): SeededHousehold {
    const householdId = context.mintId('hh_');
    const household = {
        id: householdId,
        fields: {
            name: 'Achterberg household',
            household_type: 'couple',
            phone: '(503) 555-0107',
            annual_income: '143250.50',
            size: 2,
            address: {
                street: '88 Thurman Street',
                city: 'Portland',
                region: 'OR',
                postal_code: '97210',
                country: 'United States'
            },
            last_reviewed_at: '2025-05-12T08:00:00.000Z'
        }
    };
    const members = [
        memberRecord(context, householdId, {
            first_name: 'Joost',
            last_name: 'Achterberg',
            email: freshEmail(context, 'joost.achterberg', 'example.net'),
            relationship: 'head',
            // Edge case, exactly at the limit: 32,000 characters, Salesforce's Description maximum.
            notes: reviewNotesOfLength(SALESFORCE_LONG_TEXT_LIMIT)
        }),
        memberRecord(context, householdId, {
            first_name: 'Willemijn',
            last_name: 'Achterberg',
            email: freshEmail(context, 'willemijn.achterberg', 'example.net'),
            relationship: 'partner',
            // Edge case, over the limit: 40,000 characters fit Trustworthy (100,000) but not Salesforce.
            notes: reviewNotesOfLength(40000)
        })
    ];
    return { household, members };
}
