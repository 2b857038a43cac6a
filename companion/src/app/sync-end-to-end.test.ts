/**
 * The main job end to end: the companion on its embedded default (both
 * emulators seeded with the sample data) runs two-way syncs, and the records
 * on both sides are checked through their real clients (jsforce and the
 * Trustworthy adapter).
 */
import type { Connection } from 'jsforce';

import type { TrustworthyClient } from '../trustworthy/trustworthy-client';
import type { Companion } from './companion';
import { startHarness } from './test-support/companion-harness';
import type { Harness } from './test-support/companion-harness';

jest.setTimeout(60_000);

describe('the sync engine on the embedded default', () => {
    let harness: Harness;
    let companion: Companion;
    let salesforce: Connection;
    let trustworthy: TrustworthyClient;

    beforeAll(async () => {
        harness = await startHarness();
        ({ companion, salesforce, trustworthy } = harness);
    });

    afterAll(async () => {
        await harness.close();
    });

    it('when run twice, then the first run syncs both ways and the second changes nothing at one query per object per side', async () => {
        const first = await companion.runOnce('manual');
        expect(first.status).toBe('completed');
        expect(first.totals.created).toBeGreaterThan(100);
        expect(first.totals.failed).toBe(0);

        const contacts = await salesforce.query<{ Email: string | null }>(
            'SELECT Id, Email FROM Contact'
        );
        const members = await allMembers(trustworthy);
        expect(contacts.totalSize).toBe(members.length);
        const emails = contacts.records
            .map((contact) => contact.Email)
            .filter((email): email is string => !!email);
        expect(new Set(emails.map((email) => email.toLowerCase())).size).toBe(emails.length);

        const second = await companion.runOnce('manual');
        expect(second.totals).toMatchObject({
            created: 0,
            updated: 0,
            deleted: 0,
            held: 0,
            failed: 0
        });
        expect(second.apiCalls.salesforce.used).toBe(2);
        expect(second.apiCalls.trustworthy.used).toBe(2);
    });

    it('when a Salesforce field is set and another cleared, then Trustworthy gets the value and the clear', async () => {
        const contact = (
            await salesforce.query<{ Id: string; Title: string | null }>(
                'SELECT Id, Title FROM Contact WHERE Title != null LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('sample data has no contact with a title');
        await salesforce.sobject('Contact').update({
            Id: contact.Id,
            Title: null,
            Birthdate: '2000-02-29',
            FirstName: 'Zoë 山田 🌻'
        });

        const run = await companion.runOnce('manual');
        expect(run.pairings[1]?.toTrustworthy.updated).toBe(1);

        const [member] = await trustworthy.lookup('member', 'external_ref', [contact.Id]);
        expect(member?.title ?? null).toBeNull();
        expect(member?.birth_date).toBe('2000-02-29');
        expect(member?.first_name).toBe('Zoë 山田 🌻');
    });

    it('when both sides change the same field, then the newest change wins and other fields merge', async () => {
        const contact = (
            await salesforce.query<{ Id: string }>(
                'SELECT Id FROM Contact WHERE MobilePhone != null LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('sample data has no contact with a mobile phone');
        const [member] = await trustworthy.lookup('member', 'external_ref', [contact.Id]);
        if (!member) throw new Error('contact is not linked');

        await salesforce
            .sobject('Contact')
            .update({ Id: contact.Id, Department: 'ignored', MobilePhone: '+1 415 555 0101' });
        await new Promise((resolve) => setTimeout(resolve, 1100));
        await trustworthy.upsertBatch(
            'member',
            [{ id: member.id, fields: { mobile_phone: '+1 415 555 0199', title: 'Archivist' } }],
            `e2e-${Date.now()}`
        );

        const run = await companion.runOnce('manual');
        expect(run.totals.failed).toBe(0);

        const after = (await salesforce
            .sobject('Contact')
            .retrieve(contact.Id)) as unknown as Record<string, unknown>;
        expect(after.MobilePhone).toBe('+1 415 555 0199');
        expect(after.Title).toBe('Archivist');
    });

    it('when two Salesforce contacts share the email of a new Trustworthy member, then all are held and nothing is duplicated', async () => {
        const before = (await salesforce.query('SELECT COUNT() FROM Contact')).totalSize;
        await salesforce.sobject('Contact').create([
            { LastName: 'Twin', Email: 'same.person@example.org' },
            { LastName: 'Twin', Email: 'same.person@example.org' }
        ]);
        await trustworthy.upsertBatch(
            'member',
            [{ fields: { last_name: 'Twin', email: 'same.person@example.org' } }],
            `e2e-twin-${Date.now()}`
        );

        const run = await companion.runOnce('manual');
        expect(run.totals.held).toBeGreaterThanOrEqual(2);

        expect((await salesforce.query('SELECT COUNT() FROM Contact')).totalSize).toBe(before + 2);
        expect(
            await trustworthy.lookup('member', 'email', ['same.person@example.org'])
        ).toHaveLength(1);
        const held = await companion.repositories.held.open('contacts-members');
        expect(
            held.filter((entry) => entry.kind === 'ambiguous_match').length
        ).toBeGreaterThanOrEqual(2);
    });

    it('when a linked contact is deleted in Salesforce, then the member is kept and the deletion is flagged for review', async () => {
        const contact = (
            await salesforce.query<{ Id: string }>(
                'SELECT Id FROM Contact WHERE Trustworthy_Id__c != null LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('no linked contact');
        await salesforce.sobject('Contact').destroy(contact.Id);

        const run = await companion.runOnce('manual');
        expect(run.pairings[1]?.toTrustworthy.held).toBeGreaterThanOrEqual(1);
        expect(await trustworthy.lookup('member', 'external_ref', [contact.Id])).toHaveLength(1);
        const held = await companion.repositories.held.open('contacts-members');
        expect(
            held.some((entry) => entry.kind === 'deletion' && entry.salesforceId === contact.Id)
        ).toBe(true);
    });
});

async function allMembers(client: TrustworthyClient): Promise<unknown[]> {
    const members: unknown[] = [];
    let after: string | undefined;
    for (;;) {
        const page = await client.listRecords('member', {
            ...(after ? { after } : {}),
            limit: 200
        });
        members.push(...page.records);
        if (!page.hasMore || !page.nextAfter) return members;
        after = page.nextAfter;
    }
}
