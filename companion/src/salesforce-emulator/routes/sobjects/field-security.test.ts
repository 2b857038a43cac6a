import { startTestOrgServer, type TestOrgServer } from './test-harness';

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
    server.org.setFieldSecurity(server.org.integrationUserId, {
        'Contact.Birthdate': 'hidden',
        'Contact.Email': 'read_only'
    });
});

afterEach(async () => {
    await server.close();
});

function fieldNamed(describe: { fields: Array<{ name: string }> }, name: string) {
    return describe.fields.find((field) => field.name === name) as
        { name: string; createable: boolean; updateable: boolean } | undefined;
}

describe('field-level security for the integration user', () => {
    test('when the user describes Contact, then hidden fields are absent and read-only ones not writable', async () => {
        const describe = await server.connection().sobject('Contact').describe();

        expect(fieldNamed(describe, 'Birthdate')).toBeUndefined();
        expect(fieldNamed(describe, 'Email')).toMatchObject({
            createable: false,
            updateable: false
        });
        expect(fieldNamed(describe, 'LastName')).toMatchObject({
            createable: true,
            updateable: true
        });
    });

    test('when another user describes Contact, then they still see every field', async () => {
        server.actAs(server.org.adminUserId);
        const describe = await server.connection().sobject('Contact').describe();
        expect(fieldNamed(describe, 'Birthdate')).toBeDefined();
    });

    test('when the user writes a hidden or read-only field, then INVALID_FIELD_FOR_INSERT_UPDATE names it', async () => {
        const conn = server.connection();
        await expect(
            conn.sobject('Contact').create({ LastName: 'X', Birthdate: '1990-01-01' })
        ).rejects.toMatchObject({
            errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            data: { fields: ['Birthdate'] }
        });
        await expect(
            conn.sobject('Contact').create({ LastName: 'X', Email: 'x@example.com' })
        ).rejects.toMatchObject({
            errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
            data: { fields: ['Email'] }
        });
    });

    test('when the user reads a record, then hidden fields are left out and asking for one is INVALID_FIELD', async () => {
        const [id] = server.org.insertRecords(
            'Contact',
            [{ LastName: 'X', Birthdate: '1990-01-01' }],
            server.org.adminUserId
        );
        const conn = server.connection();

        const record = await conn.sobject('Contact').retrieve(id as string);
        expect(record).not.toHaveProperty('Birthdate');
        expect(record).toHaveProperty('Email');
        await expect(
            conn.sobject('Contact').retrieve(id as string, { fields: ['Birthdate'] })
        ).rejects.toMatchObject({
            errorCode: 'INVALID_FIELD'
        });
    });

    test('when the global describe is read, then it lists the six objects with their key prefixes', async () => {
        const global = await server.connection().describeGlobal();
        expect(global.sobjects.map((entry) => [entry.name, entry.keyPrefix])).toEqual([
            ['Account', '001'],
            ['Contact', '003'],
            ['CustomNotificationType', '0ML'],
            ['Opportunity', '006'],
            ['Organization', '00D'],
            ['User', '005']
        ]);
        expect(global.maxBatchSize).toBe(200);
    });

    test('when the sf CLI reads its own User and the Organization record, then both answer', async () => {
        const conn = server.connection();
        const user = await conn.sobject('User').retrieve(server.org.integrationUserId);
        const org = await conn.sobject('Organization').retrieve(server.org.orgId);

        expect(user).toMatchObject({
            Username: 'integration@trustworthy-sync.example',
            IsActive: true
        });
        expect(org).toMatchObject({
            Id: server.org.orgId,
            IsSandbox: false,
            NamespacePrefix: null
        });
        expect(server.org.findByUsername('INTEGRATION@trustworthy-sync.example')?.id).toBe(
            server.org.integrationUserId
        );
    });
});
