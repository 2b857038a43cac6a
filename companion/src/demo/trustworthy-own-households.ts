/**
 * Households only Trustworthy knows: ordinary families from several cultures
 * that the first sync creates in Salesforce.
 */
import type { SeedContext, SeededHousehold } from './trustworthy-seed-context';
import {
    addressIn,
    fictionalPhone,
    freshEmail,
    memberRecord,
    money,
    PLACES,
    randomDate,
    reviewedAt,
    someInterests
} from './trustworthy-seed-context';

type Relationship = 'head' | 'partner' | 'child' | 'parent' | 'dependent' | 'other';

interface FamilyPlan {
    surname: string;
    type: 'family' | 'couple' | 'single' | 'extended' | 'other';
    people: Array<[firstName: string, relationship: Relationship]>;
}

const FAMILIES: readonly FamilyPlan[] = [
    {
        surname: 'Sato',
        type: 'family',
        people: [
            ['Haruki', 'head'],
            ['Mia', 'partner'],
            ['Riku', 'child']
        ]
    },
    {
        surname: 'Okonkwo',
        type: 'family',
        people: [
            ['Amara', 'head'],
            ['Chidi', 'partner'],
            ['Ifeoma', 'child'],
            ['Obinna', 'child']
        ]
    },
    {
        surname: 'Lindgren',
        type: 'couple',
        people: [
            ['Erik', 'head'],
            ['Maja', 'partner']
        ]
    },
    { surname: 'Ferreira', type: 'single', people: [['Ana', 'head']] },
    {
        surname: 'Kaur',
        type: 'family',
        people: [
            ['Harpreet', 'head'],
            ['Gurpreet', 'partner'],
            ['Simran', 'child']
        ]
    },
    {
        surname: 'Abernathy',
        type: 'extended',
        people: [
            ['Walter', 'head'],
            ['Margaret', 'parent'],
            ['June', 'dependent']
        ]
    },
    {
        surname: 'Mbeki',
        type: 'family',
        people: [
            ['Thabo', 'head'],
            ['Naledi', 'partner'],
            ['Lwazi', 'child']
        ]
    },
    {
        surname: 'Rahman',
        type: 'family',
        people: [
            ['Farhana', 'head'],
            ['Imran', 'partner'],
            ['Zara', 'child'],
            ['Ayaan', 'child']
        ]
    },
    {
        surname: 'Delgado',
        type: 'extended',
        people: [
            ['Rosa', 'head'],
            ['Luis', 'partner'],
            ['Carmen', 'parent']
        ]
    },
    {
        surname: 'Petrov',
        type: 'couple',
        people: [
            ['Dmitri', 'head'],
            ['Oksana', 'partner']
        ]
    },
    {
        surname: 'Begay',
        type: 'family',
        people: [
            ['Marlene', 'head'],
            ['Darnell', 'child'],
            ['Shawna', 'child']
        ]
    },
    {
        surname: 'Walker-Ng',
        type: 'couple',
        people: [
            ['Jordan', 'head'],
            ['Alex', 'partner']
        ]
    },
    {
        surname: 'Haddad-Silva',
        type: 'other',
        people: [
            ['Rami', 'head'],
            ['Lucas', 'other']
        ]
    }
];

const TITLES = [
    'Nurse',
    'Carpenter',
    'Teacher',
    'Data Analyst',
    'Pharmacist',
    'Bus Driver',
    'Engineer',
    'Librarian'
];

const HOUSEHOLD_NOTES = [
    'Keeps the originals in a fire safe at home.',
    'Reviews the vault together every January.',
    'Shares read access with their accountant.',
    'Moving house later this year; update addresses then.'
];

export function buildOwnHouseholds(context: SeedContext): SeededHousehold[] {
    const { random } = context;

    return FAMILIES.map((family) => {
        const place = random.pick(PLACES);
        const householdId = context.mintId('hh_');
        const headYear = random.int(1958, 1994);
        const address = addressIn(random, place);
        const domain = random.pick(['example.com', 'example.org', 'example.net']);

        const members = family.people.map(([firstName, relationship]) => {
            const birthYear = birthYearFor(relationship, headYear, random.int(0, 6));
            const isAdult = birthYear <= 2006;
            const fields: Record<string, unknown> = {
                first_name: firstName,
                last_name: family.surname,
                birth_date: randomDate(random, birthYear, birthYear),
                relationship,
                interests: someInterests(random, isAdult ? random.int(1, 3) : 1),
                email_opt_out: random.chance(0.15),
                address
            };
            if (isAdult) {
                fields.email = freshEmail(context, asciiLower(firstName + family.surname), domain);
                fields.mobile_phone = fictionalPhone(random, place.areaCode);
                fields.title = random.pick(TITLES);
            }
            return memberRecord(context, householdId, fields);
        });

        const household = {
            id: householdId,
            fields: {
                name: `${family.surname} family`,
                household_type: family.type,
                phone: fictionalPhone(random, place.areaCode),
                email: freshEmail(context, `${asciiLower(family.surname)}.home`, domain),
                annual_income: money(
                    random.int(38, 310) * 1000 + random.int(0, 999),
                    random.int(0, 99)
                ),
                size: members.length,
                notes: random.pick(HOUSEHOLD_NOTES),
                address,
                last_reviewed_at: reviewedAt(random)
            }
        };
        return { household, members };
    });
}

function asciiLower(text: string): string {
    return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function birthYearFor(relationship: Relationship, headYear: number, jitter: number): number {
    if (relationship === 'partner') return headYear - 3 + jitter;
    if (relationship === 'child') return Math.min(headYear + 24 + jitter * 2, 2023);
    if (relationship === 'parent') return Math.max(1936, headYear - 30 + jitter);
    if (relationship === 'dependent') return 1940 + jitter;
    if (relationship === 'other') return headYear + 2 + jitter;
    return headYear;
}
