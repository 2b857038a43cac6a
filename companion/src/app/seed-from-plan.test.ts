import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createLogger } from '../lib/logger';
import { startLocalSystems } from './local-systems';

const APEX_RECIPES_PLAN = path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    '..',
    'shared',
    'fixtures',
    'salesforce',
    'sample-data',
    'apex-recipes',
    'data-plan.json'
);

describe('seeding the emulated org from an sf data-tree plan', () => {
    it('when given the apex-recipes export, then the org holds its 50 accounts, 150 contacts and 50 opportunities, and Trustworthy has members matching some of them', async () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-plan-'));
        const local = await startLocalSystems({
            dataDir,
            basePort: 0,
            salesforce: true,
            trustworthy: true,
            seedPlan: APEX_RECIPES_PLAN,
            logger: createLogger('silent')
        });
        try {
            const org = local.salesforce?.emulator.org;
            expect(org?.countRecords('Account')).toBe(50);
            expect(org?.countRecords('Contact')).toBe(150);
            expect(org?.countRecords('Opportunity')).toBe(50);

            const emails = [...(org?.rows('Contact') ?? [])].map((row) =>
                String(row.values.Email ?? '').toLowerCase()
            );
            const response = await fetch(`${local.trustworthy?.baseUrl}/v1/members/lookup`, {
                method: 'POST',
                headers: {
                    authorization: `Bearer ${local.trustworthy?.apiKey}`,
                    'content-type': 'application/json'
                },
                body: JSON.stringify({ field: 'email', values: emails.slice(0, 200) })
            });
            const body = (await response.json()) as { records: unknown[] };
            expect(body.records.length).toBeGreaterThan(0);
        } finally {
            await local.close();
            fs.rmSync(dataDir, { recursive: true, force: true });
        }
    });
});
