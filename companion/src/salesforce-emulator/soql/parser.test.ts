import type { Condition } from './ast';
import { parseSoql } from './parser';
import { SoqlError } from './soql-error';

function parseFailure(soql: string): SoqlError {
    try {
        parseSoql(soql);
    } catch (error) {
        if (error instanceof SoqlError) return error;
        throw error;
    }
    throw new Error(`expected ${soql} to fail`);
}

/** A compact picture of a condition tree: `and(a, or(b, c))`, fields by name. */
function shape(condition: Condition | null): string {
    if (!condition) return '';
    switch (condition.kind) {
        case 'and':
        case 'or':
            return `${condition.kind}(${condition.operands.map(shape).join(', ')})`;
        case 'not':
            return `not(${shape(condition.operand)})`;
        case 'compare':
            return `${condition.field.path}${condition.operator}`;
        case 'in':
            return `${condition.field.path} ${condition.negated ? 'NOT IN' : 'IN'}`;
    }
}

describe('parseSoql', () => {
    it('when every clause is present, then each lands in the query', () => {
        const soql =
            "select Id, account.name from Contact where LastName = 'x' " +
            'order by LastName desc nulls last, Id limit 10 offset 5';
        const query = parseSoql(soql);

        expect(query.select).toEqual([
            { kind: 'field', field: { path: 'Id', offset: 7 } },
            { kind: 'field', field: { path: 'account.name', offset: 11 } }
        ]);
        expect(query.from).toEqual({ name: 'Contact', offset: 29 });
        expect(shape(query.where)).toBe('LastName=');
        expect(query.orderBy).toEqual([
            {
                field: { path: 'LastName', offset: soql.indexOf('LastName desc') },
                descending: true,
                nullsLast: true
            },
            {
                field: { path: 'Id', offset: soql.indexOf('Id limit') },
                descending: false,
                nullsLast: false
            }
        ]);
        expect(query.limit).toBe(10);
        expect(query.offset).toBe(5);
    });

    it('when COUNT() is selected, then the select list is one count item', () => {
        expect(parseSoql('SELECT COUNT() FROM Account').select).toEqual([
            { kind: 'countAll', offset: 7 }
        ]);
    });

    it('when COUNT(field) has an alias, then the alias is kept', () => {
        expect(parseSoql('SELECT COUNT(Id) total FROM Account').select[0]).toMatchObject({
            kind: 'countField',
            alias: 'total'
        });
    });

    it.each([
        ['a = 1', 'a='],
        ['a != 1', 'a!='],
        ['a <> 1', 'a!='],
        ['a < 1', 'a<'],
        ['a <= 1', 'a<='],
        ['a > 1', 'a>'],
        ['a >= 1', 'a>='],
        ["a LIKE 'x%'", 'aLIKE'],
        ["a IN ('x', 'y')", 'a IN'],
        ["a NOT IN ('x')", 'a NOT IN'],
        ['NOT a = 1', 'not(a=)'],
        ['a = 1 AND b = 2 AND c = 3', 'and(a=, b=, c=)'],
        ['a = 1 OR b = 2', 'or(a=, b=)'],
        ['a = 1 AND (b = 2 OR c = 3)', 'and(a=, or(b=, c=))'],
        ['(a = 1 AND b = 2) OR c = 3', 'or(and(a=, b=), c=)'],
        ['NOT (a = 1 OR b = 2) AND c = 3', 'and(not(or(a=, b=)), c=)'],
        ['NOT a = 1 AND b = 2', 'and(not(a=), b=)']
    ])('when the condition is %s, then it parses as %s', (condition, expected) => {
        expect(shape(parseSoql(`SELECT Id FROM Account WHERE ${condition}`).where)).toBe(expected);
    });

    it('when literals of every kind are compared, then each keeps its kind and value', () => {
        const query = parseSoql(
            "SELECT Id FROM X WHERE a IN ('s', 1.5, true, FALSE, null, 2024-01-31, " +
                '2024-01-31T10:00:00Z, TODAY, LAST_N_DAYS:7)'
        );
        const where = query.where;
        if (where?.kind !== 'in') throw new Error('expected an IN condition');

        expect(where.values.map((value) => value.kind)).toEqual([
            'string',
            'number',
            'boolean',
            'boolean',
            'null',
            'date',
            'datetime',
            'relativeDate',
            'relativeDate'
        ]);
        expect(where.values[8]).toMatchObject({ name: 'LAST_N_DAYS', days: 7 });
    });

    it('when AND and OR are mixed without parentheses, then OR is an unexpected token, as in Salesforce', () => {
        const error = parseFailure("SELECT Id FROM Lead WHERE a = 'x' AND b = 'y' OR c = 'z'");

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toMatch(/ERROR at Row:1:Column:47\nunexpected token: 'OR'$/);
    });

    it('when FROM is misspelt, then the message quotes the token with the preamble', () => {
        const error = parseFailure('SELECT Id FORM Account');

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toBe(
            "\nSELECT Id FORM Account\n          ^\nERROR at Row:1:Column:11\nunexpected token: 'FORM'"
        );
    });

    it('when the query ends early, then the unexpected token is <EOF> one column past the end', () => {
        const error = parseFailure('SELECT Id FROM Account WHERE');

        expect(error.message).toBe(
            "\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'"
        );
    });

    it.each([
        ['SELECT Id, FROM Account', "unexpected token: 'FROM'", 12],
        ['SELECT FROM Account', "unexpected token: 'FROM'", 8],
        ['SELECT Id FROM Account WHERE Id IN ()', "unexpected token: ')'", 37],
        ['SELECT Id FROM Account LIMIT x', "unexpected token: 'x'", 30],
        ['SELECT Id FROM Account ORDER Name', "unexpected token: 'Name'", 30],
        ['SELECT Id FROM Account WHERE Name = Bob', "unexpected token: 'Bob'", 37],
        ['SELECT Id FROM Account Extra', "unexpected token: 'Extra'", 24]
    ])('when the query is %s, then it fails with %s at column %d', (soql, detail, column) => {
        const error = parseFailure(soql);

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message.endsWith(`ERROR at Row:1:Column:${column}\n${detail}`)).toBe(true);
    });

    it('when the query spans lines, then row and column count from the error line', () => {
        const error = parseFailure('SELECT Id\nFROM Account\nWHERE Name = = 1');

        expect(error.message).toBe(
            "\nWHERE Name = = 1\n             ^\nERROR at Row:3:Column:14\nunexpected token: '='"
        );
    });

    it('when a clause the emulator does not implement is used, then the error says so plainly', () => {
        const error = parseFailure('SELECT Industry FROM Account GROUP BY Industry');

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toMatch(
            /GROUP is valid SOQL but not supported by the Salesforce emulator$/
        );
    });
});
