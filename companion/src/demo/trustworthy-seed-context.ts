/**
 * What the Trustworthy seed builders share: the content generator, the id
 * minter (a separate stream, so ids do not shift when content changes) and
 * the emails already used, so no invented person collides with a Salesforce
 * contact by accident.
 */
import type { TrustworthyAddress } from '../trustworthy/model';
import type { SeedRecord } from '../trustworthy-emulator/seed-types';
import type { SeededRandom } from './seeded-random';

export interface SeedContext {
    random: SeededRandom;
    mintId: (prefix: string) => string;
    /** Lower-cased. */
    takenEmails: Set<string>;
}

export interface SeededHousehold {
    household: SeedRecord;
    members: SeedRecord[];
}

export interface Place {
    city: string;
    region: string;
    postal_code: string;
    country: string;
    /** Three-digit area code used to make fictional 555-01xx numbers. */
    areaCode: string;
}

function place(
    city: string,
    region: string,
    postalCode: string,
    areaCode: string,
    country = 'United States'
): Place {
    return { city, region, postal_code: postalCode, country, areaCode };
}

export const PLACES: readonly Place[] = [
    place('Seattle', 'WA', '98103', '206'),
    place('Oakland', 'CA', '94610', '510'),
    place('Nashville', 'TN', '37206', '615'),
    place('Baltimore', 'MD', '21218', '410'),
    place('Santa Fe', 'NM', '87501', '505'),
    place('Durham', 'NC', '27701', '919'),
    place('St. Paul', 'MN', '55104', '651'),
    place('Halifax', 'NS', 'B3H 1T4', '902', 'Canada')
];

const STREETS = [
    'Alder Street',
    'Beacon Hill Road',
    'Cottonwood Lane',
    'Dogwood Court',
    'Fairmount Avenue',
    'Hawthorne Place'
];

export function fictionalPhone(random: SeededRandom, areaCode: string): string {
    return `(${areaCode}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}

export function addressIn(random: SeededRandom, place: Place): TrustworthyAddress {
    return {
        street: `${random.int(10, 4999)} ${random.pick(STREETS)}`,
        city: place.city,
        region: place.region,
        postal_code: place.postal_code,
        country: place.country
    };
}

/** Decimals travel to Trustworthy as strings with exactly two places. */
export function money(units: number, cents = 0): string {
    return `${units}.${String(cents).padStart(2, '0')}`;
}

export function isoDate(year: number, month: number, day: number): string {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function randomDate(random: SeededRandom, fromYear: number, toYear: number): string {
    return isoDate(random.int(fromYear, toYear), random.int(1, 12), random.int(1, 28));
}

/** A fixed review instant per household; never the wall clock, so runs are identical. */
export function reviewedAt(random: SeededRandom): string {
    return `${randomDate(random, 2024, 2024)}T${String(random.int(8, 17)).padStart(2, '0')}:30:00.000Z`;
}

const INTEREST_VALUES = [
    'insurance',
    'property',
    'investments',
    'estate_planning',
    'education',
    'health'
];

export function someInterests(random: SeededRandom, count: number): string[] {
    const chosen = new Set(Array.from({ length: count }, () => random.pick(INTEREST_VALUES)));
    return INTEREST_VALUES.filter((interest) => chosen.has(interest));
}

/** An email not used by anyone seeded so far (nor by any given Salesforce contact). */
export function freshEmail(context: SeedContext, local: string, domain: string): string {
    let candidate = `${local}@${domain}`;
    for (let n = 2; context.takenEmails.has(candidate.toLowerCase()); n++) {
        candidate = `${local}${n}@${domain}`;
    }
    context.takenEmails.add(candidate.toLowerCase());
    return candidate;
}

export function memberRecord(
    context: SeedContext,
    householdId: string,
    fields: Record<string, unknown>
): SeedRecord {
    return { id: context.mintId('mb_'), fields: { household_id: householdId, ...fields } };
}
