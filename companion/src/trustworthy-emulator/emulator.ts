/**
 * The Trustworthy emulator: the API the product expects (see
 * trustworthy/trustworthy-api.openapi.yaml), served from SQLite tables of its
 * own so a restart on the same file continues where it stopped.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type Database from 'better-sqlite3';
import express from 'express';
import type { Express } from 'express';

import type { EmulatorClock } from './clock';
import { systemClock } from './clock';
import type { EmulatorContext } from './context';
import { TrustworthyFaults } from './faults';
import {
    errorEnvelope,
    injectFaults,
    jsonBody,
    notFound,
    rateLimitHeaders,
    requireApiKey
} from './http/pipeline';
import type { RateLimitSettings } from './rate-limiter';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rate-limiter';
import type { CommittedChange } from './record-writer';
import { RecordWriter } from './record-writer';
import { EMULATOR_ROUTES } from './routes/route-table';
import { loadSeed } from './seed';
import type { TrustworthySeed } from './seed-types';
import { ChangeLog } from './store/change-log';
import { IdempotencyStore } from './store/idempotency-store';
import { prepareDatabase } from './store/migrations';
import { RecordStore } from './store/record-store';
import { WebhookStore } from './store/webhook-store';
import { WebhookDispatcher } from './webhook-dispatcher';

export interface TrustworthyEmulatorOptions {
    db: Database.Database;
    apiKeys: string[];
    clock?: EmulatorClock;
    rateLimit?: RateLimitSettings;
}

export interface TrustworthyEmulator {
    app: Express;
    faults: TrustworthyFaults;
    seed(seed: TrustworthySeed): void;
    /** Resolves once every webhook delivery queued so far has finished. */
    webhooksIdle(): Promise<void>;
    close(): Promise<void>;
}

/** `/v1/{collection}/{id}` → `/v1/:collection/:id` */
function expressPath(contractPath: string): string {
    return contractPath.replace(/\{(\w+)\}/g, ':$1');
}

function buildContext(db: Database.Database, clock: EmulatorClock): EmulatorContext {
    const instanceId = prepareDatabase(db);
    const store = new RecordStore(db);
    const changes = new ChangeLog(db);
    const webhooks = new WebhookStore(db);
    const dispatcher = new WebhookDispatcher(webhooks, clock);
    const announce = (committed: CommittedChange[]) => dispatcher.announce(committed);
    const writer = new RecordWriter(db, store, changes, clock, announce);
    const idempotency = new IdempotencyStore(db);
    return { instanceId, clock, store, changes, writer, idempotency, webhooks, dispatcher };
}

export function createTrustworthyEmulator(
    options: TrustworthyEmulatorOptions
): TrustworthyEmulator {
    if (options.apiKeys.length === 0) throw new Error('the emulator needs at least one API key');
    const clock = options.clock ?? systemClock;
    const context = buildContext(options.db, clock);
    const faults = new TrustworthyFaults();

    const app = express();
    app.disable('x-powered-by');
    app.set('query parser', 'simple');
    app.use(rateLimitHeaders(new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT), clock));
    app.use(injectFaults(faults));
    app.use(requireApiKey(options.apiKeys));
    app.use(jsonBody());

    for (const route of EMULATOR_ROUTES) {
        app[route.method](expressPath(route.path), (req, res) => route.handle(req, res, context));
    }
    app.use(notFound());
    app.use(errorEnvelope());

    return {
        app,
        faults,
        seed: (seed) => loadSeed(context, seed),
        webhooksIdle: () => context.dispatcher.idle(),
        close: () => context.dispatcher.close()
    };
}

export interface StartedTrustworthyEmulator {
    url: string;
    emulator: TrustworthyEmulator;
    close(): Promise<void>;
}

/** Listens on 127.0.0.1 only; port 0 picks a free port. The caller owns the database. */
export async function startTrustworthyEmulator(
    options: TrustworthyEmulatorOptions & { port?: number; host?: '127.0.0.1' }
): Promise<StartedTrustworthyEmulator> {
    const emulator = createTrustworthyEmulator(options);
    const server: Server = await new Promise((resolve, reject) => {
        const listening = emulator.app.listen(options.port ?? 0, '127.0.0.1', (error?: Error) =>
            error ? reject(error) : resolve(listening)
        );
    });
    const { port } = server.address() as AddressInfo;

    return {
        url: `http://127.0.0.1:${port}`,
        emulator,
        close: async () => {
            await emulator.close();
            await new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
        }
    };
}
