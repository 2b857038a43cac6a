/**
 * Salesforce Change Data Capture through jsforce's streaming client: one
 * faye client per channel with the replay extension, starting after the
 * last replay id stored for that channel (new events only the first time,
 * since the next run's incremental pull covers everything before). Each
 * event's replay id is stored as it arrives, so a restarted subscriber
 * resumes where it stopped and gets what it missed exactly once.
 */
import type { Connection } from 'jsforce';
import { StreamingExtension } from 'jsforce/lib/api/streaming';
import { z } from 'zod';

import type { Logger } from '../../lib/logger';
import type { RealtimeRepository } from '../../store/realtime-repository';

const NEW_EVENTS_ONLY = -1;

const changeEventSchema = z.object({
    payload: z.object({
        ChangeEventHeader: z.object({
            entityName: z.string(),
            changeType: z.string(),
            recordIds: z.array(z.string())
        })
    }),
    event: z.object({ replayId: z.number().int() })
});

export type ChangeEventNotice = {
    channel: string;
    entityName: string;
    changeType: string;
    recordIds: string[];
    replayId: number;
};

/** The faye client jsforce's `streaming.createClient` returns, as far as it is used here. */
interface StreamingClient {
    subscribe(channel: string, listener: (message: unknown) => void): PromiseLike<unknown>;
    /** Settles when the server acknowledges; undefined when the client never connected. */
    disconnect(): PromiseLike<unknown> | undefined;
}

const DISCONNECT_WAIT_MS = 2000;

/** Waits (briefly) for the server's acknowledgement, so no client timer outlives the subscriber. */
async function disconnected(client: StreamingClient): Promise<void> {
    const acknowledged = client.disconnect();
    if (!acknowledged) return;
    await Promise.race([
        new Promise<void>((resolve) => {
            void acknowledged.then(
                () => resolve(),
                () => resolve()
            );
        }),
        new Promise<void>((resolve) => setTimeout(resolve, DISCONNECT_WAIT_MS).unref())
    ]);
}

export interface CdcSubscriberDeps {
    connect(): Promise<Connection | undefined>;
    repository: RealtimeRepository;
    now: () => Date;
    logger: Logger;
    onChange(notice: ChangeEventNotice): void;
}

export function changeEventChannel(salesforceObject: string): string {
    return `/data/${salesforceObject.replace(/__c$/, '__')}ChangeEvent`;
}

export class CdcSubscriber {
    private readonly clients = new Map<string, StreamingClient>();
    private connection: Promise<Connection | undefined> | undefined;
    private saving: Promise<void> = Promise.resolve();

    constructor(private readonly deps: CdcSubscriberDeps) {}

    /** Subscribes to the channels not yet followed and drops the ones no longer wanted. */
    async follow(channels: readonly string[]): Promise<void> {
        const wanted = new Set(channels);
        for (const [channel, client] of this.clients) {
            if (wanted.has(channel)) continue;
            this.clients.delete(channel);
            await disconnected(client);
        }
        for (const channel of wanted) {
            if (!this.clients.has(channel)) await this.subscribe(channel);
        }
    }

    get channels(): string[] {
        return [...this.clients.keys()];
    }

    async stop(): Promise<void> {
        const clients = [...this.clients.values()];
        this.clients.clear();
        await Promise.all(clients.map(disconnected));
        this.connection = undefined;
        await this.saving;
    }

    private async subscribe(channel: string): Promise<void> {
        const conn = await this.connect();
        if (!conn) {
            this.deps.logger.warn(
                { channel },
                'no Salesforce connection for Change Data Capture; changes wait for the next run'
            );
            return;
        }
        const replayFrom = (await this.deps.repository.replayId(channel)) ?? NEW_EVENTS_ONLY;
        const extensions = [
            new StreamingExtension.Replay(channel, replayFrom),
            new StreamingExtension.AuthFailure(() => void this.renewSession())
        ];
        const client = conn.streaming.createClient(extensions) as unknown as StreamingClient;
        this.clients.set(channel, client);

        try {
            await client.subscribe(channel, (message) => this.receive(channel, message));
            this.deps.logger.info({ channel, replayFrom }, 'subscribed to Change Data Capture');
        } catch (error) {
            this.clients.delete(channel);
            await disconnected(client);
            this.deps.logger.warn(
                { channel, reason: describe(error) },
                'Change Data Capture subscription refused'
            );
        }
    }

    private receive(channel: string, message: unknown): void {
        const parsed = changeEventSchema.safeParse(message);
        if (!parsed.success) {
            this.deps.logger.warn({ channel }, 'change event without the expected header; ignored');
            return;
        }
        const { payload, event } = parsed.data;
        const header = payload.ChangeEventHeader;
        this.saving = this.saving.then(() =>
            this.deps.repository
                .saveReplayId(channel, event.replayId, this.deps.now().toISOString())
                .catch((error: unknown) => {
                    this.deps.logger.error(
                        { channel, reason: describe(error) },
                        'replay id could not be stored'
                    );
                })
        );
        this.deps.onChange({
            channel,
            entityName: header.entityName,
            changeType: header.changeType,
            recordIds: header.recordIds,
            replayId: event.replayId
        });
    }

    /** The session lapsed: a new connection, and every channel again from its stored replay id. */
    private async renewSession(): Promise<void> {
        const channels = this.channels;
        this.deps.logger.warn({ channels }, 'streaming session refused; reconnecting');
        await this.stop();
        await this.follow(channels);
    }

    private connect(): Promise<Connection | undefined> {
        this.connection ??= this.deps.connect().catch((error: unknown) => {
            this.connection = undefined;
            this.deps.logger.warn(
                { reason: describe(error) },
                'Salesforce connection for streaming failed'
            );
            return undefined;
        });
        return this.connection;
    }
}

function describe(error: unknown): string {
    if (error instanceof Error) return error.message;
    if (typeof error === 'object' && error !== null && 'message' in error)
        return String(error.message);
    return String(error);
}
