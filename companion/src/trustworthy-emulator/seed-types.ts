/**
 * What the Trustworthy emulator is seeded with: records per object, inserted
 * exactly as given (an absent key stays absent, "" stays ""), each entering
 * the change log so the first sync sees it.
 */

export interface SeedRecord {
    id: string;
    fields: Record<string, unknown>;
    external_ref?: string;
}

export interface TrustworthySeed {
    households: SeedRecord[];
    members: SeedRecord[];
    items: SeedRecord[];
    reminders: SeedRecord[];
}
