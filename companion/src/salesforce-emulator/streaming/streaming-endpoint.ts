/**
 * The org's streaming endpoint, `/cometd/<version>`: a faye Bayeux server
 * (long polling, as Salesforce offers it) publishing Change Data Capture
 * events for Account, Contact and Opportunity on `/data/<Object>ChangeEvent`
 * and `/data/ChangeEvents`, with replay from the 72-hour event log.
 */
import type { NextFunction, Request, Response } from 'express';

import type { SessionAuthority } from '../access/session-authority';
import { isSupportedVersion, type ApiVersionRange } from '../access/api-versions';
import type { EmulatorClock } from '../clock';
import type { CommittedRecordChange } from '../records/record-writer';
import type Database from 'better-sqlite3';
import { salesforceStreamingRules } from './bayeux-extension';
import { ChangeEventLog, type LoggedChangeEvent } from './change-event-log';
import { ALL_CHANGES_CHANNEL, changeEventsFor, channelFor, entityOfChannel } from './change-events';
import { createBayeuxAdapter } from './faye-server';
import { ReplaySubscriptions } from './replay-subscriptions';

const MOUNT = '/cometd';
/** How long a long-poll connect is held open when nothing arrives. */
const LONG_POLL_SECONDS = 20;

export interface StreamingEndpointOptions {
    db: Database.Database;
    clock: EmulatorClock;
    sessions: SessionAuthority;
    versions: ApiVersionRange;
}

export interface StreamingEndpoint {
    /** Mount early, before any body parser: faye reads the request body itself. */
    middleware(req: Request, res: Response, next: NextFunction): void;
    /** Logs and publishes the change events of one committed transaction. */
    publish(changes: readonly CommittedRecordChange[]): void;
    readonly log: ChangeEventLog;
    close(): void;
}

export function createStreamingEndpoint(options: StreamingEndpointOptions): StreamingEndpoint {
    const log = new ChangeEventLog(options.db, options.clock);
    const subscriptions = new ReplaySubscriptions(log);
    const adapter = createBayeuxAdapter(MOUNT, LONG_POLL_SECONDS);

    const send = (channel: string, event: LoggedChangeEvent): void => {
        const data = { ...event.body, event: { replayId: event.replayId } };
        adapter._server.process({ channel, data }, null, () => undefined);
    };

    adapter.addExtension(
        salesforceStreamingRules({
            sessions: options.sessions,
            subscriptions,
            replayBacklog: (channel, after) => {
                const entity = entityOfChannel(channel);
                if (entity === null) return;
                for (const event of log.after(after, entity)) send(channel, event);
            }
        })
    );
    adapter.on('unsubscribe', (clientId, channel) => subscriptions.stop(clientId, channel));
    adapter.on('disconnect', (clientId) => subscriptions.stop(clientId));

    return {
        log,
        middleware(req, res, next) {
            const match = /^\/cometd\/(\d+\.\d)(?:\/.*)?$/.exec(req.path);
            if (!match) return next();
            if (!isSupportedVersion(match[1] ?? '', options.versions) || req.method !== 'POST') {
                res.status(404).json([
                    { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
                ]);
                return;
            }
            adapter.handle(req, res);
        },
        publish(changes) {
            const events = log.append(changeEventsFor(changes, options.clock.now().getTime()));
            for (const event of events) {
                send(channelFor(event.entityName), event);
                send(ALL_CHANGES_CHANNEL, event);
            }
        },
        close: () => adapter.close()
    };
}
