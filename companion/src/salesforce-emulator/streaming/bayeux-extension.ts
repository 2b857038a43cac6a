/**
 * The Salesforce rules on top of faye's Bayeux server: every handshake,
 * connect and subscribe must carry a live `Authorization: OAuth <token>`;
 * only the change-event channels can be subscribed; a subscribe's replay
 * option picks where the subscriber starts; subscribers cannot publish; and
 * every event on its way out is admitted once per subscriber, in order.
 */
import type { IncomingMessage } from 'node:http';

import type { SessionAuthority } from '../access/session-authority';
import type { BayeuxMessage, BayeuxServerExtension, ExtensionCallback } from './faye-server';
import { entityOfChannel } from './change-events';
import type { ReplaySubscriptions } from './replay-subscriptions';

export interface ExtensionOptions {
    sessions: SessionAuthority;
    subscriptions: ReplaySubscriptions;
    /** Called after a successful subscribe, to send the subscriber its replayed backlog. */
    replayBacklog(channel: string, after: number): void;
}

const AUTH_FAILURE = '401::Authentication invalid';
const AUTHENTICATED_META = new Set(['/meta/handshake', '/meta/connect', '/meta/subscribe']);

export function salesforceStreamingRules(options: ExtensionOptions): BayeuxServerExtension {
    const clientOfRequest = new WeakMap<IncomingMessage, string>();
    const refusedRequests = new WeakSet<IncomingMessage>();
    const startsAfter = new Map<string, number>();

    const tokenIsLive = (request: IncomingMessage): boolean => {
        const header = request.headers.authorization ?? '';
        const match = /^(?:OAuth|Bearer)\s+(\S+)\s*$/i.exec(header);
        return match?.[1] !== undefined && options.sessions.verify(match[1]) !== undefined;
    };

    const checkSubscribe = (message: BayeuxMessage): void => {
        const channel = message.subscription;
        if (typeof channel !== 'string' || entityOfChannel(channel) === null) {
            message.error = `400::The channel you requested to subscribe to does not exist {${String(channel)}}`;
            return;
        }
        const replay = message.ext?.replay;
        const requested =
            typeof replay === 'object' && replay !== null
                ? (replay as Record<string, unknown>)[channel]
                : undefined;
        const start = options.subscriptions.resolveStart(requested);
        if (!start.ok) message.error = start.error;
        else if (message.clientId) startsAfter.set(`${message.clientId} ${channel}`, start.after);
    };

    return {
        incoming(
            message: BayeuxMessage,
            request: IncomingMessage | null,
            callback: ExtensionCallback
        ): void {
            // Messages from inside the emulator (its own publications) carry no request.
            if (request === null) return callback(message);
            if (message.clientId) clientOfRequest.set(request, message.clientId);

            if (AUTHENTICATED_META.has(message.channel) && !tokenIsLive(request)) {
                refusedRequests.add(request);
                message.error =
                    message.channel === '/meta/handshake' ? '403::Handshake denied' : AUTH_FAILURE;
            } else if (message.channel === '/meta/subscribe') {
                checkSubscribe(message);
            } else if (!message.channel.startsWith('/meta/')) {
                message.error = `403::Publish denied {${message.channel}}`;
            }
            callback(message);
        },

        outgoing(
            message: BayeuxMessage,
            request: IncomingMessage | null,
            callback: ExtensionCallback
        ): void {
            if (request === null) return callback(message);

            if (message.channel === '/meta/handshake' && message.successful) {
                message.ext = { ...(message.ext ?? {}), replay: true, 'payload.format': true };
                message.supportedConnectionTypes = ['long-polling'];
            }
            if (
                AUTHENTICATED_META.has(message.channel) &&
                !message.successful &&
                refusedRequests.has(request)
            ) {
                message.ext = { ...(message.ext ?? {}), sfdc: { failureReason: AUTH_FAILURE } };
                message.advice = { reconnect: 'none' };
            }
            if (
                message.channel === '/meta/subscribe' &&
                message.successful &&
                message.clientId &&
                typeof message.subscription === 'string'
            ) {
                const key = `${message.clientId} ${message.subscription}`;
                const after = startsAfter.get(key);
                startsAfter.delete(key);
                if (after !== undefined) {
                    options.subscriptions.start(message.clientId, message.subscription, after);
                    options.replayBacklog(message.subscription, after);
                }
            }
            // Event deliveries carry data; acknowledgements of a publish do not and pass as they are.
            if (!message.channel.startsWith('/meta/') && message.data !== undefined) {
                return callback(
                    admitted(message, clientOfRequest.get(request), options.subscriptions)
                );
            }
            callback(message);
        }
    };
}

function admitted(
    message: BayeuxMessage,
    clientId: string | undefined,
    subscriptions: ReplaySubscriptions
): BayeuxMessage | null {
    const replayId = replayIdOf(message.data);
    if (clientId === undefined || replayId === undefined) return null;
    return subscriptions.admit(clientId, message.channel, replayId) ? message : null;
}

function replayIdOf(data: unknown): number | undefined {
    if (typeof data !== 'object' || data === null || !('event' in data)) return undefined;
    const event = data.event;
    if (typeof event !== 'object' || event === null || !('replayId' in event)) return undefined;
    return typeof event.replayId === 'number' ? event.replayId : undefined;
}
