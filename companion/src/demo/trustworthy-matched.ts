/**
 * Households whose members are people the Salesforce org already has, found
 * by email, so the first two-way sync has real pairs to merge. Each matched
 * member carries something Trustworthy knows and Salesforce does not (a new
 * phone, a note), and some households gained a member only Trustworthy has.
 */
import type { SeedContext, SeededHousehold } from './trustworthy-seed-context';
import {
    addressIn,
    fictionalPhone,
    memberRecord,
    PLACES,
    randomDate,
    reviewedAt
} from './trustworthy-seed-context';

export interface SalesforceContactSummary {
    Email: string | null;
    FirstName: string | null;
    LastName: string;
    AccountName?: string | null;
}

export const MATCHED_MEMBER_TARGET = 20;
const BABY_NAMES = ['Noah', 'Amaya', 'Kai', 'Leila', 'Mateo', 'Ines', 'Yuna', 'Theo'];
const MEMBERS_PER_HOUSEHOLD = 3;

const CHANGE_NOTES = [
    'Updated in Trustworthy: new landline after the move in March.',
    'Prefers text messages now; mobile number changed.',
    'Added the beneficiary letter to the vault.',
    'Mentioned a planned kitchen renovation next spring.',
    'Asked for a reminder before the car insurance renews.',
    'New work phone; the old one is switched off.'
];

interface MatchGroup {
    name: string;
    contacts: SalesforceContactSummary[];
}

/**
 * Groups contacts with a usable email by their Account (or surname), then
 * takes whole households in a seeded order until about twenty people match.
 * Sorting first makes the choice independent of the order contacts arrive in.
 */
export function chooseMatchGroups(
    context: SeedContext,
    contacts: SalesforceContactSummary[]
): MatchGroup[] {
    const byEmail = new Map<string, SalesforceContactSummary>();
    for (const contact of contacts) {
        const email = contact.Email?.trim() ?? '';
        if (!email.includes('@') || email.length > 254 || contact.LastName.trim() === '') continue;
        const key = email.toLowerCase();
        const existing = byEmail.get(key);
        if (existing === undefined || (existing.Email ?? '') > email) byEmail.set(key, contact);
    }

    const groups = new Map<string, SalesforceContactSummary[]>();
    for (const key of [...byEmail.keys()].sort()) {
        const contact = byEmail.get(key) as SalesforceContactSummary;
        const name = contact.AccountName?.trim() || `${contact.LastName.trim()} family`;
        groups.set(name, [...(groups.get(name) ?? []), contact]);
    }

    const ordered = context.random.shuffle([...groups.keys()].sort());
    const chosen: MatchGroup[] = [];
    let taken = 0;
    for (const name of ordered) {
        if (taken >= MATCHED_MEMBER_TARGET) break;
        const room = Math.min(MEMBERS_PER_HOUSEHOLD, MATCHED_MEMBER_TARGET - taken);
        const members = (groups.get(name) ?? []).slice(0, room);
        chosen.push({ name: name.slice(0, 255), contacts: members });
        taken += members.length;
    }
    return chosen;
}

export function buildMatchedHouseholds(
    context: SeedContext,
    groups: MatchGroup[]
): SeededHousehold[] {
    const { random } = context;
    let matchedSoFar = 0;

    return groups.map((group, groupIndex) => {
        const place = random.pick(PLACES);
        const householdId = context.mintId('hh_');
        const members = group.contacts.map((contact, position) => {
            matchedSoFar += 1;
            const fields: Record<string, unknown> = {
                first_name: contact.FirstName === null ? null : contact.FirstName.slice(0, 100),
                last_name: contact.LastName.slice(0, 100),
                email: matchedEmail(contact.Email ?? '', matchedSoFar),
                phone: fictionalPhone(random, place.areaCode),
                notes: random.pick(CHANGE_NOTES)
            };
            // Only the first person's role is assumed; the others stay absent for Salesforce to fill.
            if (position === 0) fields.relationship = 'head';
            if (random.chance(0.5)) {
                fields.mobile_phone = `+1 ${place.areaCode} 555 01${random.int(10, 99)}`;
            }
            return memberRecord(context, householdId, fields);
        });

        // Every other household gained a baby only Trustworthy knows about: the sync creates its Contact.
        if (groupIndex % 2 === 0) {
            const surname = group.contacts[0]?.LastName.slice(0, 100) ?? group.name.slice(0, 100);
            members.push(
                memberRecord(context, householdId, {
                    first_name: random.pick(BABY_NAMES),
                    last_name: surname,
                    birth_date: randomDate(random, 2024, 2024),
                    relationship: 'child',
                    interests: ['health']
                })
            );
        }

        const household = {
            id: householdId,
            fields: {
                name: group.name,
                household_type: members.length === 1 ? 'single' : 'family',
                phone: fictionalPhone(random, place.areaCode),
                size: members.length,
                address: addressIn(random, place),
                last_reviewed_at: reviewedAt(random)
            }
        };
        return { household, members };
    });
}

/**
 * Edge case, upper-case domain on a matched person: the second match writes
 * its domain in capitals, so pairing must compare emails case-insensitively.
 */
function matchedEmail(email: string, matchNumber: number): string {
    const trimmed = email.trim();
    if (matchNumber !== 2) return trimmed;
    const at = trimmed.lastIndexOf('@');
    return trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toUpperCase();
}
