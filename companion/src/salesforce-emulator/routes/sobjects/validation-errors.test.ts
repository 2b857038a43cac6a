import { startTestOrgServer, type TestOrgServer } from './test-harness';

let server: TestOrgServer;

beforeEach(async () => {
    server = await startTestOrgServer();
});

afterEach(async () => {
    await server.close();
});

async function createError(
    type: string,
    record: Record<string, unknown>
): Promise<Record<string, unknown>> {
    try {
        await server.connection().sobject(type).create(record);
    } catch (error) {
        const failure = error as {
            errorCode?: string;
            message?: string;
            data?: { fields?: string[] };
        };
        return {
            errorCode: failure.errorCode,
            message: failure.message,
            fields: failure.data?.fields
        };
    }
    throw new Error('expected the create to fail');
}

describe('write validation errors reaching jsforce', () => {
    test.each([
        [
            'an unknown field',
            'Contact',
            { LastName: 'X', Shoe_Size__c: 9 },
            {
                errorCode: 'INVALID_FIELD',
                message: "No such column 'Shoe_Size__c' on sobject of type Contact"
            }
        ],
        [
            'a read-only field',
            'Contact',
            { LastName: 'X', Name: 'Full' },
            {
                errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
                message:
                    'Unable to create/update fields: Name. Please check the security settings of this field and verify ' +
                    'that it is read/write for your profile or permission set.',
                fields: ['Name']
            }
        ],
        [
            'no LastName',
            'Contact',
            { FirstName: 'X' },
            {
                errorCode: 'REQUIRED_FIELD_MISSING',
                message: 'Required fields are missing: [LastName]',
                fields: ['LastName']
            }
        ],
        [
            'a Title over 128 characters',
            'Contact',
            { LastName: 'X', Title: 't'.repeat(129) },
            {
                errorCode: 'STRING_TOO_LONG',
                message: `Title: data value too large: ${'t'.repeat(129)} (max length=128)`,
                fields: ['Title']
            }
        ],
        [
            'emoji that count two UTF-16 units each',
            'Account',
            { Name: '😀'.repeat(128) },
            {
                errorCode: 'STRING_TOO_LONG',
                message: `Account Name: data value too large: ${'😀'.repeat(128)} (max length=255)`,
                fields: ['Name']
            }
        ],
        [
            'a value outside a restricted picklist',
            'Contact',
            { LastName: 'X', Trustworthy_Relationship__c: 'Cousin' },
            {
                errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                message:
                    'Trustworthy Relationship: bad value for restricted picklist field: Cousin',
                fields: ['Trustworthy_Relationship__c']
            }
        ],
        [
            'a bad choice in a restricted multi-select picklist',
            'Contact',
            { LastName: 'X', Trustworthy_Interests__c: 'Health;Golf' },
            {
                errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                message: 'Trustworthy Interests: bad value for restricted picklist field: Golf',
                fields: ['Trustworthy_Interests__c']
            }
        ],
        [
            'a malformed email',
            'Contact',
            { LastName: 'X', Email: 'not-an-email' },
            {
                errorCode: 'INVALID_EMAIL_ADDRESS',
                message: 'Email: invalid email address: not-an-email',
                fields: ['Email']
            }
        ],
        [
            'too many integer digits',
            'Account',
            { Name: 'X', NumberOfEmployees: 1431655766 },
            {
                errorCode: 'NUMBER_OUTSIDE_VALID_RANGE',
                message: 'Employees: value outside of valid range on numeric field: 1431655766',
                fields: ['NumberOfEmployees']
            }
        ],
        [
            'an impossible date',
            'Contact',
            { LastName: 'X', Birthdate: '2021-02-30' },
            {
                errorCode: 'JSON_PARSER_ERROR',
                message:
                    'Cannot deserialize instance of date from VALUE_STRING value 2021-02-30 or request may be missing ' +
                    'a required field at [line:1, column:29]'
            }
        ],
        [
            'a malformed reference Id',
            'Contact',
            { LastName: 'X', AccountId: 'abc' },
            {
                errorCode: 'MALFORMED_ID',
                message: 'Account ID: id value of incorrect type: abc',
                fields: ['AccountId']
            }
        ],
        [
            'a reference to a record that does not exist',
            'Contact',
            { LastName: 'X', AccountId: '001000000000001AAA' },
            {
                errorCode: 'INVALID_CROSS_REFERENCE_KEY',
                message: 'invalid cross reference id',
                fields: ['AccountId']
            }
        ]
    ])(
        'when a record has %s, then jsforce gets the Salesforce code and message',
        async (_case, type, record, expected) => {
            expect(await createError(type, record)).toMatchObject(expected);
        }
    );

    test('when a unique external Id is reused in another case, then DUPLICATE_VALUE names the holder', async () => {
        const [holder] = server.org.insertRecords('Contact', [
            { LastName: 'A', Trustworthy_Id__c: 'tw-9' }
        ]);
        expect(
            await createError('Contact', { LastName: 'B', Trustworthy_Id__c: 'TW-9' })
        ).toMatchObject({
            errorCode: 'DUPLICATE_VALUE',
            message: `duplicate value found: Trustworthy_Id__c duplicates value on record with id: ${holder}`
        });
    });

    test('when a number has more decimals than its scale, then it is rounded half-up', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Opportunity').create({
            Name: 'Policy',
            StageName: 'Prospecting',
            CloseDate: '2026-03-01',
            Amount: '1234.565'
        });

        expect(server.org.getRecord('Opportunity', id as string)).toMatchObject({
            Amount: 1234.57,
            Probability: 10,
            ForecastCategoryName: 'Pipeline',
            IsClosed: false
        });
    });

    test('when a datetime with an offset is written, then it is stored in UTC in the Salesforce form', async () => {
        const conn = server.connection();
        const { id } = await conn.sobject('Contact').create({
            LastName: 'X',
            Trustworthy_Last_Synced__c: '2026-01-10T12:30:45.123+02:00'
        });
        expect(server.org.getRecord('Contact', id as string)?.Trustworthy_Last_Synced__c).toBe(
            '2026-01-10T10:30:45.000+0000'
        );
    });

    test('when LastName is set to null on update, then REQUIRED_FIELD_MISSING comes back with HTTP 400', async () => {
        const [id] = server.org.insertRecords('Contact', [{ LastName: 'Keep' }]);
        const response = await fetch(
            `${server.instanceUrl}/services/data/v62.0/sobjects/Contact/${id}`,
            {
                method: 'PATCH',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ LastName: null })
            }
        );

        expect(response.status).toBe(400);
        expect(await response.json()).toEqual([
            {
                message: 'Required fields are missing: [LastName]',
                errorCode: 'REQUIRED_FIELD_MISSING',
                fields: ['LastName']
            }
        ]);
    });

    test('when a collection carries an unreadable date, then the whole request fails and nothing is saved', async () => {
        const conn = server.connection();
        await expect(
            conn
                .sobject('Contact')
                .create([{ LastName: 'Fine' }, { LastName: 'Bad', Birthdate: 'yesterday' }])
        ).rejects.toMatchObject({ errorCode: 'JSON_PARSER_ERROR' });
        expect(server.org.countRecords('Contact')).toBe(0);
    });

    test('when the body is not JSON, then the reply is 400 JSON_PARSER_ERROR', async () => {
        const response = await fetch(`${server.instanceUrl}/services/data/v62.0/sobjects/Contact`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"LastName": '
        });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject([{ errorCode: 'JSON_PARSER_ERROR' }]);
    });
});
