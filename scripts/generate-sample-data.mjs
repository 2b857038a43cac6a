#!/usr/bin/env node
/**
 * Writes the project's Salesforce sample data as an sf data-tree plan
 * (companion/sample-data/salesforce/): household Accounts, their Contacts and
 * some Opportunities. A seeded generator makes every run produce the same
 * bytes, so the output is committed and reviewed like code.
 *
 *   node scripts/generate-sample-data.mjs          rewrite the files
 *   node scripts/generate-sample-data.mjs --check  exit 1 if the committed files differ
 *
 * Values stay inside the real describes' limits (recorded in ../shared):
 * Account.AnnualRevenue has scale 0, so it is whole dollars; Opportunity.Amount
 * has scale 2. Emails use the reserved example.* domains and phone numbers the
 * 555-0100..0199 range, which is set aside for fiction.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT_FOLDER = path.join(REPO_FOLDER, 'companion', 'sample-data', 'salesforce');
const SEED = 20240611;
const HOUSEHOLD_COUNT = 40;
const OPPORTUNITY_COUNT = 40;
/** Sums to 30 per ten households, so 40 households hold exactly 120 contacts. */
const HOUSEHOLD_SIZES = [3, 4, 2, 3, 5, 1, 3, 2, 4, 3];

/** Real Account.Type values, repeated to weight the draw towards existing customers. */
const ACCOUNT_TYPES = [
    'Customer - Direct',
    'Customer - Direct',
    'Customer - Direct',
    'Prospect',
    'Prospect',
    'Other',
    'Customer - Channel'
];
const LEAD_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
const STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost'
];
const INTERESTS = [
    'Insurance',
    'Property',
    'Investments',
    'Estate planning',
    'Education',
    'Health'
];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'];

const CULTURES = {
    nigerian: {
        surnames: ['Okafor', 'Adeyemi', 'Nwosu'],
        given: ['Chinedu', 'Ngozi', 'Adaeze', 'Emeka', 'Tobi', 'Folake', 'Chiamaka', 'Oluwaseun']
    },
    ghanaian: {
        surnames: ['Mensah', 'Boateng'],
        given: ['Kwame', 'Ama', 'Yaw', 'Abena', 'Kofi', 'Efua', 'Akosua', 'Kwabena']
    },
    japanese: {
        surnames: ['Tanaka', 'Watanabe'],
        given: ['Haruto', 'Yui', 'Sakura', 'Ren', 'Hana', 'Kenji', 'Aoi', 'Sōta']
    },
    korean: {
        surnames: ['Kim', 'Park'],
        given: ['Min-jun', 'Seo-yeon', 'Ji-woo', 'Do-yun', 'Ha-eun', 'Seung-hoon']
    },
    chinese: {
        surnames: ['Chen', 'Liu'],
        given: ['Wei', 'Mei', 'Jun', 'Xiu', 'Lei', 'Yan', 'Hao', 'Lìhuá']
    },
    vietnamese: {
        surnames: ['Nguyễn', 'Trần', 'Phạm'],
        given: ['Minh', 'Linh', 'Thảo', 'Quang', 'Huy', 'Lan', 'Bảo', 'Ngọc']
    },
    southAsian: {
        surnames: ['Patel', 'Sharma', 'Iyer', 'Chatterjee'],
        given: [
            'Priya',
            'Arjun',
            'Ananya',
            'Rohan',
            'Kavya',
            'Vikram',
            'Meera',
            'Aarav',
            'Diya',
            'Sanjay'
        ]
    },
    hispanic: {
        surnames: ['García', 'Hernández', 'Martínez', 'Ramírez', 'Muñoz'],
        given: [
            'José',
            'María',
            'Sofía',
            'Mateo',
            'Lucía',
            'Andrés',
            'Valentina',
            'Joaquín',
            'Camila',
            'Diego',
            'Inés'
        ]
    },
    german: {
        surnames: ['Müller', 'Schröder', 'Becker'],
        given: ['Jürgen', 'Lena', 'Jonas', 'Anneliese', 'Lukas', 'Greta', 'Matthias', 'Friederike']
    },
    polish: {
        surnames: ['Nowak'],
        given: ['Łukasz', 'Zofia', 'Jakub', 'Małgorzata', 'Wojciech', 'Agnieszka']
    },
    croatian: {
        surnames: ['Horvat', 'Kovačević'],
        given: ['Ivana', 'Marko', 'Luka', 'Petra', 'Dražen', 'Mateja']
    },
    swedish: {
        surnames: ['Johansson', 'Lindqvist'],
        given: ['Astrid', 'Björn', 'Sigrid', 'Elias', 'Saga', 'Linnéa']
    },
    norwegian: {
        surnames: ['Ødegaard', 'Haugen'],
        given: ['Håkon', 'Ingrid', 'Sindre', 'Solveig', 'Øystein', 'Kari']
    },
    finnish: {
        surnames: ['Virtanen'],
        given: ['Aino', 'Mikko', 'Eero', 'Siiri', 'Jyrki', 'Päivi']
    },
    french: {
        surnames: ['Dubois', 'Lefèvre', 'Girard'],
        given: ['Élodie', 'Benoît', 'Chloé', 'Théo', 'Amélie', 'Hélène', 'Mathéo', 'Gaëlle']
    },
    irish: {
        surnames: ["O'Connor", 'Murphy', 'Fitzgerald'],
        given: ['Siobhán', 'Ciarán', 'Aoife', 'Declan', 'Niamh', 'Seán', 'Róisín', 'Eoin']
    },
    arab: {
        surnames: ['Haddad', 'Khalil', 'Nasser'],
        given: ['Yousef', 'Layla', 'Omar', 'Rania', 'Karim', 'Yasmin', 'Sami', 'Nour']
    },
    israeli: {
        surnames: ['Cohen', 'Levi'],
        given: ['Noa', 'Eitan', 'Tamar', 'Avi', 'Shira', 'Yonatan']
    },
    american: {
        surnames: ['Johnson', 'Brooks', 'Carter', 'Whitfield'],
        given: [
            'Michael',
            'Jennifer',
            'Emily',
            'Jacob',
            'Olivia',
            'Ethan',
            'DeShawn',
            'Aaliyah',
            'Grace',
            'Tyler'
        ]
    },
    greek: {
        surnames: ['Papadopoulos'],
        given: ['Eleni', 'Nikos', 'Dimitra', 'Giorgos', 'Katerina', 'Yannis']
    },
    italian: {
        surnames: ['Rossi', 'Esposito'],
        given: ['Giulia', 'Marco', 'Francesca', 'Lorenzo', 'Chiara', 'Niccolò']
    },
    turkish: {
        surnames: ['Yılmaz', 'Öztürk'],
        given: ['Elif', 'Mehmet', 'Zeynep', 'Can', 'Ayşe', 'Emre']
    },
    lusophone: {
        surnames: ['Silva', 'Gonçalves'],
        given: ['João', 'Beatriz', 'Thiago', 'Camila', 'Conceição', 'Rafael']
    }
};

const CITIES = [
    {
        city: 'Portland',
        state: 'OR',
        postalCode: '97214',
        areaCode: '503',
        country: 'United States'
    },
    { city: 'Austin', state: 'TX', postalCode: '78704', areaCode: '512', country: 'United States' },
    {
        city: 'Columbus',
        state: 'OH',
        postalCode: '43215',
        areaCode: '614',
        country: 'United States'
    },
    {
        city: 'Raleigh',
        state: 'NC',
        postalCode: '27601',
        areaCode: '919',
        country: 'United States'
    },
    {
        city: 'Minneapolis',
        state: 'MN',
        postalCode: '55406',
        areaCode: '612',
        country: 'United States'
    },
    {
        city: 'Sacramento',
        state: 'CA',
        postalCode: '95816',
        areaCode: '916',
        country: 'United States'
    },
    { city: 'Denver', state: 'CO', postalCode: '80205', areaCode: '303', country: 'United States' },
    {
        city: 'Madison',
        state: 'WI',
        postalCode: '53703',
        areaCode: '608',
        country: 'United States'
    },
    {
        city: 'Pittsburgh',
        state: 'PA',
        postalCode: '15217',
        areaCode: '412',
        country: 'United States'
    },
    { city: 'Tucson', state: 'AZ', postalCode: '85719', areaCode: '520', country: 'United States' },
    {
        city: 'Richmond',
        state: 'VA',
        postalCode: '23220',
        areaCode: '804',
        country: 'United States'
    },
    {
        city: 'Albuquerque',
        state: 'NM',
        postalCode: '87106',
        areaCode: '505',
        country: 'United States'
    },
    { city: 'Boise', state: 'ID', postalCode: '83702', areaCode: '208', country: 'United States' },
    { city: 'Omaha', state: 'NE', postalCode: '68131', areaCode: '402', country: 'United States' },
    {
        city: 'Savannah',
        state: 'GA',
        postalCode: '31401',
        areaCode: '912',
        country: 'United States'
    },
    {
        city: 'Burlington',
        state: 'VT',
        postalCode: '05401',
        areaCode: '802',
        country: 'United States'
    },
    {
        city: 'Ann Arbor',
        state: 'MI',
        postalCode: '48104',
        areaCode: '734',
        country: 'United States'
    },
    {
        city: 'Spokane',
        state: 'WA',
        postalCode: '99201',
        areaCode: '509',
        country: 'United States'
    },
    {
        city: 'Providence',
        state: 'RI',
        postalCode: '02906',
        areaCode: '401',
        country: 'United States'
    },
    {
        city: 'Honolulu',
        state: 'HI',
        postalCode: '96816',
        areaCode: '808',
        country: 'United States'
    },
    {
        city: 'Jersey City',
        state: 'NJ',
        postalCode: '07302',
        areaCode: '201',
        country: 'United States'
    },
    {
        city: 'Fremont',
        state: 'CA',
        postalCode: '94538',
        areaCode: '510',
        country: 'United States'
    },
    {
        city: 'Houston',
        state: 'TX',
        postalCode: '77036',
        areaCode: '713',
        country: 'United States'
    },
    {
        city: 'Chicago',
        state: 'IL',
        postalCode: '60625',
        areaCode: '773',
        country: 'United States'
    },
    {
        city: 'Flushing',
        state: 'NY',
        postalCode: '11354',
        areaCode: '718',
        country: 'United States'
    },
    { city: 'Toronto', state: 'ON', postalCode: 'M4C 1B5', areaCode: '416', country: 'Canada' },
    { city: 'Vancouver', state: 'BC', postalCode: 'V5K 0A1', areaCode: '604', country: 'Canada' }
];

const STREETS = [
    'Maple Avenue',
    'Cedar Lane',
    'Willow Street',
    'Oak Ridge Drive',
    'Linden Court',
    'Harbor View Road',
    'Juniper Way',
    'Aspen Circle',
    'Magnolia Boulevard',
    'Birch Hollow Road',
    'Prospect Street',
    'Riverside Drive',
    'Sycamore Terrace',
    'Chestnut Place'
];

const OCCUPATIONS = [
    'Registered Nurse',
    'Software Engineer',
    'High School Teacher',
    'Civil Engineer',
    'Pharmacist',
    'Small Business Owner',
    'Accountant',
    'Electrician',
    'Physical Therapist',
    'Graphic Designer',
    'Logistics Manager',
    'Veterinarian',
    'Paralegal',
    'Chef',
    'Research Scientist',
    'Dental Hygienist',
    'Architect',
    'Social Worker'
];

const CONTACT_NOTES = [
    'Prefers email over phone calls.',
    'Best reached in the evening after 6 pm.',
    'Asked about consolidating the household insurance policies.',
    'Reviewing beneficiaries after a recent move.',
    'Interested in a college savings plan for the children.',
    'Wants a yearly check-in before the policy renewal.',
    'Speaks at the community financial literacy evenings.',
    'Keeps paper copies of all documents; offer the vault export.',
    'Recently retired; reviewing long-term care options.',
    'Shares decisions with their partner; invite both to meetings.'
];

const ACCOUNT_NOTES = [
    'Long-standing household; annual review every spring.',
    'Referred by a neighbour who is already a client.',
    'New to the area; setting up their records vault.',
    'Multi-generational household sharing one home.',
    'Joined after the estate planning workshop.',
    'Prefers video meetings; documents signed electronically.'
];

const OPPORTUNITY_PRODUCTS = [
    'Life insurance review',
    'Home insurance renewal',
    'College savings plan',
    'Estate plan update',
    'Retirement account rollover',
    'Umbrella liability policy',
    'Long-term care coverage',
    'Family trust setup',
    'Auto policy consolidation',
    'Rental property coverage'
];

/** mulberry32: tiny, fast and the same on every platform. */
function createRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = (items) => items[Math.floor(next() * items.length)];
    const chance = (probability) => next() < probability;
    const shuffle = (items) => {
        const copy = [...items];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    };
    return { int, pick, chance, shuffle };
}

const SPECIAL_LETTERS = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', ß: 'ss', æ: 'ae', đ: 'd', ı: 'i' };

/** Email local parts stay ASCII: accents dropped, apostrophes and spaces removed. */
function asciiSlug(text) {
    const folded = [...text].map((char) => SPECIAL_LETTERS[char] ?? char).join('');
    return folded
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, '');
}

function isoDate(year, month, day) {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function randomDate(random, fromYear, toYear) {
    return isoDate(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));
}

function fictionalPhone(random, areaCode) {
    return `(${areaCode}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}

function chooseHouseholds(random) {
    const slots = Object.entries(CULTURES).flatMap(([culture, { surnames }]) =>
        surnames.map((surname) => ({ culture, surname }))
    );
    const chosen = random.shuffle(slots).slice(0, HOUSEHOLD_COUNT);
    const cycled = Array.from(
        { length: HOUSEHOLD_COUNT },
        (_, i) => HOUSEHOLD_SIZES[i % HOUSEHOLD_SIZES.length]
    );
    const sizes = random.shuffle(cycled);
    return chosen.map((slot, index) => ({
        ...slot,
        size: sizes[index],
        place: random.pick(CITIES)
    }));
}

function rolesFor(random, size) {
    if (size === 1) return ['Head of household'];
    const second = random.chance(0.85) ? 'Spouse/Partner' : 'Child';
    const roles = ['Head of household', second];
    while (roles.length < size) {
        if (roles.length === 4) roles.push(random.pick(['Parent', 'Dependent', 'Other']));
        else roles.push(random.chance(0.8) ? 'Child' : 'Parent');
    }
    return roles;
}

function birthdateFor(random, role, headYear) {
    if (role === 'Head of household') return randomDate(random, headYear, headYear);
    if (role === 'Spouse/Partner') return randomDate(random, headYear - 5, headYear + 5);
    // A parent still living in the household is born no earlier than 1936.
    if (role === 'Parent') {
        return randomDate(random, Math.max(1936, headYear - 32), Math.max(1941, headYear - 22));
    }
    if (role === 'Child') {
        return randomDate(random, Math.min(headYear + 24, 2021), Math.min(headYear + 40, 2022));
    }
    return randomDate(random, 1950, 2005);
}

function interestsFor(random, isAdult) {
    const count = isAdult ? random.int(1, 3) : random.int(0, 1);
    const pool = isAdult ? INTERESTS : ['Education', 'Health'];
    const chosen = new Set(Array.from({ length: count }, () => random.pick(pool)));
    return INTERESTS.filter((interest) => chosen.has(interest)).join(';');
}

function streetAddress(random) {
    const street = `${random.int(12, 9870)} ${random.pick(STREETS)}`;
    if (!random.chance(0.2)) return street;
    return `${street}\nApt ${random.int(1, 30)}${random.pick(['A', 'B', 'C'])}`;
}

function buildHousehold(random, household, index, usedEmails) {
    const { culture, surname, size, place } = household;
    const names = CULTURES[culture];
    const referenceId = `AccountRef${index + 1}`;
    const street = streetAddress(random);
    const homePhone = fictionalPhone(random, place.areaCode);
    const headYear = random.int(1950, 1992);
    const givenNames = random.shuffle(names.given);

    const contacts = rolesFor(random, size).map((role, position) => {
        const firstName = givenNames[position % givenNames.length];
        const keepsSurname = role !== 'Spouse/Partner' || random.chance(0.7);
        const otherSurnames = names.surnames.filter((name) => name !== surname).concat(surname);
        const lastName = keepsSurname ? surname : random.pick(otherSurnames);
        const birthdate = birthdateFor(random, role, headYear);
        const isAdult = Number(birthdate.slice(0, 4)) <= 2006;
        const person = { firstName, lastName, role, birthdate, isAdult, place, street, homePhone };
        return contactFields(random, person, referenceId, usedEmails);
    });

    const account = {
        attributes: { type: 'Account', referenceId },
        Name: `${surname} Household`,
        Type: random.pick(ACCOUNT_TYPES),
        Phone: homePhone,
        Description: `${random.pick(ACCOUNT_NOTES)} ${size} ${size === 1 ? 'person' : 'people'} at home.`,
        AnnualRevenue: random.int(28, 420) * 1000 + random.int(0, 999),
        BillingStreet: street,
        BillingCity: place.city,
        BillingState: place.state,
        BillingPostalCode: place.postalCode,
        BillingCountry: place.country
    };
    return { account, contacts };
}

function contactFields(random, person, referenceId, usedEmails) {
    const { firstName, lastName, role, birthdate, isAdult, place, street, homePhone } = person;
    const fields = { FirstName: firstName, LastName: lastName };

    // Young children have no email address of their own, as in a real household.
    if (Number(birthdate.slice(0, 4)) <= 2010) {
        let local = `${asciiSlug(firstName)}.${asciiSlug(lastName)}`;
        const domain = random.pick(EMAIL_DOMAINS);
        for (let n = 2; usedEmails.has(`${local}@${domain}`); n++) {
            local = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${n}`;
        }
        usedEmails.add(`${local}@${domain}`);
        fields.Email = `${local}@${domain}`;
    }

    fields.Phone = homePhone;
    if (isAdult) fields.MobilePhone = fictionalPhone(random, place.areaCode);
    fields.Birthdate = birthdate;
    const birthYear = Number(birthdate.slice(0, 4));
    if (birthYear < 1958) fields.Title = 'Retired';
    else if (birthYear <= 2000) fields.Title = random.pick(OCCUPATIONS);
    else if (birthYear <= 2012) fields.Title = 'Student';

    Object.assign(fields, {
        MailingStreet: street,
        MailingCity: place.city,
        MailingState: place.state,
        MailingPostalCode: place.postalCode,
        MailingCountry: place.country
    });
    if (isAdult) fields.Description = random.pick(CONTACT_NOTES);
    fields.HasOptedOutOfEmail = random.chance(0.12);
    if (isAdult) fields.LeadSource = random.pick(LEAD_SOURCES);
    fields.Trustworthy_Relationship__c = role;
    const interests = interestsFor(random, isAdult);
    if (interests !== '') fields.Trustworthy_Interests__c = interests;
    fields.AccountId = `@${referenceId}`;
    return fields;
}

function buildOpportunities(random, accounts) {
    // Each of the ten stages four times, shuffled, so every stage appears.
    const cycled = Array.from({ length: OPPORTUNITY_COUNT }, (_, i) => STAGES[i % STAGES.length]);
    const stages = random.shuffle(cycled);
    return stages.map((stage, index) => {
        const account = accounts[(index * 7) % accounts.length];
        const closed = stage.startsWith('Closed');
        const closeDate = closed ? randomDate(random, 2024, 2025) : randomDate(random, 2025, 2026);
        const cents = random.int(1, 9) * 10 + random.int(1, 9);
        return {
            attributes: { type: 'Opportunity', referenceId: `OpportunityRef${index + 1}` },
            Name: `${account.Name} – ${random.pick(OPPORTUNITY_PRODUCTS)}`,
            StageName: stage,
            CloseDate: closeDate,
            Amount: Number(`${random.int(15, 2500) * 100}.${cents}`),
            AccountId: `@${account.attributes.referenceId}`
        };
    });
}

function generate() {
    const random = createRandom(SEED);
    const usedEmails = new Set();
    const households = chooseHouseholds(random).map((household, index) =>
        buildHousehold(random, household, index, usedEmails)
    );

    const accounts = households.map((household) => household.account);
    let contactNumber = 0;
    const contacts = households.flatMap((household) =>
        household.contacts.map((fields) => {
            contactNumber += 1;
            const attributes = { type: 'Contact', referenceId: `ContactRef${contactNumber}` };
            return { attributes, ...fields };
        })
    );
    const opportunities = buildOpportunities(random, accounts);

    const plan = [
        { sobject: 'Account', saveRefs: true, resolveRefs: false, files: ['Accounts.json'] },
        { sobject: 'Contact', saveRefs: true, resolveRefs: true, files: ['Contacts.json'] },
        {
            sobject: 'Opportunity',
            saveRefs: false,
            resolveRefs: true,
            files: ['Opportunities.json']
        }
    ];
    return {
        'plan.json': plan,
        'Accounts.json': { records: accounts },
        'Contacts.json': { records: contacts },
        'Opportunities.json': { records: opportunities }
    };
}

function main() {
    const check = process.argv.includes('--check');
    const outputs = Object.entries(generate()).map(([name, content]) => [
        name,
        `${JSON.stringify(content, null, 4)}\n`
    ]);

    if (check) {
        const stale = outputs.filter(([name, text]) => {
            try {
                return readFileSync(path.join(OUTPUT_FOLDER, name), 'utf8') !== text;
            } catch {
                return true;
            }
        });
        for (const [name] of stale) console.error(`out of date: ${path.join(OUTPUT_FOLDER, name)}`);
        process.exitCode = stale.length === 0 ? 0 : 1;
        return;
    }

    mkdirSync(OUTPUT_FOLDER, { recursive: true });
    for (const [name, text] of outputs) writeFileSync(path.join(OUTPUT_FOLDER, name), text);
    console.log(`wrote ${outputs.length} files to ${OUTPUT_FOLDER}`);
}

main();
