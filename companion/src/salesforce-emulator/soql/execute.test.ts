import { ManualClock } from '../clock';
import { loadRecords, runSoql, type SoqlOutcome } from './execute';
import type { ApiRecord } from './projection';
import { SoqlError } from './soql-error';
import { ADMIN_USER, RESTRICTED_USER, TestOrg } from './test-support/test-org';

const org = new TestOrg();
const clock = new ManualClock('2026-01-15T09:00:00.000Z');

const owner = org.insert('User', { Name: 'Olive Owner' });
const acme = org.insert('Account', {
    Name: 'Acme',
    AnnualRevenue: 1000,
    NumberOfEmployees: 10,
    Industry: 'Tech',
    CreatedDate: '2026-01-15T08:00:00.000+0000',
    LastActivityDate: '2026-01-14',
    External_Key__c: 'Key-A',
    Active__c: true,
    OwnerId: owner
});
const beta = org.insert('Account', {
    Name: 'beta corp',
    AnnualRevenue: 500,
    NumberOfEmployees: 200,
    CreatedDate: '2026-01-10T00:00:00.000+0000',
    LastActivityDate: '2026-01-15',
    External_Key__c: 'key-a',
    Active__c: false
});
const gamma = org.insert('Account', {
    Name: 'Gamma_1',
    NumberOfEmployees: 50,
    Industry: 'Retail',
    CreatedDate: '2025-12-01T12:00:00.000+0000',
    Active__c: true
});
const deleted = org.insert('Account', { Name: 'Deleted Co', Industry: 'Tech' }, true);

const smith = org.insert('Contact', { LastName: 'Smith', AccountId: acme, Secret__c: 's1' });
const jones = org.insert('Contact', { LastName: 'Jones' });
const obrien = org.insert('Contact', { LastName: "O'Brien", AccountId: beta });

function outcome(
    soql: string,
    options: { userId?: string; includeDeleted?: boolean } = {}
): SoqlOutcome {
    return runSoql(
        {
            soql,
            userId: options.userId ?? ADMIN_USER,
            includeDeleted: options.includeDeleted ?? false
        },
        { schema: org, rows: org, clock }
    );
}

function records(
    soql: string,
    options: { userId?: string; includeDeleted?: boolean } = {}
): ApiRecord[] {
    const result = outcome(soql, options);
    if (result.kind !== 'records') throw new Error(`expected records from ${soql}`);
    return loadRecords(result.query, result.ids, org, '60.0');
}

function ids(where: string, object = 'Account'): string[] {
    return records(`SELECT Id FROM ${object} WHERE ${where}`).map((record) => String(record.Id));
}

function failure(soql: string, userId = ADMIN_USER): SoqlError {
    try {
        outcome(soql, { userId });
    } catch (error) {
        if (error instanceof SoqlError) return error;
        throw error;
    }
    throw new Error(`expected ${soql} to fail`);
}

describe('runSoql projection', () => {
    it('when fields are named in any case, then records list them in select order with defined casing', () => {
        const [record] = records(
            "select name, ID, numberofemployees from account where name = 'Acme'"
        );

        expect(Object.keys(record ?? {})).toEqual([
            'attributes',
            'Name',
            'Id',
            'NumberOfEmployees'
        ]);
        expect(record).toEqual({
            attributes: { type: 'Account', url: `/services/data/v60.0/sobjects/Account/${acme}` },
            Name: 'Acme',
            Id: acme,
            NumberOfEmployees: 10
        });
    });

    it('when Id is not selected, then the attributes url still carries it', () => {
        const [record] = records("SELECT Name FROM Account WHERE Name = 'Acme'");

        expect(record?.attributes).toEqual({
            type: 'Account',
            url: `/services/data/v60.0/sobjects/Account/${acme}`
        });
    });

    it('when the object name is written in another case, then the defined name is used', () => {
        expect(records("SELECT Id FROM ACCOUNT WHERE Name = 'Acme'")[0]?.attributes).toMatchObject({
            type: 'Account'
        });
    });

    it('when a parent field is selected, then it is nested with its own attributes, or null without a parent', () => {
        const result = records(
            'SELECT LastName, Account.Name, account.industry FROM Contact ORDER BY LastName'
        );

        expect(result).toEqual([
            {
                attributes: {
                    type: 'Contact',
                    url: `/services/data/v60.0/sobjects/Contact/${jones}`
                },
                LastName: 'Jones',
                Account: null
            },
            {
                attributes: {
                    type: 'Contact',
                    url: `/services/data/v60.0/sobjects/Contact/${obrien}`
                },
                LastName: "O'Brien",
                Account: {
                    attributes: {
                        type: 'Account',
                        url: `/services/data/v60.0/sobjects/Account/${beta}`
                    },
                    Name: 'beta corp',
                    Industry: null
                }
            },
            {
                attributes: {
                    type: 'Contact',
                    url: `/services/data/v60.0/sobjects/Contact/${smith}`
                },
                LastName: 'Smith',
                Account: {
                    attributes: {
                        type: 'Account',
                        url: `/services/data/v60.0/sobjects/Account/${acme}`
                    },
                    Name: 'Acme',
                    Industry: 'Tech'
                }
            }
        ]);
    });

    it('when a field is prefixed with the queried object name, then it is the plain field', () => {
        expect(
            records("SELECT Contact.LastName FROM Contact WHERE LastName = 'Smith'")[0]
        ).toMatchObject({
            LastName: 'Smith'
        });
    });

    it('when a parent field filters or sorts, then it is followed through the lookup', () => {
        expect(ids("Account.Name = 'ACME'", 'Contact')).toEqual([smith]);
        const sorted = records('SELECT LastName FROM Contact ORDER BY Account.Name DESC');
        expect(sorted.map((record) => record.LastName)).toEqual(['Jones', "O'Brien", 'Smith']);
    });
});

describe('runSoql WHERE', () => {
    it.each([
        ["Name = 'ACME'", [acme]],
        ["External_Key__c = 'key-a'", [beta]],
        ["Industry != 'Tech'", [beta, gamma]],
        ["Industry <> 'tech'", [beta, gamma]],
        ['Industry = null', [beta]],
        ['Industry != null', [acme, gamma]],
        ['NumberOfEmployees > 10', [beta, gamma]],
        ['NumberOfEmployees >= 50', [beta, gamma]],
        ['NumberOfEmployees < 50', [acme]],
        ['NumberOfEmployees <= 50', [acme, gamma]],
        ['AnnualRevenue <= 500.0', [beta]],
        ["Name < 'B'", [acme]],
        ["Name >= 'beta'", [beta, gamma]],
        ["Name LIKE 'ac%'", [acme]],
        ["Name LIKE '_ETA%'", [beta]],
        ["Name LIKE 'gamma\\_1'", [gamma]],
        ["Name LIKE '%a%'", [acme, beta, gamma]],
        ["Industry IN ('tech', 'RETAIL')", [acme, gamma]],
        ["Industry IN ('Tech', null)", [acme, beta]],
        ["Industry NOT IN ('Tech')", [beta, gamma]],
        ["NOT Name = 'Acme'", [beta, gamma]],
        ["NOT (Name = 'Acme' OR Name = 'Gamma_1')", [beta]],
        ["Active__c = true AND (Industry = 'Tech' OR NumberOfEmployees > 20)", [acme, gamma]],
        ["(Active__c = false AND NumberOfEmployees > 20) OR Name = 'Acme'", [acme, beta]],
        ['Active__c = false', [beta]],
        ['LastActivityDate = 2026-01-14', [acme]],
        ['LastActivityDate > 2026-01-14', [beta]],
        ['CreatedDate > 2026-01-10T00:00:00Z', [acme]],
        ['CreatedDate = 2026-01-10T01:00:00+01:00', [beta]],
        ['CreatedDate <= 2026-01-10T00:00:00.000+0000', [beta, gamma]],
        ['CreatedDate = TODAY', [acme]],
        ['LastActivityDate = YESTERDAY', [acme]],
        ['LastActivityDate = TODAY', [beta]],
        ['CreatedDate = LAST_N_DAYS:7', [acme, beta]],
        ['CreatedDate < LAST_N_DAYS:7', [gamma]],
        ['CreatedDate > YESTERDAY', [acme]],
        [`Id = '${acme.slice(0, 15)}'`, [acme]],
        [`Id IN ('${acme}', '${gamma}')`, [acme, gamma]],
        [`OwnerId = '${owner}'`, [acme]],
        ["OwnerId = ''", [beta, gamma]],
        ["Owner.Name LIKE 'olive%'", [acme]]
    ])('when filtering on %s, then exactly the expected rows match', (where, expected) => {
        expect(ids(where)).toEqual(expected);
    });

    it('when a row is deleted, then query skips it and queryAll returns it with IsDeleted true', () => {
        expect(ids("Industry = 'Tech'")).toEqual([acme]);

        const all = records("SELECT Id, IsDeleted FROM Account WHERE Industry = 'Tech'", {
            includeDeleted: true
        });
        expect(all.map((record) => [record.Id, record.IsDeleted])).toEqual([
            [acme, false],
            [deleted, true]
        ]);
    });
});

describe('runSoql ORDER BY, LIMIT, OFFSET and COUNT', () => {
    function names(soql: string): unknown[] {
        return records(soql).map((record) => record.Name);
    }

    it('when sorting by text, then case is ignored', () => {
        expect(names('SELECT Name FROM Account ORDER BY Name')).toEqual([
            'Acme',
            'beta corp',
            'Gamma_1'
        ]);
    });

    it('when sorting descending without NULLS, then nulls still come first, as documented', () => {
        expect(names('SELECT Name FROM Account ORDER BY Industry DESC')).toEqual([
            'beta corp',
            'Acme',
            'Gamma_1'
        ]);
    });

    it('when NULLS LAST is given, then nulls come last', () => {
        expect(names('SELECT Name FROM Account ORDER BY Industry ASC NULLS LAST')).toEqual([
            'Gamma_1',
            'Acme',
            'beta corp'
        ]);
    });

    it('when several keys are given, then later keys break ties', () => {
        expect(
            names('SELECT Name FROM Account ORDER BY Active__c DESC, NumberOfEmployees DESC')
        ).toEqual(['Gamma_1', 'Acme', 'beta corp']);
    });

    it('when LIMIT and OFFSET are given, then the window is cut after sorting', () => {
        expect(names('SELECT Name FROM Account ORDER BY Name LIMIT 1 OFFSET 1')).toEqual([
            'beta corp'
        ]);
    });

    it('when COUNT() is asked, then only the total comes back, deleted rows counted by queryAll only', () => {
        expect(outcome('SELECT COUNT() FROM Account')).toEqual({ kind: 'count', totalSize: 3 });
        expect(outcome('SELECT COUNT() FROM Account', { includeDeleted: true })).toEqual({
            kind: 'count',
            totalSize: 4
        });
        expect(outcome("SELECT count() FROM Account WHERE Industry = 'Tech'")).toEqual({
            kind: 'count',
            totalSize: 1
        });
    });

    it('when COUNT(field) is asked, then one AggregateResult row counts the non-null values', () => {
        expect(outcome('SELECT COUNT(Industry) FROM Account')).toEqual({
            kind: 'aggregate',
            records: [{ attributes: { type: 'AggregateResult' }, expr0: 2 }]
        });
    });
});

describe('runSoql errors', () => {
    const customFieldHint =
        "If you are attempting to use a custom field, be sure to append the '__c' after the custom " +
        'field name. Please reference your WSDL or the describe call for the appropriate names.';

    it('when a column is unknown, then INVALID_FIELD names it and the entity at its column', () => {
        const error = failure('SELECT Id, Nme FROM Contact');

        expect(error.errorCode).toBe('INVALID_FIELD');
        expect(error.message).toBe(
            `\nSELECT Id, Nme FROM Contact\n           ^\nERROR at Row:1:Column:12\n` +
                `No such column 'Nme' on entity 'Contact'. ${customFieldHint}`
        );
    });

    it('when a parent field is unknown, then the entity named is the parent', () => {
        expect(failure('SELECT Account.Nme FROM Contact').message).toMatch(
            /Column:8\nNo such column 'Nme' on entity 'Account'\./
        );
    });

    it('when a relationship is unknown, then INVALID_FIELD says it was not understood', () => {
        const error = failure('SELECT Acct.Name FROM Contact');

        expect(error.errorCode).toBe('INVALID_FIELD');
        expect(error.message).toMatch(
            /Column:8\nDidn't understand relationship 'Acct' in field path\./
        );
    });

    it('when a field is hidden from the user, then it is unknown to them and known to others', () => {
        expect(failure('SELECT Secret__c FROM Contact', RESTRICTED_USER).message).toMatch(
            /No such column 'Secret__c' on entity 'Contact'/
        );
        expect(
            records("SELECT Secret__c FROM Contact WHERE LastName = 'Smith'")[0]?.Secret__c
        ).toBe('s1');
    });

    it('when a WHERE field is unknown, then INVALID_FIELD points at it', () => {
        expect(failure("SELECT Id FROM Account WHERE Nmae = 'x'").message).toMatch(
            /Column:30\nNo such column 'Nmae' on entity 'Account'/
        );
    });

    it('when a field is selected twice, then INVALID_FIELD reports the duplicate without a preamble', () => {
        const error = failure('SELECT Name, Id, name FROM Account');

        expect(error.errorCode).toBe('INVALID_FIELD');
        expect(error.message).toBe('duplicate field selected: Name');
    });

    it.each([
        [
            "NumberOfEmployees = '5'",
            "field 'NumberOfEmployees' must be of type integer and should not be enclosed in quotes"
        ],
        [
            "AnnualRevenue > '5'",
            "field 'AnnualRevenue' must be of type double and should not be enclosed in quotes"
        ],
        ['Name = 5', "field 'Name' must be of type string and should be enclosed in quotes"],
        [
            "Active__c = 'true'",
            "field 'Active__c' must be of type boolean and should not be enclosed in quotes"
        ],
        [
            'LastActivityDate > 2026-01-14T00:00:00Z',
            "field 'LastActivityDate' must be of type date and should not be enclosed in quotes"
        ],
        [
            'CreatedDate > 2026-01-14',
            "field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes"
        ],
        [
            "CreatedDate > '2026-01-14T00:00:00Z'",
            "field 'CreatedDate' must be of type dateTime and should not be enclosed in quotes"
        ],
        [
            'NumberOfEmployees LIKE 5',
            "field 'NumberOfEmployees' must be of type string and should be enclosed in quotes"
        ]
    ])('when %s, then INVALID_FIELD says which literal the field wants', (where, detail) => {
        const error = failure(`SELECT Id FROM Account WHERE ${where}`);

        expect(error.errorCode).toBe('INVALID_FIELD');
        expect(error.message).toMatch(/ERROR at Row:1:Column:30\n/);
        expect(error.message.endsWith(`value of filter criterion for ${detail}`)).toBe(true);
    });

    it('when an Id literal is not an Id, then MALFORMED_QUERY points at the literal', () => {
        const error = failure("SELECT Id FROM Account WHERE Id = 'abc'");

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toMatch(/Column:35\ninvalid ID field: abc$/);
    });

    it('when OFFSET is above 2,000, then NUMBER_OUTSIDE_VALID_RANGE', () => {
        expect(failure('SELECT Id FROM Account OFFSET 2001').errorCode).toBe(
            'NUMBER_OUTSIDE_VALID_RANGE'
        );
    });

    it('when a compound address is filtered, then INVALID_FIELD says it cannot be', () => {
        expect(failure("SELECT Id FROM Account WHERE BillingAddress = 'x'").message).toMatch(
            /field 'BillingAddress' can not be filtered in a query call$/
        );
    });

    it('when COUNT() is mixed with fields, then MALFORMED_QUERY', () => {
        expect(failure('SELECT COUNT(), Name FROM Account').errorCode).toBe('MALFORMED_QUERY');
    });
});
