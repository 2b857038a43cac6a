import { SoqlError } from './soql-error';
import { tokenize, type Token } from './tokenizer';

function kinds(soql: string): string[] {
    return tokenize(soql).map((token) => `${token.kind}:${token.text}`);
}

function failure(soql: string): SoqlError {
    try {
        tokenize(soql);
    } catch (error) {
        if (error instanceof SoqlError) return error;
        throw error;
    }
    throw new Error(`expected ${soql} to fail`);
}

describe('tokenize', () => {
    it('when given a query, then it yields names, symbols and literals with their offsets', () => {
        const tokens = tokenize("SELECT Account.Name FROM Contact WHERE Age__c >= 5 AND X <> 'y'");

        expect(tokens.map((token) => [token.kind, token.text, token.offset])).toEqual([
            ['identifier', 'SELECT', 0],
            ['identifier', 'Account.Name', 7],
            ['identifier', 'FROM', 20],
            ['identifier', 'Contact', 25],
            ['identifier', 'WHERE', 33],
            ['identifier', 'Age__c', 39],
            ['symbol', '>=', 46],
            ['number', '5', 49],
            ['identifier', 'AND', 51],
            ['identifier', 'X', 55],
            ['symbol', '<>', 57],
            ['string', "'y'", 60],
            ['eof', '<EOF>', 63]
        ]);
    });

    it('when a string has backslash escapes, then its value has them applied and raw keeps them', () => {
        const [token] = tokenize("'O\\'Brien \\\\ \\n \\t \\% \\_ \\\"'");

        expect(token).toMatchObject({
            kind: 'string',
            value: 'O\'Brien \\ \n \t % _ "',
            raw: 'O\\\'Brien \\\\ \\n \\t \\% \\_ \\"'
        });
    });

    it('when numbers are signed or decimal, then each is one number token', () => {
        const numbers = tokenize('-5 3.25 +7 0').filter(
            (token): token is Extract<Token, { kind: 'number' }> => token.kind === 'number'
        );

        expect(numbers.map((token) => token.value)).toEqual([-5, 3.25, 7, 0]);
    });

    it('when a date literal is unquoted, then it is a date token', () => {
        expect(kinds('2024-01-31')).toEqual(['date:2024-01-31', 'eof:<EOF>']);
    });

    it.each([
        ['2024-01-31T10:00:00Z', Date.UTC(2024, 0, 31, 10)],
        ['2024-01-31T10:00:00+01:00', Date.UTC(2024, 0, 31, 9)],
        ['2024-01-31T10:00:00-05:30', Date.UTC(2024, 0, 31, 15, 30)],
        ['2024-01-31T10:00:00.000+0000', Date.UTC(2024, 0, 31, 10)],
        ['2024-01-31T10:00:00.5Z', Date.UTC(2024, 0, 31, 10, 0, 0, 500)]
    ])('when the datetime literal is %s, then it is read as the right instant', (text, instant) => {
        expect(tokenize(text)[0]).toEqual({ kind: 'datetime', text, instant, offset: 0 });
    });

    it('when a datetime has an impossible offset, then it is MALFORMED_QUERY "Invalid datetime"', () => {
        const soql = 'SELECT Id FROM Account WHERE SystemModstamp > 2020-12-12t12:12:00-25:00';
        const error = failure(soql);

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toMatch(
            /ERROR at Row:1:Column:47\nInvalid datetime: 2020-12-12t12:12:00-25:00$/
        );
    });

    it('when a date does not exist, then it is MALFORMED_QUERY "Invalid date"', () => {
        expect(failure('X > 2023-02-29').message).toMatch(/Invalid date: 2023-02-29$/);
    });

    it('when a stray character appears, then the error names it with its 0-based line position', () => {
        const error = failure('SELECT Id from $casecomment');

        expect(error.errorCode).toBe('MALFORMED_QUERY');
        expect(error.message).toMatch(
            /ERROR at Row:1:Column:16\nline 1:15 unexpected token: '\$'$/
        );
    });

    it('when a string is never closed, then it is MALFORMED_QUERY', () => {
        expect(failure("Name = 'abc").errorCode).toBe('MALFORMED_QUERY');
    });

    it('when a string has an unknown escape, then the error quotes the literal and the sequence', () => {
        expect(failure("Name = 'a\\qb'").message).toMatch(
            /Invalid string literal ''a\\qb''\. Illegal character sequence '\\q' in string literal\.$/
        );
    });
});
