/**
 * The things households keep records of (policies, property, accounts,
 * vehicles, valuables, documents) and reminders about them. Providers and
 * reference numbers are invented; no real company or account is named.
 */
import type { SeedRecord } from '../trustworthy-emulator/seed-types';
import type { SeedContext, SeededHousehold } from './trustworthy-seed-context';
import { ITEM_TEMPLATES } from './trustworthy-item-templates';
import { isoDate, money, randomDate } from './trustworthy-seed-context';

const CURRENCY_BY_COUNTRY: Record<string, string> = {
    Germany: 'EUR',
    Canada: 'CAD',
    'United Kingdom': 'GBP',
    Japan: 'JPY'
};
const KEPT_IN = ['fire safe', 'filing cabinet', 'bank deposit box'];
const RECURRENCES = ['none', 'none', 'quarterly', 'monthly', 'yearly'] as const;

export function buildItems(context: SeedContext, households: SeededHousehold[]): SeedRecord[] {
    const { random } = context;
    const order = random.shuffle(households);

    return ITEM_TEMPLATES.map((template, index) => {
        // Every household gets items before any gets a second; the order is seeded.
        const { household, members } = order[index % order.length] as SeededHousehold;
        const owner = members.length > 0 && random.chance(0.7) ? random.pick(members) : undefined;
        const startYear = random.int(2012, 2024);

        const fields: Record<string, unknown> = {
            household_id: household.id,
            category: template.category,
            name: template.name,
            currency: currencyOf(household)
        };
        if (owner !== undefined) fields.owner_member_id = owner.id;
        if (template.provider !== undefined) fields.provider = template.provider;
        if (template.referencePrefix !== undefined) {
            const serial = `${random.int(100000, 999999)}-${random.int(10, 99)}`;
            fields.reference_number = `${template.referencePrefix}-${serial}`;
        }
        if (template.value !== undefined) {
            fields.value = money(random.int(...template.value), random.int(0, 99));
        }
        fields.start_date = isoDate(startYear, random.int(1, 12), random.int(1, 28));
        if (template.renews) fields.renewal_date = randomDate(random, 2025, 2027);
        if (random.chance(0.3)) fields.notes = `Original kept in the ${random.pick(KEPT_IN)}.`;

        return { id: context.mintId('it_'), fields };
    });
}

/** One reminder for each of the first twenty items, in a seeded order. */
export function buildReminders(
    context: SeedContext,
    items: SeedRecord[],
    count = 20
): SeedRecord[] {
    const { random } = context;

    return random
        .shuffle(items)
        .slice(0, count)
        .map((item) => {
            const template = ITEM_TEMPLATES.find(
                (candidate) => candidate.name === item.fields.name
            );
            const renewal = item.fields.renewal_date;
            const fields: Record<string, unknown> = {
                household_id: item.fields.household_id,
                item_id: item.id,
                title: template?.reminder ?? `Review ${String(item.fields.name)}`,
                due_date: typeof renewal === 'string' ? renewal : randomDate(random, 2025, 2026),
                recurrence: typeof renewal === 'string' ? 'yearly' : random.pick(RECURRENCES),
                completed: random.chance(0.2)
            };
            if (typeof item.fields.owner_member_id === 'string')
                fields.member_id = item.fields.owner_member_id;
            if (random.chance(0.25))
                fields.notes = 'Set up by the family during the spring review.';
            return { id: context.mintId('rm_'), fields };
        });
}

function currencyOf(household: SeedRecord): string {
    const address = household.fields.address;
    if (typeof address !== 'object' || address === null) return 'USD';
    const country: unknown = (address as { country?: unknown }).country;
    return typeof country === 'string' ? (CURRENCY_BY_COUNTRY[country] ?? 'USD') : 'USD';
}
