/**
 * The embedded default: when no real Salesforce org or Trustworthy account is
 * configured, both are emulated on 127.0.0.1 with their data in DATA_DIR.
 * First start seeds them (the org from the project's sample plan or from
 * --seed; Trustworthy with its own households plus members matching some of
 * the org's contacts by email); later starts find the same data again.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import { buildTrustworthySeed } from '../demo/trustworthy-seed';
import type { SalesforceContactSummary } from '../demo/trustworthy-seed';
import { defaultSalesforcePlanPath } from '../demo/sample-plan';
import type { Logger } from '../lib/logger';
import { callbackUrl } from '../salesforce/oauth-web-server';
import type { SalesforceCredentials } from '../salesforce/salesforce-connector';
import { applyTreePlan, loadTreePlan } from '../salesforce-emulator/seed/tree-plan';
import { startSalesforceEmulator } from '../salesforce-emulator/server';
import type { SalesforceEmulator } from '../salesforce-emulator/server';
import { startTrustworthyEmulator } from '../trustworthy-emulator/emulator';
import type { TrustworthyEmulator } from '../trustworthy-emulator/emulator';

const LOCAL_CLIENT_ID = 'TrustworthySyncLocalCompanion';

export interface LocalSystems {
    salesforce?: { url: string; credentials: SalesforceCredentials; emulator: SalesforceEmulator };
    trustworthy?: { baseUrl: string; apiKey: string; emulator: TrustworthyEmulator };
    close(): Promise<void>;
}

export interface LocalSystemsOptions {
    dataDir: string;
    basePort: number;
    salesforce: boolean;
    trustworthy: boolean;
    seedPlan?: string;
    logger: Logger;
    /** The companion's OAuth callback URLs the local app accepts; by default the loopback ones on basePort. */
    oauthCallbackUrls?: string[];
}

interface LocalSecrets {
    salesforceClientSecret: string;
    trustworthyApiKey: string;
}

export async function startLocalSystems(options: LocalSystemsOptions): Promise<LocalSystems> {
    const closers: Array<() => Promise<void>> = [];
    const close = async (): Promise<void> => {
        for (const closer of closers.reverse()) await closer();
    };
    if (!options.salesforce && !options.trustworthy) return { close };

    fs.mkdirSync(options.dataDir, { recursive: true });
    const secrets = localSecrets(options.dataDir);
    const portAfter = (offset: number): number =>
        options.basePort === 0 ? 0 : options.basePort + offset;
    const systems: LocalSystems = { close };

    try {
        if (options.salesforce) {
            const databaseFile = path.join(options.dataDir, 'salesforce-emulator.sqlite');
            const seededMarker = `${databaseFile}.seeded`;
            // An org file without the marker is a seed that failed or was killed half-way: start it afresh.
            if (!fs.existsSync(seededMarker)) removeDatabase(databaseFile);

            const emulator = await startSalesforceEmulator({
                databaseFile,
                port: portAfter(1),
                connectedApps: [
                    {
                        clientId: LOCAL_CLIENT_ID,
                        clientSecret: secrets.salesforceClientSecret,
                        redirectUris:
                            options.oauthCallbackUrls ?? loopbackCallbackUrls(options.basePort),
                        scopes: ['api', 'refresh_token'],
                        runAsUsername: 'integration@trustworthy-sync.example'
                    }
                ]
            });
            closers.push(() => emulator.close());
            try {
                await seedSalesforce(emulator, options);
            } catch (error) {
                closers.pop();
                await emulator.close();
                removeDatabase(databaseFile);
                throw error;
            }
            fs.writeFileSync(seededMarker, new Date().toISOString());
            systems.salesforce = {
                url: emulator.url,
                emulator,
                credentials: {
                    flow: 'client_credentials',
                    loginUrl: emulator.url,
                    clientId: LOCAL_CLIENT_ID,
                    clientSecret: secrets.salesforceClientSecret
                }
            };
            options.logger.info({ url: emulator.url }, 'salesforce emulator listening');
        }

        if (options.trustworthy) {
            const db = new Database(path.join(options.dataDir, 'trustworthy-emulator.sqlite'));
            db.pragma('journal_mode = WAL');
            const started = await startTrustworthyEmulator({
                db,
                apiKeys: [secrets.trustworthyApiKey],
                port: portAfter(2)
            });
            closers.push(async () => {
                await started.close();
                db.close();
            });
            if (isEmptyTrustworthy(db)) {
                started.emulator.seed(
                    buildTrustworthySeed(contactsOf(systems.salesforce?.emulator))
                );
                options.logger.info('trustworthy emulator seeded with sample households');
            }
            systems.trustworthy = {
                baseUrl: started.url,
                apiKey: secrets.trustworthyApiKey,
                emulator: started.emulator
            };
            options.logger.info({ url: started.url }, 'trustworthy emulator listening');
        }
    } catch (error) {
        await close();
        throw error;
    }
    return systems;
}

async function seedSalesforce(
    emulator: SalesforceEmulator,
    options: LocalSystemsOptions
): Promise<void> {
    const { org } = emulator;
    if (org.countRecords('Account') + org.countRecords('Contact') > 0) {
        if (options.seedPlan)
            options.logger.warn(
                { plan: options.seedPlan },
                'emulated org already has data; --seed ignored (delete DATA_DIR to reseed)'
            );
        return;
    }

    const plan = options.seedPlan ?? defaultSalesforcePlanPath();
    const steps = loadTreePlan(plan);
    const result = await applyTreePlan(
        steps,
        (sobject, records) => org.insertRecords(sobject, records, org.adminUserId),
        (sobject, name) =>
            org
                .describeFor(sobject, org.adminUserId)
                ?.fields.find((field) => field.name.toLowerCase() === name.toLowerCase())?.name
    );
    options.logger.info(
        { plan, inserted: Object.fromEntries(result.insertedBySobject) },
        'salesforce emulator seeded'
    );
}

function contactsOf(emulator: SalesforceEmulator | undefined): SalesforceContactSummary[] {
    if (!emulator) return [];
    const accountNames = new Map<string, string>();
    for (const row of emulator.org.rows('Account')) {
        if (!row.isDeleted) accountNames.set(String(row.values.Id), String(row.values.Name ?? ''));
    }

    const contacts: SalesforceContactSummary[] = [];
    for (const row of emulator.org.rows('Contact')) {
        if (row.isDeleted) continue;
        const values = row.values;
        contacts.push({
            Email: typeof values.Email === 'string' ? values.Email : null,
            FirstName: typeof values.FirstName === 'string' ? values.FirstName : null,
            LastName: String(values.LastName ?? ''),
            AccountName:
                typeof values.AccountId === 'string'
                    ? (accountNames.get(values.AccountId) ?? null)
                    : null
        });
    }
    return contacts;
}

function isEmptyTrustworthy(db: Database.Database): boolean {
    const row = db.prepare('SELECT COUNT(*) AS count FROM tw_records').get() as { count: number };
    return row.count === 0;
}

/** The web-server flow on the embedded default comes back to the companion on loopback. */
function loopbackCallbackUrls(port: number): string[] {
    return [callbackUrl(`http://127.0.0.1:${port}`), callbackUrl(`http://localhost:${port}`)];
}

/**
 * The API secret on the embedded default: made once per data directory and
 * kept beside the data, readable only by its owner. Real deployments set
 * COMPANION_API_SECRET instead.
 */
export function localApiSecret(dataDir: string): string {
    const file = path.join(dataDir, 'companion-api-secret');
    if (!fs.existsSync(file))
        fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    return fs.readFileSync(file, 'utf8').trim();
}

function removeDatabase(file: string): void {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Loopback-only secrets, made once per data directory so restarts keep working. */
function localSecrets(dataDir: string): LocalSecrets {
    const file = path.join(dataDir, 'local-emulator-secrets.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as LocalSecrets;
    const secrets: LocalSecrets = {
        salesforceClientSecret: randomBytes(24).toString('hex'),
        trustworthyApiKey: `tw_local_${randomBytes(24).toString('hex')}`
    };
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    return secrets;
}

/**
 * Adds a callback URL to the emulated org's connected app, for when the
 * companion's address is only known after it listens (port 0).
 */
export function allowOAuthCallback(local: LocalSystems, baseUrl: string): void {
    const apps = local.salesforce?.emulator.access.apps;
    const app = apps?.find(LOCAL_CLIENT_ID);
    if (!apps || !app) return;
    const url = callbackUrl(baseUrl);
    if (!app.redirectUris.includes(url))
        apps.register({ ...app, redirectUris: [...app.redirectUris, url] });
}
