import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import express from 'express';
import { Connection } from 'jsforce';

import { ManualClock } from '../clock';
import type { EmulatorLocals } from '../context';
import { QueryCursorStore } from '../soql/query-cursors';
import { ADMIN_USER, RESTRICTED_USER, TestOrg } from '../soql/test-support/test-org';
import { createQueryRouter } from './query';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared');
const BULK_ROWS = 4500;

interface QueryReply {
    totalSize: number;
    done: boolean;
    nextRecordsUrl?: string;
    records: Record<string, unknown>[];
}

const org = new TestOrg();
const clock = new ManualClock('2026-01-15T09:00:00.000Z');
const cursors = new QueryCursorStore(clock);
const requestedPaths: string[] = [];
let server: Server;
let instanceUrl: string;

beforeAll(async () => {
    for (let index = 0; index < BULK_ROWS; index++) {
        org.insert(
            'Contact',
            { LastName: `Bulk ${String(index).padStart(4, '0')}` },
            index % 10 === 0
        );
    }
    org.insert('Account', { Name: 'Acme', Industry: 'Tech' });

    const app = express();
    app.use((req, _res, next) => {
        requestedPaths.push(req.originalUrl);
        next();
    });
    app.use('/services/data/v:version', (req, res, next) => {
        const token = req.get('Authorization')?.replace(/^Bearer /, '');
        const locals: EmulatorLocals = {
            session: {
                userId: token === 'restricted' ? RESTRICTED_USER : ADMIN_USER,
                orgId: '00D',
                clientId: 'test'
            },
            apiVersion: String(req.params.version)
        };
        Object.assign(res.locals, locals);
        next();
    });
    app.use('/services/data/v:version', createQueryRouter(org, org, clock, cursors));

    server = await new Promise<Server>((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
    await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve()))
    );
});

beforeEach(() => {
    requestedPaths.length = 0;
});

function liveRowCount(objectName: string): number {
    return [...org.rows(objectName)].filter((row) => !row.isDeleted).length;
}

function connect(accessToken = 'admin'): Connection {
    return new Connection({ instanceUrl, accessToken, version: '60.0' });
}

function fixtureKeys(name: string): string[] {
    const file = path.join(SHARED, 'fixtures/salesforce/restforce', name);
    return Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')) as object).sort();
}

async function rejection(
    promise: PromiseLike<unknown>
): Promise<{ errorCode?: string; message?: string }> {
    try {
        await promise;
    } catch (error) {
        return error as { errorCode?: string; message?: string };
    }
    throw new Error('expected the call to fail');
}

describe('query routes through jsforce', () => {
    it('when a query matches nothing, then the reply has the recorded empty shape', async () => {
        const reply = await connect().request<QueryReply>(
            '/services/data/v60.0/query?q=' +
                encodeURIComponent("SELECT Id FROM Account WHERE Name = 'none'")
        );

        expect(reply).toEqual({ totalSize: 0, done: true, records: [] });
        expect(Object.keys(reply).sort()).toEqual(fixtureKeys('query_empty_response.json'));
    });

    it('when a query has more rows than a batch, then pages carry the recorded keys and a /query/ locator', async () => {
        const first = await connect().request<QueryReply>(
            '/services/data/v60.0/query?q=' + encodeURIComponent('SELECT Id, LastName FROM Contact')
        );
        expect(Object.keys(first).sort()).toEqual(
            fixtureKeys('query_paginated_first_page_response.json')
        );
        expect(first.nextRecordsUrl).toMatch(
            /^\/services\/data\/v60\.0\/query\/01g[0-9A-Za-z]{15}-2000$/
        );

        const last = await connect().request<QueryReply>(
            `${first.nextRecordsUrl}`.replace(/-2000$/, `-${first.totalSize - 5}`)
        );
        expect(Object.keys(last).sort()).toEqual(
            fixtureKeys('query_paginated_last_page_response.json')
        );
        expect(last.records).toHaveLength(5);
    });

    it('when 4,500 rows are fetched with autoFetch, then every live row arrives exactly once over three pages', async () => {
        const result = await connect().query<{ Id: string; LastName: string }>(
            'SELECT Id, LastName FROM Contact',
            {
                autoFetch: true,
                maxFetch: 10000
            }
        );

        const live = BULK_ROWS - BULK_ROWS / 10;
        expect(result.totalSize).toBe(live);
        expect(result.records).toHaveLength(live);
        expect(new Set(result.records.map((record) => record.Id)).size).toBe(live);
        expect(requestedPaths.filter((url) => url.includes('/query'))).toHaveLength(3);
        expect(cursors.size).toBe(0);
    });

    it('when queryAll is used, then deleted rows come back with IsDeleted true', async () => {
        // jsforce 3 has no Connection.queryAll; scanAll is how it asks for /queryAll.
        const result = await connect().query<{ IsDeleted: boolean }>(
            "SELECT Id, IsDeleted FROM Contact WHERE LastName LIKE 'Bulk 00%'",
            { scanAll: true }
        );

        expect(result.totalSize).toBe(100);
        expect(result.records.filter((record) => record.IsDeleted)).toHaveLength(10);
        expect(requestedPaths[0]).toMatch(/^\/services\/data\/v60\.0\/queryAll\?q=/);
    });

    it('when a queryAll cursor is run with autoFetch, then jsforce resumes it through /query/<locator>', async () => {
        const result = await connect()
            .query<{ Id: string }>('SELECT Id FROM Contact', { scanAll: true })
            .run({ autoFetch: true, maxFetch: 10000 });

        expect(result.totalSize).toBe(BULK_ROWS);
        expect(new Set(result.records.map((record) => record.Id)).size).toBe(BULK_ROWS);
        expect(
            requestedPaths.slice(1).every((url) => /\/query\/01g[0-9A-Za-z]+-\d+$/.test(url))
        ).toBe(true);
        expect(requestedPaths).toHaveLength(3);
    });

    it.each([
        ['batchSize=500', 500],
        ['batchSize=50', 200],
        ['batchSize=5000', 2000]
    ])(
        'when the header asks for %s, then the first page holds %d records',
        async (option, expected) => {
            const result = await connect().query('SELECT Id FROM Contact', {
                headers: { 'Sforce-Query-Options': option }
            });

            expect(result.records).toHaveLength(expected);
            expect(result.done).toBe(false);
        }
    );

    it('when rows change after the first page, then later pages keep the first page’s matches with current values', async () => {
        const conn = connect();
        const soql = "SELECT Id, LastName FROM Contact WHERE LastName LIKE 'Bulk 0%'";
        const first = await conn.query<{ Id: string }>(soql, {
            headers: { 'Sforce-Query-Options': 'batchSize=200' }
        });
        expect(first.totalSize).toBe(900);

        const changedId = String(first.records[0]?.Id);
        org.update('Contact', changedId, { LastName: 'Renamed' });
        const lateId = org.insert('Contact', { LastName: 'Bulk 0999 late' });

        const reread = await conn.request<QueryReply>(
            String(first.nextRecordsUrl).replace(/-\d+$/, '-0')
        );
        expect(reread.totalSize).toBe(900);
        expect(reread.records[0]).toMatchObject({ Id: changedId, LastName: 'Renamed' });

        const locator = String(first.nextRecordsUrl).split('/').pop() ?? '';
        const rest = await conn.queryMore(locator).run({ autoFetch: true, maxFetch: 10000 });
        expect(rest.records.some((record) => record.Id === lateId)).toBe(false);
        org.purge('Contact', lateId);
    });

    it('when a locator is unknown, then INVALID_QUERY_LOCATOR', async () => {
        const error = await rejection(connect().queryMore('01gEM0000000999AAA-2000'));

        expect(error.errorCode).toBe('INVALID_QUERY_LOCATOR');
    });

    it('when a cursor sits idle for 15 minutes, then its locator has expired', async () => {
        const conn = connect();
        const first = await conn.query('SELECT Id FROM Contact', {
            headers: { 'Sforce-Query-Options': 'batchSize=200' }
        });
        const locator = String(first.nextRecordsUrl).split('/').pop() ?? '';

        clock.advance(14 * 60_000);
        await expect(conn.queryMore(locator)).resolves.toMatchObject({ done: false });

        clock.advance(15 * 60_000);
        expect((await rejection(conn.queryMore(locator))).errorCode).toBe('INVALID_QUERY_LOCATOR');
    });

    it('when another user presents a locator, then it is not theirs to use', async () => {
        const first = await connect().query('SELECT Id FROM Contact');
        const locator = String(first.nextRecordsUrl).split('/').pop() ?? '';

        expect((await rejection(connect('restricted').queryMore(locator))).errorCode).toBe(
            'INVALID_QUERY_LOCATOR'
        );
    });

    it('when a user opens an eleventh cursor, then their oldest one is released', async () => {
        const conn = connect('restricted');
        const locators: string[] = [];
        for (let index = 0; index < 11; index++) {
            clock.advance(1000);
            const page = await conn.query('SELECT Id FROM Contact');
            locators.push(String(page.nextRecordsUrl).split('/').pop() ?? '');
        }

        expect((await rejection(conn.queryMore(locators[0] ?? ''))).errorCode).toBe(
            'INVALID_QUERY_LOCATOR'
        );
        await expect(conn.queryMore(locators[1] ?? '')).resolves.toMatchObject({
            totalSize: liveRowCount('Contact')
        });
    });

    it('when COUNT() is queried, then only totalSize comes back', async () => {
        const result = await connect().query('SELECT COUNT() FROM Contact');

        expect(result).toEqual({ totalSize: liveRowCount('Contact'), done: true, records: [] });
    });

    it.each([
        ['SELECT Id FORM Account', 'MALFORMED_QUERY'],
        ['SELECT Id, Nme FROM Account', 'INVALID_FIELD'],
        ['SELECT Id FROM Acount', 'INVALID_TYPE'],
        ['SELECT Secret__c FROM Contact', 'INVALID_FIELD']
    ])('when the query is %s, then jsforce raises %s', async (soql, errorCode) => {
        const error = await rejection(connect('restricted').query(soql));

        expect(error.errorCode).toBe(errorCode);
        expect(error.message).toMatch(/ERROR at Row:1:Column:\d+/);
    });

    it('when no query string is given, then MALFORMED_QUERY', async () => {
        const error = await rejection(connect().request('/services/data/v60.0/query'));

        expect(error.errorCode).toBe('MALFORMED_QUERY');
    });

    it('when the sf CLI asks for columns, then the reply describes each selected column', async () => {
        const soql = 'SELECT Id, LastName, Account.Name, Birthdate FROM Contact';
        const reply = await connect().request<Record<string, unknown>>(
            `/services/data/v60.0/query/?q=${encodeURIComponent(soql)}&columns=true`
        );

        const column = (name: string, apexType: string, extra: object = {}): object => ({
            aggregate: false,
            apexType,
            booleanType: false,
            columnName: name,
            custom: false,
            displayName: name,
            foreignKeyName: null,
            insertable: name !== 'Id',
            joinColumns: [],
            numberType: false,
            textType: apexType === 'String',
            updatable: name !== 'Id',
            ...extra
        });
        expect(reply).toEqual({
            columnMetadata: [
                column('Id', 'Id'),
                column('LastName', 'String'),
                column('Account', 'null', {
                    apexType: null,
                    insertable: false,
                    updatable: false,
                    joinColumns: [column('Name', 'String')]
                }),
                column('Birthdate', 'Date')
            ],
            entityName: 'Contact',
            groupBy: false,
            idSelected: true,
            keyPrefix: '003'
        });
    });
});
