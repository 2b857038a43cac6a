/**
 * Recursive-descent parser for the SOQL a sync engine and the sf CLI send.
 *
 * One deliberate difference from "standard" precedence: Salesforce refuses
 * AND and OR side by side without parentheses (`a AND b OR c` fails with
 * `unexpected token: 'OR'`, per its own release notes), so the parser does
 * too rather than guess a grouping the real org would reject.
 */
import type { Condition, FieldPath, Literal, OrderItem, SelectItem, SelectQuery } from './ast';
import {
    COMPARISON_SYMBOLS,
    isReserved,
    RELATIVE_DATE_RANGES,
    RELATIVE_DATES,
    UNSUPPORTED_CLAUSES
} from './soql-keywords';
import { soqlErrorAt } from './soql-error';
import { tokenize, type Token } from './tokenizer';

export function parseSoql(soql: string): SelectQuery {
    return new SoqlParser(soql).parseQuery();
}

class SoqlParser {
    private readonly tokens: Token[];
    private position = 0;

    constructor(private readonly soql: string) {
        this.tokens = tokenize(soql);
    }

    parseQuery(): SelectQuery {
        this.expectKeyword('SELECT');
        const select = this.parseSelectList();

        this.expectKeyword('FROM');
        const fromToken = this.expectName();
        const from = { name: fromToken.text, offset: fromToken.offset };

        const where = this.acceptKeyword('WHERE') ? this.parseCondition() : null;
        const orderBy = this.acceptKeyword('ORDER') ? this.parseOrderBy() : [];
        const limit = this.acceptKeyword('LIMIT') ? this.parseWholeNumber() : null;

        let offset: number | null = null;
        let offsetAt: number | null = null;
        if (this.acceptKeyword('OFFSET')) {
            offsetAt = this.peek().offset;
            offset = this.parseWholeNumber();
        }

        const end = this.peek();
        if (end.kind !== 'eof') throw this.unexpected(end);
        return { select, from, where, orderBy, limit, offset, offsetAt };
    }

    private parseSelectList(): SelectItem[] {
        const items = [this.parseSelectItem()];
        while (this.acceptSymbol(',')) items.push(this.parseSelectItem());
        return items;
    }

    private parseSelectItem(): SelectItem {
        const token = this.peek();
        if (token.kind === 'symbol' && token.text === '(') {
            throw this.unsupported(token, 'parent-to-child subqueries');
        }

        const next = this.tokens[this.position + 1];
        const isCount = token.kind === 'identifier' && token.text.toUpperCase() === 'COUNT';
        if (isCount && next?.kind === 'symbol' && next.text === '(') return this.parseCountItem();

        return { kind: 'field', field: this.parseFieldPath() };
    }

    private parseCountItem(): SelectItem {
        const countToken = this.advance();
        this.expectSymbol('(');
        if (this.acceptSymbol(')')) return { kind: 'countAll', offset: countToken.offset };

        const field = this.parseFieldPath();
        this.expectSymbol(')');

        const aliasToken = this.peek();
        const hasAlias = aliasToken.kind === 'identifier' && !isReserved(aliasToken.text);
        if (hasAlias) this.advance();
        return {
            kind: 'countField',
            field,
            alias: hasAlias ? aliasToken.text : null,
            offset: countToken.offset
        };
    }

    private parseCondition(): Condition {
        const first = this.parseUnary();
        const joiner = this.peekKeyword('AND') ? 'AND' : this.peekKeyword('OR') ? 'OR' : null;
        if (joiner === null) return first;

        const operands = [first];
        for (;;) {
            if (this.acceptKeyword(joiner)) {
                operands.push(this.parseUnary());
                continue;
            }
            const other = joiner === 'AND' ? 'OR' : 'AND';
            if (this.peekKeyword(other)) throw this.unexpected(this.peek());
            break;
        }
        return joiner === 'AND' ? { kind: 'and', operands } : { kind: 'or', operands };
    }

    private parseUnary(): Condition {
        if (this.acceptKeyword('NOT')) return { kind: 'not', operand: this.parseUnary() };

        if (this.acceptSymbol('(')) {
            const inner = this.parseCondition();
            this.expectSymbol(')');
            return inner;
        }

        return this.parseFieldExpression();
    }

    private parseFieldExpression(): Condition {
        const field = this.parseFieldPath();
        const token = this.peek();

        if (token.kind === 'symbol' && COMPARISON_SYMBOLS[token.text]) {
            this.advance();
            return {
                kind: 'compare',
                field,
                operator: COMPARISON_SYMBOLS[token.text]!,
                value: this.parseLiteral()
            };
        }

        if (this.acceptKeyword('LIKE'))
            return { kind: 'compare', field, operator: 'LIKE', value: this.parseLiteral() };

        if (this.acceptKeyword('IN'))
            return { kind: 'in', field, negated: false, values: this.parseValueList() };

        if (this.peekKeyword('NOT') && this.isKeyword(this.tokens[this.position + 1], 'IN')) {
            this.position += 2;
            return { kind: 'in', field, negated: true, values: this.parseValueList() };
        }

        throw this.unexpected(token);
    }

    private parseValueList(): Literal[] {
        this.expectSymbol('(');
        const values = [this.parseLiteral()];
        while (this.acceptSymbol(',')) values.push(this.parseLiteral());
        this.expectSymbol(')');
        return values;
    }

    private parseLiteral(): Literal {
        const token = this.peek();
        switch (token.kind) {
            case 'string':
                this.advance();
                return { kind: 'string', value: token.value, raw: token.raw, offset: token.offset };
            case 'number':
                this.advance();
                return {
                    kind: 'number',
                    value: token.value,
                    text: token.text,
                    offset: token.offset
                };
            case 'date':
                this.advance();
                return { kind: 'date', text: token.text, offset: token.offset };
            case 'datetime':
                this.advance();
                return {
                    kind: 'datetime',
                    text: token.text,
                    instant: token.instant,
                    offset: token.offset
                };
            case 'identifier':
                return this.parseWordLiteral(token);
            default:
                throw this.unexpected(token);
        }
    }

    private parseWordLiteral(token: Token): Literal {
        const word = token.text.toUpperCase();
        if (word === 'NULL' || word === 'TRUE' || word === 'FALSE') {
            this.advance();
            if (word === 'NULL') return { kind: 'null', offset: token.offset };
            return { kind: 'boolean', value: word === 'TRUE', offset: token.offset };
        }

        if (RELATIVE_DATES.has(word)) {
            this.advance();
            return {
                kind: 'relativeDate',
                name: word,
                days: null,
                text: token.text,
                offset: token.offset
            };
        }

        if (RELATIVE_DATE_RANGES.has(word)) {
            this.advance();
            this.expectSymbol(':');
            const days = this.parseWholeNumber();
            const text = `${token.text}:${days}`;
            return { kind: 'relativeDate', name: word, days, text, offset: token.offset };
        }

        throw this.unexpected(token);
    }

    private parseOrderBy(): OrderItem[] {
        this.expectKeyword('BY');
        const items = [this.parseOrderItem()];
        while (this.acceptSymbol(',')) items.push(this.parseOrderItem());
        return items;
    }

    private parseOrderItem(): OrderItem {
        const field = this.parseFieldPath();
        const descending = this.acceptKeyword('DESC');
        if (!descending) this.acceptKeyword('ASC');

        // Salesforce sorts nulls first unless told otherwise, in either direction.
        let nullsLast = false;
        if (this.acceptKeyword('NULLS')) {
            if (this.acceptKeyword('LAST')) nullsLast = true;
            else this.expectKeyword('FIRST');
        }
        return { field, descending, nullsLast };
    }

    private parseWholeNumber(): number {
        const token = this.peek();
        if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.unexpected(token);
        this.advance();
        return token.value;
    }

    private parseFieldPath(): FieldPath {
        const token = this.expectName();
        return { path: token.text, offset: token.offset };
    }

    private expectName(): Token {
        const token = this.peek();
        if (token.kind !== 'identifier' || isReserved(token.text)) throw this.unexpected(token);
        this.advance();
        return token;
    }

    private expectKeyword(keyword: string): void {
        if (!this.acceptKeyword(keyword)) throw this.unexpected(this.peek());
    }

    private acceptKeyword(keyword: string): boolean {
        if (!this.peekKeyword(keyword)) return false;
        this.advance();
        return true;
    }

    private peekKeyword(keyword: string): boolean {
        return this.isKeyword(this.peek(), keyword);
    }

    private isKeyword(token: Token | undefined, keyword: string): boolean {
        return token?.kind === 'identifier' && token.text.toUpperCase() === keyword;
    }

    private expectSymbol(symbol: string): void {
        if (!this.acceptSymbol(symbol)) throw this.unexpected(this.peek());
    }

    private acceptSymbol(symbol: string): boolean {
        const token = this.peek();
        if (token.kind !== 'symbol' || token.text !== symbol) return false;
        this.advance();
        return true;
    }

    private peek(): Token {
        const token = this.tokens[this.position] ?? this.tokens[this.tokens.length - 1];
        if (!token) throw new Error('tokenizer returned no tokens');
        return token;
    }

    private advance(): Token {
        const token = this.peek();
        if (token.kind !== 'eof') this.position++;
        return token;
    }

    private unexpected(token: Token): Error {
        if (token.kind === 'identifier' && UNSUPPORTED_CLAUSES.has(token.text.toUpperCase())) {
            return this.unsupported(token, token.text.toUpperCase());
        }
        return soqlErrorAt(
            'MALFORMED_QUERY',
            this.soql,
            token.offset,
            `unexpected token: '${token.text}'`
        );
    }

    private unsupported(token: Token, feature: string): Error {
        return soqlErrorAt(
            'MALFORMED_QUERY',
            this.soql,
            token.offset,
            `${feature} is valid SOQL but not supported by the Salesforce emulator`
        );
    }
}
