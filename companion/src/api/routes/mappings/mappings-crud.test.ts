/**
 * Mapping create, read, update, delete and versions through HTTP against the
 * real app on the embedded default.
 */
import { startHarness } from '../../../app/test-support/companion-harness';
import type { Harness } from '../../../app/test-support/companion-harness';
import { contactsOnly, detailPaths, versionCount } from './mapping-test-support';

jest.setTimeout(60_000);

describe('the mappings endpoints', () => {
    let harness: Harness;
    beforeAll(async () => {
        harness = await startHarness();
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when the mappings are listed, then the demo imported at start is there as version 1, not paused', async () => {
        const reply = await harness.api('get', '/api/v1/mappings');
        expect(reply.status).toBe(200);
        expect((reply.body as { mappings: unknown[] }).mappings).toEqual([
            expect.objectContaining({
                name: 'demo',
                latestVersion: 1,
                paused: false,
                deletedAt: null,
                createdAt: expect.any(String)
            })
        ]);
    });

    it('when a mapping is created and saved again, then each save is a new version and old ones stay readable', async () => {
        const first = await contactsOnly(harness, 'members');
        const created = await harness.api('post', '/api/v1/mappings', { body: first });
        expect(created).toMatchObject({ status: 201, body: { name: 'members', version: 1 } });

        const second = {
            ...first,
            pairings: [{ ...first.pairings[0]!, conflictPolicy: 'hold' as const }]
        };
        const updated = await harness.api('put', '/api/v1/mappings/members', { body: second });
        expect(updated).toMatchObject({ status: 200, body: { name: 'members', version: 2 } });

        const latest = await harness.api('get', '/api/v1/mappings/members');
        expect(latest).toMatchObject({
            status: 200,
            body: { version: 2, source: 'api', mapping: { pairings: [{ conflictPolicy: 'hold' }] } }
        });
        const original = await harness.api('get', '/api/v1/mappings/members?version=1');
        expect(original).toMatchObject({
            status: 200,
            body: {
                version: 1,
                mapping: { pairings: [{ conflictPolicy: first.pairings[0]!.conflictPolicy }] }
            }
        });

        const versions = await harness.api('get', '/api/v1/mappings/members/versions');
        expect(versions).toMatchObject({
            status: 200,
            body: {
                mapping: { name: 'members', latestVersion: 2 },
                versions: [{ version: 1 }, { version: 2 }]
            }
        });
        const list = (await harness.api('get', '/api/v1/mappings')).body as {
            mappings: Array<{ name: string }>;
        };
        expect(list.mappings.map((mapping) => mapping.name)).toEqual(['demo', 'members']);
    });

    it('when a live mapping already has the name, then create answers 409 and stores nothing', async () => {
        const document = await contactsOnly(harness, 'taken');
        expect((await harness.api('post', '/api/v1/mappings', { body: document })).status).toBe(
            201
        );

        const again = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(again).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
        expect(await versionCount(harness, 'taken')).toBe(1);
    });

    it('when the document is broken, then 400 mapping_invalid lists every problem by JSON path and nothing is stored', async () => {
        const document = (await contactsOnly(harness, 'broken')) as unknown as Record<
            string,
            unknown
        > & { pairings: Array<Record<string, unknown>> };
        document.formatVersion = 2;
        const pairing = document.pairings[0]!;
        pairing.direction = 42;
        delete pairing.conflictPolicy;
        pairing.colour = 'blue';

        const reply = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(reply).toMatchObject({ status: 400, body: { error: { code: 'mapping_invalid' } } });
        expect(detailPaths(reply.body)).toEqual(
            expect.arrayContaining([
                'formatVersion',
                'pairings[0].direction',
                'pairings[0].conflictPolicy',
                'pairings[0].colour'
            ])
        );
        expect(await versionCount(harness, 'broken')).toBe(0);
    });

    it('when the document names an unknown object or field, then 400 mapping_invalid points at it and nothing is stored', async () => {
        const unknownObject = await contactsOnly(harness, 'ghosts');
        unknownObject.pairings[0]!.salesforceObject = 'Ghost__c';
        const objectReply = await harness.api('post', '/api/v1/mappings', { body: unknownObject });
        expect(objectReply).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid' } }
        });
        expect(detailPaths(objectReply.body)).toContain('pairings[0].salesforceObject');

        const unknownField = await contactsOnly(harness, 'ghosts');
        unknownField.pairings[0]!.fields[0]!.trustworthy = 'nickname';
        const fieldReply = await harness.api('post', '/api/v1/mappings', { body: unknownField });
        expect(fieldReply).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid' } }
        });
        expect(detailPaths(fieldReply.body)).toContain('pairings[0].fields[0].trustworthy');
        expect(await versionCount(harness, 'ghosts')).toBe(0);
    });

    it('when the body is not an object, too large or unauthenticated, then it is refused before anything is stored', async () => {
        const notObject = await harness.api('post', '/api/v1/mappings', { body: '["a"]' });
        expect(notObject).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const huge = await contactsOnly(harness, 'huge');
        huge.pairings[0]!.fields[0]!.salesforce = 'X'.repeat(300 * 1024);
        expect(await harness.api('post', '/api/v1/mappings', { body: huge })).toMatchObject({
            status: 413,
            body: { error: { code: 'payload_too_large' } }
        });

        const longName = await contactsOnly(harness, 'n'.repeat(300));
        const longReply = await harness.api('post', '/api/v1/mappings', { body: longName });
        expect(longReply).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid' } }
        });
        expect(detailPaths(longReply.body)).toContain('name');

        const anonymous = await harness.api('post', '/api/v1/mappings', {
            body: await contactsOnly(harness, 'anonymous'),
            authenticated: false
        });
        expect(anonymous).toMatchObject({
            status: 401,
            body: { error: { code: 'unauthenticated' } }
        });
        expect(await versionCount(harness, 'huge')).toBe(0);
        expect(await versionCount(harness, 'anonymous')).toBe(0);
    });

    it('when a read or update names what does not exist or is malformed, then 404 or 400 answers', async () => {
        expect(await harness.api('get', '/api/v1/mappings/nothing')).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        expect(await harness.api('get', '/api/v1/mappings/demo?version=99')).toMatchObject({
            status: 404,
            body: { error: { code: 'not_found' } }
        });
        expect(await harness.api('get', '/api/v1/mappings/demo?version=first')).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });
        expect(await harness.api('get', `/api/v1/mappings/${'x'.repeat(150)}`)).toMatchObject({
            status: 400,
            body: { error: { code: 'validation_failed' } }
        });

        const stray = await contactsOnly(harness, 'nothing');
        expect(await harness.api('put', '/api/v1/mappings/nothing', { body: stray })).toMatchObject(
            { status: 404 }
        );

        const renamed = await contactsOnly(harness, 'other-name');
        const mismatch = await harness.api('put', '/api/v1/mappings/demo', { body: renamed });
        expect(mismatch).toMatchObject({
            status: 400,
            body: { error: { code: 'mapping_invalid', details: [{ path: 'name' }] } }
        });
        expect(await versionCount(harness, 'demo')).toBe(1);
    });

    it('when a mapping is deleted, then it leaves the list and stops syncing but its versions stay for audit', async () => {
        const document = await contactsOnly(harness, 'retired');
        await harness.api('post', '/api/v1/mappings', { body: document });

        const deleted = await harness.api('delete', '/api/v1/mappings/retired');
        expect(deleted).toMatchObject({
            status: 200,
            body: { mapping: { name: 'retired', deletedAt: expect.any(String) } }
        });

        const list = (await harness.api('get', '/api/v1/mappings')).body as {
            mappings: Array<{ name: string }>;
        };
        expect(list.mappings.map((mapping) => mapping.name)).not.toContain('retired');
        await expect(harness.companion.deps.mappings.active('retired')).rejects.toMatchObject({
            code: 'not_found'
        });
        expect(await harness.api('get', '/api/v1/mappings/retired/versions')).toMatchObject({
            status: 200,
            body: { versions: [{ version: 1 }] }
        });
        expect(
            await harness.api('put', '/api/v1/mappings/retired', { body: document })
        ).toMatchObject({ status: 404 });
        expect(await harness.api('delete', '/api/v1/mappings/retired')).toMatchObject({
            status: 404
        });

        const recreated = await harness.api('post', '/api/v1/mappings', { body: document });
        expect(recreated).toMatchObject({ status: 201, body: { version: 2 } });
    });

    it('when a mapping is paused through the service, then the list and the active mapping show it', async () => {
        await harness.companion.deps.mappings.setPaused('demo', true);
        expect(await harness.companion.deps.mappings.active('demo')).toMatchObject({
            paused: true
        });
        const list = (await harness.api('get', '/api/v1/mappings')).body as {
            mappings: Array<{ name: string; paused: boolean }>;
        };
        expect(list.mappings.find((mapping) => mapping.name === 'demo')).toMatchObject({
            paused: true,
            pausedAt: expect.any(String)
        });

        await harness.companion.deps.mappings.setPaused('demo', false);
        expect(await harness.companion.deps.mappings.active('demo')).toMatchObject({
            paused: false
        });
        await expect(
            harness.companion.deps.mappings.setPaused('nothing', true)
        ).rejects.toMatchObject({ code: 'not_found' });
    });

    it('when a run is in progress, then deleting its mapping is refused and the mapping stays', async () => {
        const { faults } = harness.companion.local.salesforce!.emulator;
        faults.set({ latencyMs: 150 });
        const run = harness.companion.runOnce('manual');
        try {
            await until(() => harness.companion.deps.sync.isRunning('demo'));
            const refused = await harness.api('delete', '/api/v1/mappings/demo');
            expect(refused).toMatchObject({
                status: 409,
                body: { error: { code: 'run_in_progress' } }
            });
        } finally {
            faults.reset();
            await run.catch(() => undefined);
        }
        expect(await harness.companion.deps.mappings.active('demo')).toMatchObject({
            name: 'demo'
        });
    });
});

/** Waits for a state, not for a time: the run marks itself running before its first call. */
async function until(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 1000 && !condition(); attempt += 1)
        await new Promise((resolve) => setImmediate(resolve));
    if (!condition()) throw new Error('the condition never held');
}
