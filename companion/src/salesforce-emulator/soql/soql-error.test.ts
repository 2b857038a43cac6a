import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { ManualClock } from '../clock';
import { runSoql } from './execute';
import { positionPreamble, SoqlError } from './soql-error';
import { ADMIN_USER, TestOrg } from './test-support/test-org';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared');

function recordedInvalidTypeMessage(): string {
    const file = path.join(
        SHARED,
        'fixtures/salesforce/cumulusci-cassettes/TestCountSObjects.test_count_sobjects__errors.yaml'
    );
    const cassette = parse(fs.readFileSync(file, 'utf8')) as {
        interactions: { response: { body: { string: string } } }[];
    };
    const body = JSON.parse(cassette.interactions[0]?.response.body.string ?? '{}') as {
        compositeResponse: { body: unknown }[];
    };
    const [error] = body.compositeResponse[1]?.body as { message: string }[];
    if (!error) throw new Error('the recording has no error');
    return error.message;
}

describe('SOQL error messages', () => {
    it('when an object is unknown, then the message matches the one recorded from a real org', () => {
        const org = new TestOrg();
        let failure: unknown;
        try {
            runSoql(
                { soql: 'select count() from XYZZY', userId: ADMIN_USER, includeDeleted: false },
                { schema: org, rows: org, clock: new ManualClock() }
            );
        } catch (error) {
            failure = error;
        }

        expect(failure).toBeInstanceOf(SoqlError);
        expect((failure as SoqlError).errorCode).toBe('INVALID_TYPE');
        expect((failure as SoqlError).message).toBe(recordedInvalidTypeMessage());
    });

    it('when the line is short, then the whole line is quoted with the caret under the error', () => {
        const soql =
            "SELECT Id, Name, AccountNumber FROM AccountOpps WHERE Name like 'okToDelete%'";

        expect(positionPreamble(soql, soql.indexOf('AccountOpps'))).toBe(
            `\n${soql}\n${' '.repeat(36)}^\nERROR at Row:1:Column:37\n`
        );
    });

    it('when the line is long, then about thirty characters either side are quoted, widened to whole words', () => {
        const soql =
            'SELECT Id,Name,OwnerId,CreatedDate,LastModifiedDate,SystemModstamp,IsDeleted,' +
            'CreatedById,OCE__ActualCap__c,TPI_Product__c,Name2__c,OCE__JobId__c,Other__c FROM Plan__c';
        const offset = soql.indexOf('TPI_Product__c');

        expect(positionPreamble(soql, offset)).toBe(
            '\nCreatedById,OCE__ActualCap__c,TPI_Product__c,Name2__c,OCE__JobId__c\n' +
                `${' '.repeat(30)}^\nERROR at Row:1:Column:${offset + 1}\n`
        );
    });
});
