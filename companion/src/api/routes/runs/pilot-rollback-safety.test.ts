/**
 * A second mapping over records another mapping already linked: a pilot run
 * by Salesforce Id must pair the existing records (not "create" over them),
 * and rolling it back must never delete a record that existed before.
 */
import fs from 'node:fs';

import { defaultMappingPath } from '../../../app/active-mapping';
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';

jest.setTimeout(90_000);

describe('a pilot run of a second mapping, then its rollback', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
        expect((await harness.companion.runOnce('manual')).status).toBe('completed');
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when the pilot names a contact linked by another mapping, then it is updated in place and the rollback keeps it', async () => {
        const demo = JSON.parse(fs.readFileSync(defaultMappingPath(), 'utf8')) as {
            pairings: Array<Record<string, unknown>>;
        };
        const contacts = {
            ...demo.pairings[1],
            id: 'second-contacts',
            fields: (demo.pairings[1]?.fields as Array<Record<string, unknown>>).filter(
                (field) => field.transform !== 'reference'
            )
        };
        const mapping = {
            format: 'trustworthy-sync/mapping',
            formatVersion: 1,
            name: 'second',
            pairings: [contacts]
        };
        expect((await harness.api('post', '/api/v1/mappings', { body: mapping })).status).toBe(201);

        const contact = (
            await harness.salesforce.query<{ Id: string }>(
                'SELECT Id FROM Contact WHERE Trustworthy_Id__c != null ORDER BY LastName LIMIT 1'
            )
        ).records[0];
        if (!contact) throw new Error('no linked contact');
        const countBefore = (await harness.salesforce.query('SELECT COUNT() FROM Contact'))
            .totalSize;

        const dryRun = await harness.api('post', '/api/v1/mappings/second/dry-run', {
            body: { salesforceIds: [contact.Id] }
        });
        expect(dryRun.status).toBe(200);
        const planned = (
            dryRun.body as {
                records: Array<{ salesforceId: string | null; salesforce: { action: string } }>;
            }
        ).records;
        expect(planned).toHaveLength(1);
        expect(planned[0]?.salesforceId).toBe(contact.Id);
        expect(planned[0]?.salesforce.action).not.toBe('create');

        const started = await harness.api('post', '/api/v1/runs', {
            body: { mappingName: 'second', pilot: { salesforceIds: [contact.Id] } }
        });
        expect(started.status).toBe(202);
        const runId = (started.body as { runId: string }).runId;
        await harness.companion.deps.sync.idle('second');

        const rollback = await harness.api('post', `/api/v1/runs/${runId}/rollback`);
        expect(rollback.status).toBe(200);
        const steps = (
            rollback.body as { steps: Array<{ action: string; salesforceId: string | null }> }
        ).steps;
        expect(
            steps.filter((step) => step.action === 'delete' && step.salesforceId === contact.Id)
        ).toEqual([]);
        expect((await harness.salesforce.query('SELECT COUNT() FROM Contact')).totalSize).toBe(
            countBefore
        );
        expect(
            (await harness.salesforce.query(`SELECT Id FROM Contact WHERE Id = '${contact.Id}'`))
                .totalSize
        ).toBe(1);
    });
});
