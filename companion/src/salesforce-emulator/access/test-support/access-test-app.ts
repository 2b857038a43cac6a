/**
 * An express app with only the access part mounted, plus a stand-in record
 * route, so tests can prove authentication, limits and faults through real
 * clients without the records and query parts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import express from 'express';

import { ManualClock } from '../../clock';
import type { EmulatorUser, UserDirectory } from '../../context';
import { FaultSwitches } from '../../faults';
import { createAccessLayer, type AccessLayer } from '../access-layer';
import type { ConnectedApp } from '../connected-apps';
import { emulatorLocals } from '../require-session';
import type { PreIssuedToken } from '../session-authority';

export const ORG_ID = '00D5g000004CDEFEA4';

export const ADMIN: EmulatorUser = {
    id: '0055g00000AbCdEAAV',
    username: 'admin@trustworthy.example',
    name: 'Ada Admin',
    email: 'admin@trustworthy.example',
    profileId: '00e5g000000AbCdAAK',
    isActive: true
};

export const INTEGRATION: EmulatorUser = {
    id: '0055g00000AbCdFAAV',
    username: 'integration@trustworthy.example',
    name: 'Sync Integration',
    email: 'integration@trustworthy.example',
    profileId: '00e5g000000AbCdAAK',
    isActive: true
};

export const FORMER: EmulatorUser = {
    id: '0055g00000AbCdGAAV',
    username: 'former@trustworthy.example',
    name: 'Frozen Former',
    email: 'former@trustworthy.example',
    profileId: '00e5g000000AbCdAAK',
    isActive: false
};

export class InMemoryUsers implements UserDirectory {
    readonly orgId = ORG_ID;

    constructor(private readonly users: EmulatorUser[] = [ADMIN, INTEGRATION, FORMER]) {}

    findById(id: string): EmulatorUser | undefined {
        return this.users.find((user) => user.id === id);
    }

    findByUsername(username: string): EmulatorUser | undefined {
        return this.users.find((user) => user.username === username);
    }
}

export const CALLBACK = 'http://127.0.0.1:1717/OauthRedirect';

export const SYNC_APP: ConnectedApp = {
    clientId: '3MVG9syncAppClientIdForTests',
    clientSecret: 'sync-app-secret',
    redirectUris: [CALLBACK],
    scopes: ['api', 'refresh_token', 'id'],
    runAsUsername: INTEGRATION.username
};

export interface AccessTestServer {
    url: string;
    access: AccessLayer;
    clock: ManualClock;
    faults: FaultSwitches;
    db: Database.Database;
    close(): Promise<void>;
}

export interface AccessTestServerOptions {
    apps?: ConnectedApp[];
    db?: Database.Database;
    clock?: ManualClock;
    dailyApiLimit?: number;
    preIssuedTokens?: PreIssuedToken[];
    controlEnabled?: boolean;
}

export async function startAccessTestServer(
    options: AccessTestServerOptions = {}
): Promise<AccessTestServer> {
    const db = options.db ?? new Database(':memory:');
    const clock = options.clock ?? new ManualClock();
    const faults = new FaultSwitches();
    const access = createAccessLayer({
        deps: { db, clock, faults },
        users: new InMemoryUsers(),
        apps: options.apps ?? [SYNC_APP],
        approvingUsername: ADMIN.username,
        dailyApiLimit: options.dailyApiLimit ?? 100,
        controlEnabled: options.controlEnabled ?? false,
        ...(options.preIssuedTokens ? { preIssuedTokens: options.preIssuedTokens } : {})
    });

    const app = express();
    app.use(access.normalisePath);
    app.use(access.oauthRouter);
    app.use(access.controlRouter);
    app.use(access.restGate);
    app.get('/services/data/v:version/sobjects/Account/:id', (req, res) => {
        const { session } = emulatorLocals(res);
        res.json({ attributes: { type: 'Account' }, Id: req.params.id, OwnerId: session.userId });
    });

    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;

    return {
        url: `http://127.0.0.1:${port}`,
        access,
        clock,
        faults,
        db,
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.closeAllConnections();
                server.close((error) => (error ? reject(error) : resolve()));
            })
    };
}

export interface KeyPairFiles {
    privateKeyPath: string;
    certificatePem: string;
}

/** A throwaway RSA key and self-signed certificate, as a JWT connected app is set up with. */
export function makeSigningCertificate(): KeyPairFiles {
    const dir = mkdtempSync(path.join(tmpdir(), 'emulator-jwt-'));
    const privateKeyPath = path.join(dir, 'server.key');
    const certificatePath = path.join(dir, 'server.crt');
    execFileSync(
        'openssl',
        [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-keyout',
            privateKeyPath,
            '-out',
            certificatePath,
            '-subj',
            '/CN=emulator-test',
            '-days',
            '2'
        ],
        { stdio: 'ignore' }
    );
    return { privateKeyPath, certificatePem: readFileSync(certificatePath, 'utf8') };
}
