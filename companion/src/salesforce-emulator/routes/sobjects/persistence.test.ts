import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ManualClock } from '../../clock';
import { startTestOrgServer } from './test-harness';

describe('persistence across a restarted emulator', () => {
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'sf-emulator-'));
    });

    afterEach(() => {
        rmSync(folder, { recursive: true, force: true });
    });

    test('when the org is re-created on the same file, then records, users and deletions survive and Ids stay distinct', async () => {
        const databaseFile = path.join(folder, 'org.sqlite');
        const clock = new ManualClock('2026-01-15T09:00:00.000Z');

        const first = await startTestOrgServer({ databaseFile, clock });
        const conn = first.connection();
        const created = await conn
            .sobject('Contact')
            .create([{ LastName: 'Kept' }, { LastName: 'Binned' }]);
        const [keptId, binnedId] = created.map((result) => result.id as string);
        await conn.sobject('Contact').destroy(binnedId as string);
        const { orgId, integrationUserId } = first.org;
        await first.close();

        const second = await startTestOrgServer({ databaseFile, clock });
        try {
            expect(second.org.orgId).toBe(orgId);
            expect(second.org.integrationUserId).toBe(integrationUserId);
            expect(second.org.getRecord('Contact', keptId as string)).toMatchObject({
                LastName: 'Kept'
            });
            expect(
                [...second.org.rows('Contact')].find((row) => row.values.Id === binnedId)?.isDeleted
            ).toBe(true);

            const again = await second.connection().sobject('Contact').create({ LastName: 'New' });
            expect([keptId, binnedId]).not.toContain(again.id);
        } finally {
            await second.close();
        }
    });

    test('when an all-or-none batch fails, then nothing of it reaches the file', async () => {
        const databaseFile = path.join(folder, 'org.sqlite');
        const first = await startTestOrgServer({ databaseFile });
        await first
            .connection()
            .sobject('Contact')
            .create([{ LastName: 'Fine' }, { FirstName: 'No last name' }], { allOrNone: true });
        await first.close();

        const second = await startTestOrgServer({ databaseFile });
        try {
            expect(second.org.countRecords('Contact')).toBe(0);
        } finally {
            await second.close();
        }
    });
});
