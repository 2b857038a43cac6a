/**
 * For tests: an emulated org on 127.0.0.1 with an OAuth client, a real
 * jsforce Connection to it, and subscribers built with jsforce's own
 * streaming client and replay extension, collecting what they receive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Connection, OAuth2 } from 'jsforce';
import { StreamingExtension } from 'jsforce/lib/api/streaming';

import { startSalesforceEmulator } from '../../server';
import type { SalesforceEmulator } from '../../server';

const CLIENT_ID = 'StreamingTestClient';
const CLIENT_SECRET = 'streaming-test-secret';

export interface ReceivedEvent {
    channel: string;
    data: {
        schema: string;
        payload: Record<string, unknown> & { ChangeEventHeader: Record<string, unknown> };
        event: { replayId: number };
    };
}

export interface TestSubscriber {
    events: ReceivedEvent[];
    /** Resolves once subscribed; rejects with the server's refusal. */
    ready: Promise<void>;
    close(): Promise<void>;
}

export interface StreamingOrg {
    emulator: SalesforceEmulator;
    databaseFile: string;
    connection(): Promise<Connection>;
    subscribe(conn: Connection, channel: string, replayFrom: number): TestSubscriber;
    /** Waits until the predicate holds, polling briefly; fails after `timeoutMs`. */
    waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
    close(): Promise<void>;
}

interface FayeClientLike {
    subscribe(channel: string, listener: (message: unknown) => void): PromiseLike<void>;
    /** Settles when the server acknowledges; undefined when the client never connected. */
    disconnect(): PromiseLike<unknown> | undefined;
}

/** Waits for the server to acknowledge, so no client timer outlives the test. */
async function disconnected(client: FayeClientLike): Promise<void> {
    const acknowledged = client.disconnect();
    if (!acknowledged) return;
    await Promise.race([
        new Promise<void>((resolve) => {
            void acknowledged.then(
                () => resolve(),
                () => resolve()
            );
        }),
        new Promise<void>((resolve) => setTimeout(resolve, 1000).unref())
    ]);
}

export async function startStreamingOrg(
    databaseFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sf-streaming-')), 'org.sqlite')
): Promise<StreamingOrg> {
    const emulator = await startSalesforceEmulator({
        databaseFile,
        connectedApps: [
            {
                clientId: CLIENT_ID,
                clientSecret: CLIENT_SECRET,
                redirectUris: [],
                scopes: ['api'],
                runAsUsername: 'integration@trustworthy-sync.example'
            }
        ]
    });
    const clients: FayeClientLike[] = [];

    return {
        emulator,
        databaseFile,
        async connection() {
            const oauth = new OAuth2({
                loginUrl: emulator.url,
                clientId: CLIENT_ID,
                clientSecret: CLIENT_SECRET
            });
            const token = await oauth.requestToken({ grant_type: 'client_credentials' });
            return new Connection({
                instanceUrl: token.instance_url,
                accessToken: token.access_token,
                version: '62.0'
            });
        },
        subscribe(conn, channel, replayFrom) {
            const client = conn.streaming.createClient([
                new StreamingExtension.Replay(channel, replayFrom)
            ]) as unknown as FayeClientLike;
            clients.push(client);
            const events: ReceivedEvent[] = [];
            const subscription = client.subscribe(channel, (message) =>
                events.push({ channel, data: message as ReceivedEvent['data'] })
            );
            return {
                events,
                ready: new Promise<void>((resolve, reject) => {
                    void subscription.then(resolve, reject);
                }),
                close: () => disconnected(client)
            };
        },
        async waitFor(predicate, timeoutMs = 5000) {
            const deadline = Date.now() + timeoutMs;
            while (!predicate()) {
                if (Date.now() > deadline) throw new Error('condition not reached in time');
                await new Promise((resolve) => setTimeout(resolve, 20));
            }
        },
        async close() {
            await Promise.all(clients.map(disconnected));
            await emulator.close();
        }
    };
}
