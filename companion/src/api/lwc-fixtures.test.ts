/**
 * Keeps the Lightning components' test fixtures (force-app/test/fixtures/
 * companion/*.json) equal to what the companion really answers. A whole
 * admin session runs against the harness; each reply the components read is
 * normalised (ids, times, durations, ports) and compared with its file.
 * With UPDATE_FIXTURES=1 the files are rewritten instead: run
 * `npm run fixtures:update` after changing a reply, and review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';

import { startHarness } from '../app/test-support/companion-harness';
import type { Harness } from '../app/test-support/companion-harness';
import { linkedContact } from './routes/runs/test-support/run-helpers';

jest.setTimeout(120_000);

const FIXTURE_FOLDER = path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    'force-app',
    'test',
    'fixtures',
    'companion'
);
const UPDATING = process.env.UPDATE_FIXTURES === '1';

type Reply = { status: number; body: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const LOOPBACK = /127\.0\.0\.1:\d+/g;
const DURATION_KEY = /(duration|elapsed)/i;

/**
 * Replaces what differs between two identical sessions. Each distinct UUID
 * becomes a stable stand-in numbered by first appearance across all
 * fixtures, so a run id in runs-list.json is the same in run-detail.json.
 */
class Normaliser {
    private readonly uuids = new Map<string, string>();

    normalise(value: unknown, key = ''): unknown {
        if (Array.isArray(value)) return value.map((item) => this.normalise(item));
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(
                Object.entries(value).map(([name, item]) => [name, this.normalise(item, name)])
            );
        }
        if (typeof value === 'number' && DURATION_KEY.test(key)) return 0;
        if (typeof value !== 'string') return value;

        if (UUID.test(value)) return this.uuidFor(value);
        if (ISO_TIME.test(value)) return '2025-01-01T00:00:00.000Z';
        return value.replace(LOOPBACK, '127.0.0.1:PORT');
    }

    private uuidFor(value: string): string {
        const known = this.uuids.get(value.toLowerCase());
        if (known) return known;
        const standIn = `00000000-0000-4000-8000-${String(this.uuids.size + 1).padStart(12, '0')}`;
        this.uuids.set(value.toLowerCase(), standIn);
        return standIn;
    }
}

/** The session's replies, in the order they are captured; the test compares them all at the end. */
async function captureSession(harness: Harness): Promise<Array<[string, Reply]>> {
    const captured: Array<[string, Reply]> = [];
    const capture = async (
        name: string,
        method: string,
        route: string,
        body?: unknown
    ): Promise<Reply> => {
        const reply = await harness.api(method, route, body === undefined ? {} : { body });
        captured.push([name, { status: reply.status, body: reply.body }]);
        return reply;
    };

    await harness.companion.runOnce('manual');

    await capture('connections', 'get', '/api/v1/connections');
    await capture('setup', 'get', '/api/v1/connections/salesforce/setup');
    await capture('mappings-list', 'get', '/api/v1/mappings');
    const demo = await capture('mapping-demo', 'get', '/api/v1/mappings/demo');
    await capture(
        'suggestions-contact-member',
        'get',
        '/api/v1/schema/suggestions?salesforceObject=Contact&trustworthyObject=member'
    );
    await capture('schedule', 'get', '/api/v1/mappings/demo/schedule');

    // Validating a draft answers 200 with a report either way; saving the same
    // faulty draft is refused with the 400 envelope the editor shows.
    const document = (demo.body as { mapping: MappingDocument }).mapping;
    const faulty = withUnknownField(document);
    await capture('validate-ok', 'post', '/api/v1/mappings/demo/validate', document);
    await capture('validate-invalid', 'post', '/api/v1/mappings/demo/validate', faulty);
    await capture('validate-error', 'put', '/api/v1/mappings/demo', faulty);

    // One contact edited in Salesforce: the dry run previews it, the next run
    // writes it, and that small run is the one whose detail and rollback are kept.
    const edited = await linkedContact(harness, 0);
    await harness.salesforce
        .sobject('Contact')
        .update({ Id: edited.contactId, Title: 'Head of Household' });
    await capture('dry-run', 'post', '/api/v1/mappings/demo/dry-run', {
        sampleSize: 3,
        salesforceIds: [edited.contactId]
    });
    const small = await harness.companion.runOnce('manual');
    await capture('run-detail', 'get', `/api/v1/runs/${small.runId}?limit=20`);
    await capture('rollback-preview', 'post', `/api/v1/runs/${small.runId}/rollback?dryRun=true`);
    await capture(
        'record-status-synced',
        'get',
        `/api/v1/records/salesforce/${edited.contactId}/status`
    );

    await captureFailedRecord(harness, capture);
    await captureHeldConflict(harness, capture);

    await capture('runs-list', 'get', '/api/v1/runs?mappingName=demo&limit=10');
    await capture('usage', 'get', '/api/v1/usage');
    await captureRunInProgress(harness, capture);
    return captured;
}

interface MappingDocument {
    pairings: Array<{ fields: Array<Record<string, unknown>> }>;
}

function withUnknownField(document: MappingDocument): MappingDocument {
    const [first, ...rest] = document.pairings;
    if (!first) throw new Error('the demo mapping has no pairing');
    const unknownField = { salesforce: 'Nickname__c', trustworthy: 'nickname', transform: 'text' };
    return {
        ...document,
        pairings: [{ ...first, fields: [...first.fields, unknownField] }, ...rest]
    };
}

type Capture = (name: string, method: string, route: string, body?: unknown) => Promise<Reply>;

// A Salesforce row lock makes the write back to Salesforce fail once.
async function captureFailedRecord(harness: Harness, capture: Capture): Promise<void> {
    const { contactId, memberId } = await linkedContact(harness, 2);
    await harness.trustworthy.upsertBatch(
        'member',
        [{ id: memberId, fields: { title: 'Cannot lock' } }],
        'fixtures-lock'
    );
    harness.companion.local.salesforce?.emulator.faults.set({ lockRowFailures: 1 });
    await harness.companion.runOnce('manual');
    harness.companion.local.salesforce?.emulator.faults.reset();
    await capture('record-status-failed', 'get', `/api/v1/records/salesforce/${contactId}/status`);
}

// Under the hold policy, a field changed on both sides is held for the admin.
async function captureHeldConflict(harness: Harness, capture: Capture): Promise<void> {
    const active = await harness.companion.deps.mappings.active('demo');
    const holding = {
        ...active.mapping,
        pairings: active.mapping.pairings.map((pairing) => ({
            ...pairing,
            conflictPolicy: 'hold' as const
        }))
    };
    await harness.companion.repositories.mappings.saveVersion(
        'demo',
        holding,
        'fixtures',
        new Date().toISOString()
    );

    const pair = await linkedContact(harness, 1);
    await harness.salesforce
        .sobject('Contact')
        .update({ Id: pair.contactId, Title: 'Salesforce title' });
    await harness.trustworthy.upsertBatch(
        'member',
        [{ id: pair.memberId, fields: { title: 'Trustworthy title' } }],
        'fixtures-conflict'
    );
    await harness.companion.runOnce('manual');
    await capture('conflicts', 'get', '/api/v1/conflicts');
}

// Slow Salesforce replies keep a run going while a second one is asked for.
async function captureRunInProgress(harness: Harness, capture: Capture): Promise<void> {
    const faults = harness.companion.local.salesforce?.emulator.faults;
    faults?.set({ latencyMs: 150 });
    const running = harness.companion.runOnce('manual');
    try {
        while (!harness.companion.deps.sync.isRunning('demo')) {
            await new Promise((resolve) => setImmediate(resolve));
        }
        await capture('error-run-in-progress', 'post', '/api/v1/runs', { mappingName: 'demo' });
    } finally {
        faults?.reset();
        await running.catch(() => undefined);
    }
}

describe("the components' fixtures", () => {
    let harness: Harness;
    let replies: Array<[string, Reply]>;

    beforeAll(async () => {
        harness = await startHarness();
        const normaliser = new Normaliser();
        replies = (await captureSession(harness)).map(([name, reply]) => [
            name,
            normaliser.normalise(reply) as Reply
        ]);
    });
    afterAll(async () => {
        await harness.close();
    });

    it('when the session ran, then every reply the components read was captured with the status they expect', () => {
        expect(Object.fromEntries(replies.map(([name, reply]) => [name, reply.status]))).toEqual({
            connections: 200,
            setup: 200,
            'mappings-list': 200,
            'mapping-demo': 200,
            'suggestions-contact-member': 200,
            schedule: 200,
            'validate-ok': 200,
            'validate-invalid': 200,
            'validate-error': 400,
            'dry-run': 200,
            'run-detail': 200,
            'rollback-preview': 200,
            'record-status-synced': 200,
            'record-status-failed': 200,
            conflicts: 200,
            'runs-list': 200,
            usage: 200,
            'error-run-in-progress': 409
        });
    });

    it('when a reply is compared with its committed fixture, then they are equal (UPDATE_FIXTURES=1 rewrites them)', () => {
        if (UPDATING) fs.mkdirSync(FIXTURE_FOLDER, { recursive: true });

        for (const [name, reply] of replies) {
            const file = path.join(FIXTURE_FOLDER, `${name}.json`);
            const text = `${JSON.stringify(reply.body, null, 4)}\n`;
            if (UPDATING) {
                fs.writeFileSync(file, text);
                continue;
            }

            const committed = fs.existsSync(file)
                ? fs.readFileSync(file, 'utf8')
                : `(missing ${name}.json)`;
            expect({ fixture: name, body: text }).toEqual({ fixture: name, body: committed });
        }
    });
});
