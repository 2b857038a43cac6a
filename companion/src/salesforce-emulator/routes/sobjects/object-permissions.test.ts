import { startTestOrgServer, type TestOrgServer } from './test-harness';

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
});

afterEach(async () => {
    await server.close();
});

describe('object permissions for the integration user', () => {
    test('when Create and Delete on Contact are taken away, then describe and the global describe say so', async () => {
        server.org.setObjectAccess(server.org.integrationUserId, {
            Contact: { create: false, delete: false }
        });
        const conn = server.connection();

        const contact = await conn.sobject('Contact').describe();
        expect(contact).toMatchObject({ createable: false, updateable: true, deletable: false });
        const global = await conn.describeGlobal();
        expect(global.sobjects.find((entry) => entry.name === 'Contact')).toMatchObject({
            createable: false,
            deletable: false
        });
        expect(global.sobjects.find((entry) => entry.name === 'Account')).toMatchObject({
            createable: true,
            updateable: true
        });
    });

    test('when the user creates, updates or deletes without the permission, then INSUFFICIENT_ACCESS_OR_READONLY', async () => {
        const [id] = server.org.insertRecords(
            'Contact',
            [{ LastName: 'Kept' }],
            server.org.adminUserId
        );
        const contactsBefore = server.org.countRecords('Contact');
        server.org.setObjectAccess(server.org.integrationUserId, {
            Contact: { create: false, edit: false, delete: false }
        });
        const conn = server.connection();

        await expect(conn.sobject('Contact').create({ LastName: 'New' })).rejects.toMatchObject({
            errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY'
        });
        const updated = await conn
            .sobject('Contact')
            .update([{ Id: id as string, LastName: 'Changed' }], { allOrNone: false });
        expect(updated[0]).toMatchObject({
            success: false,
            errors: [expect.objectContaining({ statusCode: 'INSUFFICIENT_ACCESS_OR_READONLY' })]
        });
        await expect(conn.sobject('Contact').destroy(id as string)).rejects.toMatchObject({
            errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY'
        });

        expect(server.org.getRecord('Contact', id as string)).toMatchObject({
            LastName: 'Kept',
            IsDeleted: false
        });
        expect(server.org.countRecords('Contact')).toBe(contactsBefore);
    });

    test('when the permissions are granted again, then the same writes succeed', async () => {
        server.org.setObjectAccess(server.org.integrationUserId, { Contact: { create: false } });
        server.org.setObjectAccess(server.org.integrationUserId, {});
        const created = await server
            .connection()
            .sobject('Contact')
            .create({ LastName: 'Allowed' });
        expect(created).toMatchObject({ success: true });
    });
});
