/**
 * Steps of the connection flows as a test drives them through HTTP: mint a
 * link, open it like a browser, let the emulated org approve, and land on the
 * callback. The harness's public base URL names port 0 (its server listens
 * on a random one), so links and callbacks are followed by path and query.
 */
import { Writable } from 'node:stream';

import type { Harness } from '../../../../app/test-support/companion-harness';
import { secretBoxFor } from '../../../../lib/secret-box-key';
import type { SecretBox } from '../../../../lib/secret-box';
import { ConnectionsRepository } from '../../../../store/connections-repository';
import type { SalesforceConnectionRow } from '../../../../store/connections-repository';

export function pathOf(url: string): string {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
}

export function emulatorOf(harness: Harness) {
    const salesforce = harness.companion.local.salesforce;
    if (!salesforce || salesforce.credentials.flow !== 'client_credentials')
        throw new Error('the Salesforce emulator is not running');
    return {
        url: salesforce.url,
        emulator: salesforce.emulator,
        clientId: salesforce.credentials.clientId,
        clientSecret: salesforce.credentials.clientSecret
    };
}

export async function mintLink(
    harness: Harness,
    body: Record<string, unknown> = {}
): Promise<string> {
    const { url, clientId } = emulatorOf(harness);
    const reply = await harness.api('post', '/api/v1/connections/salesforce/oauth-links', {
        body: { loginUrl: url, clientId, ...body }
    });
    if (reply.status !== 201)
        throw new Error(`minting a link failed: ${reply.status} ${JSON.stringify(reply.body)}`);
    return (reply.body as { url: string }).url;
}

/** Opens the link and returns the org's authorize URL the companion redirected to. */
export async function startFlow(harness: Harness, linkUrl: string): Promise<URL> {
    const reply = await harness.api('get', pathOf(linkUrl), { authenticated: false });
    if (reply.status !== 302)
        throw new Error(`the start link answered ${reply.status} ${JSON.stringify(reply.body)}`);
    return new URL(reply.headers.get('location') ?? '');
}

/** The emulated org approves at once and redirects to the callback; returns that callback URL. */
export async function approveAtOrg(authorizeUrl: URL): Promise<URL> {
    const reply = await fetch(authorizeUrl, { redirect: 'manual' });
    if (reply.status !== 302)
        throw new Error(
            `the org's authorize endpoint answered ${reply.status}: ${await reply.text()}`
        );
    return new URL(reply.headers.get('location') ?? '');
}

export async function connectByWebFlow(
    harness: Harness
): Promise<{ status: number; body: unknown }> {
    const callback = await approveAtOrg(await startFlow(harness, await mintLink(harness)));
    return harness.api('get', pathOf(callback.toString()), { authenticated: false });
}

export function storedConnections(harness: Harness): {
    repository: ConnectionsRepository;
    box: SecretBox;
} {
    return {
        repository: new ConnectionsRepository(harness.companion.repositories.store),
        box: secretBoxFor(undefined, harness.dataDir)
    };
}

export async function storedSalesforce(
    harness: Harness
): Promise<SalesforceConnectionRow | undefined> {
    return storedConnections(harness).repository.salesforce();
}

/** Forgets any stored connection so each test starts from the emulator default. */
export async function forgetStored(harness: Harness): Promise<void> {
    for (const side of ['salesforce', 'trustworthy']) {
        const reply = await harness.api('delete', `/api/v1/connections/${side}`);
        if (reply.status !== 200 && reply.status !== 404)
            throw new Error(`forgetting ${side} failed: ${reply.status}`);
    }
}

/** Collects pino's JSON lines in memory, so a test can search every line written. */
export class LogCapture extends Writable {
    readonly lines: string[] = [];

    override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
        this.lines.push(
            ...chunk
                .toString('utf8')
                .split('\n')
                .filter((line) => line.length > 0)
        );
        done();
    }

    get text(): string {
        return this.lines.join('\n');
    }
}
