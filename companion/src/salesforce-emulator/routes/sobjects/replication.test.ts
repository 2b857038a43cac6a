import { startTestOrgServer, type TestOrgServer } from './test-harness';

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
});

afterEach(async () => {
    await server.close();
});

describe('getUpdated and getDeleted through jsforce', () => {
    test('when records change inside the window, then updated lists them and reports the covered end', async () => {
        const [early] = server.org.insertRecords('Contact', [{ LastName: 'Early' }]);
        server.clock.advance(10 * 60_000);
        const [late] = server.org.insertRecords('Contact', [{ LastName: 'Late' }]);
        server.clock.advance(10 * 60_000);

        const result = await server
            .connection()
            .sobject('Contact')
            .updated('2026-01-15T09:05:30Z', '2026-01-15T09:15:59Z');

        expect(result).toEqual({ ids: [late], latestDateCovered: '2026-01-15T09:15:00.000+0000' });
        expect(result.ids).not.toContain(early);
    });

    test('when the end is still to come, then latestDateCovered is now truncated to the minute', async () => {
        server.clock.advance(45_000);
        const result = await server
            .connection()
            .sobject('Account')
            .updated('2026-01-15T08:00:00Z', '2026-01-16T00:00:00Z');
        expect(result.latestDateCovered).toBe('2026-01-15T09:00:00.000+0000');
    });

    test('when start is not before end, then INVALID_REPLICATION_DATE', async () => {
        await expect(
            server
                .connection()
                .sobject('Contact')
                .updated('2026-01-15T09:00:00Z', '2026-01-15T09:00:30Z')
        ).rejects.toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
    });

    test('when start is more than 30 days back for updates or 15 for deletes, then INVALID_REPLICATION_DATE', async () => {
        const conn = server.connection();
        await expect(
            conn.sobject('Contact').updated('2025-12-15T08:00:00Z', '2026-01-15T09:00:00Z')
        ).rejects.toMatchObject({
            errorCode: 'INVALID_REPLICATION_DATE'
        });
        await expect(
            conn.sobject('Contact').deleted('2025-12-30T08:00:00Z', '2026-01-15T09:00:00Z')
        ).rejects.toMatchObject({
            errorCode: 'INVALID_REPLICATION_DATE'
        });
        await expect(
            conn.sobject('Contact').updated('2025-12-17T09:00:00Z', '2026-01-15T09:00:00Z')
        ).resolves.toBeDefined();
    });

    test('when an Account is deleted, then it and its Contacts appear in deleted with their deleted dates', async () => {
        const [accountId] = server.org.insertRecords('Account', [{ Name: 'Household' }]);
        const [contactId] = server.org.insertRecords('Contact', [
            { LastName: 'Member', AccountId: accountId }
        ]);
        server.clock.advance(5 * 60_000);
        await server
            .connection()
            .sobject('Account')
            .destroy(accountId as string);
        server.clock.advance(5 * 60_000);

        const conn = server.connection();
        const accounts = await conn
            .sobject('Account')
            .deleted('2026-01-15T09:00:00Z', '2026-01-15T09:10:00Z');
        const contacts = await conn
            .sobject('Contact')
            .deleted('2026-01-15T09:00:00Z', '2026-01-15T09:10:00Z');

        expect(accounts).toEqual({
            deletedRecords: [{ id: accountId, deletedDate: '2026-01-15T09:05:00.000+0000' }],
            earliestDateAvailable: '2026-01-15T09:00:00.000+0000',
            latestDateCovered: '2026-01-15T09:10:00.000+0000'
        });
        expect(contacts.deletedRecords).toEqual([
            { id: contactId, deletedDate: '2026-01-15T09:05:00.000+0000' }
        ]);
    });

    test('when writes are backdated by the fault switch, then SystemModstamp lands in the past', async () => {
        server.clock.advance(10 * 60_000);
        server.faults.set({ backdateWritesSeconds: 300 });
        const [id] = server.org.insertRecords('Contact', [{ LastName: 'Late commit' }]);
        expect(server.org.getRecord('Contact', id as string)?.SystemModstamp).toBe(
            '2026-01-15T09:05:00.000+0000'
        );
    });

    test('when record counts are asked for, then live records are counted per object and unknown names skipped', async () => {
        const ids = server.org.insertRecords('Account', [{ Name: 'A' }, { Name: 'B' }]);
        await server
            .connection()
            .sobject('Account')
            .destroy(ids[0] as string);

        const response = await fetch(
            `${server.instanceUrl}/services/data/v62.0/limits/recordCount?sObjects=Account,Contact,Nope`
        );
        expect(await response.json()).toEqual({
            sObjects: [
                { count: 1, name: 'Account' },
                { count: 0, name: 'Contact' }
            ]
        });
    });
});
