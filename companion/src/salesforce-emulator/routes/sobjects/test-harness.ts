/**
 * For tests: an emulated org served on 127.0.0.1 on a free port, behind a
 * stand-in for the auth middleware, with a real jsforce Connection to it.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

import Database from 'better-sqlite3';
import express from 'express';
import { Connection } from 'jsforce';

import { ManualClock } from '../../clock';
import type { EmulatorLocals } from '../../context';
import { FaultSwitches } from '../../faults';
import { createEmulatorOrg, type EmulatorOrg, type EmulatorOrgOptions } from '../../org';

export const API_VERSION = '62.0';

export interface TestOrgServer {
    org: EmulatorOrg;
    clock: ManualClock;
    faults: FaultSwitches;
    db: Database.Database;
    instanceUrl: string;
    connection(version?: string): Connection;
    /** Requests from now on run as this user (default: the integration user). */
    actAs(userId: string): void;
    close(): Promise<void>;
}

export interface TestOrgServerOptions extends EmulatorOrgOptions {
    databaseFile?: string;
    clock?: ManualClock;
}

export async function startTestOrgServer(
    options: TestOrgServerOptions = {}
): Promise<TestOrgServer> {
    const db = new Database(options.databaseFile ?? ':memory:');
    const clock = options.clock ?? new ManualClock('2026-01-15T09:00:00.000Z');
    const faults = new FaultSwitches();
    const org = createEmulatorOrg({ db, clock, faults }, options);
    let actingUserId = org.integrationUserId;

    const app = express();
    app.use('/services/data/v:version', (req, res, next) => {
        const locals = res.locals as EmulatorLocals;
        locals.session = { userId: actingUserId, orgId: org.orgId, clientId: 'test-client' };
        locals.apiVersion = (req.params as Record<string, string>).version ?? API_VERSION;
        next();
    });
    for (const router of org.routers) app.use('/services/data/v:version', router);

    const server: Server = await new Promise((resolve) => {
        const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const { port } = server.address() as AddressInfo;
    const instanceUrl = `http://127.0.0.1:${port}`;

    return {
        org,
        clock,
        faults,
        db,
        instanceUrl,
        connection: (version = API_VERSION) =>
            new Connection({ instanceUrl, accessToken: `${org.orgId}!test`, version }),
        actAs: (userId) => {
            actingUserId = userId;
        },
        close: async () => {
            // jsforce keeps connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
            await new Promise<void>((resolve, reject) =>
                server.close((error) => (error ? reject(error) : resolve()))
            );
            db.close();
        }
    };
}
