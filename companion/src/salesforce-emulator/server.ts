/**
 * The emulated org as one HTTP server on loopback: OAuth and identity, the
 * REST gate (limits header, faults, session, daily allowance), then SOQL and
 * the sObject routes under /services/data/v<version>. Its data lives in one
 * SQLite file, so a restarted emulator is the same org with the same rows.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import Database from 'better-sqlite3';
import express from 'express';

import { createAccessLayer } from './access';
import type { AccessLayer, ConnectedApp, PreIssuedToken } from './access';
import type { EmulatorClock } from './clock';
import { systemClock } from './clock';
import { FaultSwitches } from './faults';
import { createEmulatorOrg } from './org';
import type { EmulatorOrg } from './org';
import { createCustomNotificationRouter } from './routes/custom-notifications';
import { createQueryRouter } from './routes/query';
import { DEFAULT_API_VERSIONS } from './access/api-versions';
import { createStreamingEndpoint } from './streaming/streaming-endpoint';
import type { StreamingEndpoint } from './streaming/streaming-endpoint';

export interface SalesforceEmulatorOptions {
    /** SQLite file for the org's data, or ':memory:'. */
    databaseFile: string;
    port?: number;
    clock?: EmulatorClock;
    connectedApps: ConnectedApp[];
    preIssuedTokens?: PreIssuedToken[];
    dailyApiLimit?: number;
    controlEnabled?: boolean;
}

export interface SalesforceEmulator {
    url: string;
    org: EmulatorOrg;
    faults: FaultSwitches;
    access: AccessLayer;
    /** The CometD endpoint publishing Change Data Capture events. */
    streaming: StreamingEndpoint;
    close(): Promise<void>;
}

export function buildSalesforceEmulatorApp(
    options: SalesforceEmulatorOptions,
    db: Database.Database
): {
    app: express.Express;
    org: EmulatorOrg;
    faults: FaultSwitches;
    access: AccessLayer;
    streaming: StreamingEndpoint;
} {
    const clock = options.clock ?? systemClock;
    const faults = new FaultSwitches();
    const deps = { db, clock, faults };
    const org = createEmulatorOrg(deps);
    const integrationUser = org.findById(org.integrationUserId);

    const access = createAccessLayer({
        deps,
        users: org,
        apps: options.connectedApps,
        approvingUsername: integrationUser?.username ?? '',
        ...(options.dailyApiLimit ? { dailyApiLimit: options.dailyApiLimit } : {}),
        ...(options.preIssuedTokens ? { preIssuedTokens: options.preIssuedTokens } : {}),
        controlEnabled: options.controlEnabled ?? false
    });

    const streaming = createStreamingEndpoint({
        db,
        clock,
        sessions: access.sessions,
        versions: DEFAULT_API_VERSIONS
    });
    org.writer.onCommitted((changes) => streaming.publish(changes));

    const app = express();
    app.disable('x-powered-by');
    app.use(access.normalisePath);
    app.use(streaming.middleware);
    app.use(access.oauthRouter);
    app.use(access.controlRouter);
    app.use(access.restGate);

    const versioned = '/services/data/v:version';
    app.use(versioned, createQueryRouter(org, org, clock));
    for (const router of org.routers) app.use(versioned, router);
    app.use(versioned, createCustomNotificationRouter(org, clock));
    return { app, org, faults, access, streaming };
}

export async function startSalesforceEmulator(
    options: SalesforceEmulatorOptions
): Promise<SalesforceEmulator> {
    const db = new Database(options.databaseFile);
    db.pragma('journal_mode = WAL');
    const { app, org, faults, access, streaming } = buildSalesforceEmulatorApp(options, db);

    const server = await new Promise<Server>((resolve, reject) => {
        const listening = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(listening));
        listening.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;

    return {
        url: `http://127.0.0.1:${port}`,
        org,
        faults,
        access,
        streaming,
        close: async () => {
            streaming.close();
            await new Promise<void>((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            });
            db.close();
        }
    };
}
