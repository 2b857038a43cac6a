/**
 * Trustworthy's side of the demo: households of its own, households whose
 * members match people already in the Salesforce org by email, deliberately
 * awkward records, and the items and reminders the families keep. The same
 * contacts in always give the same seed out.
 */
import type { TrustworthySeed } from '../trustworthy-emulator/seed-types';
import { createIdMinter, createSeededRandom } from './seeded-random';
import { buildEdgeCaseHouseholds } from './trustworthy-edge-cases';
import { buildItems, buildReminders } from './trustworthy-items';
import { buildMatchedHouseholds, chooseMatchGroups } from './trustworthy-matched';
import type { SalesforceContactSummary } from './trustworthy-matched';
import { buildOwnHouseholds } from './trustworthy-own-households';
import type { SeedContext } from './trustworthy-seed-context';

export type { SalesforceContactSummary } from './trustworthy-matched';

const CONTENT_SEED = 0x7a3f_2025;
const ID_SEED = 0x1d5_5eed;

export function buildTrustworthySeed(
    salesforceContacts: SalesforceContactSummary[]
): TrustworthySeed {
    const salesforceEmails = salesforceContacts.flatMap((contact) =>
        contact.Email ? [contact.Email.trim().toLowerCase()] : []
    );
    const context: SeedContext = {
        random: createSeededRandom(CONTENT_SEED),
        mintId: createIdMinter(createSeededRandom(ID_SEED)),
        takenEmails: new Set(salesforceEmails)
    };

    const households = [
        ...buildMatchedHouseholds(context, chooseMatchGroups(context, salesforceContacts)),
        ...buildOwnHouseholds(context),
        ...buildEdgeCaseHouseholds(context)
    ];
    const items = buildItems(context, households);

    return {
        households: households.map((entry) => entry.household),
        members: households.flatMap((entry) => entry.members),
        items,
        reminders: buildReminders(context, items)
    };
}
