/**
 * The slice of faye's Bayeux server the emulator uses. faye ships no type
 * declarations, so its module is loaded once here and given these types.
 * `process` on the adapter's server is how a message is published
 * synchronously (faye's own in-process client queues asynchronously, which
 * would let a replayed backlog and a live event swap places).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BayeuxMessage {
    channel: string;
    clientId?: string;
    id?: string;
    subscription?: string | string[];
    data?: unknown;
    ext?: Record<string, unknown>;
    advice?: Record<string, unknown>;
    error?: string;
    successful?: boolean;
    supportedConnectionTypes?: string[];
}

export type ExtensionCallback = (message: BayeuxMessage | null) => void;

export interface BayeuxServerExtension {
    incoming?(
        message: BayeuxMessage,
        request: IncomingMessage | null,
        callback: ExtensionCallback
    ): void;
    outgoing?(
        message: BayeuxMessage,
        request: IncomingMessage | null,
        callback: ExtensionCallback
    ): void;
}

export interface FayeNodeAdapter {
    addExtension(extension: BayeuxServerExtension): void;
    handle(request: IncomingMessage, response: ServerResponse): void;
    on(event: 'unsubscribe', listener: (clientId: string, channel: string) => void): void;
    on(event: 'disconnect', listener: (clientId: string) => void): void;
    close(): void;
    _server: {
        process(
            messages: BayeuxMessage,
            request: null,
            callback: (replies: BayeuxMessage[]) => void
        ): void;
    };
}

interface FayeModule {
    NodeAdapter: new (options: { mount: string; timeout: number }) => FayeNodeAdapter;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const faye = require('faye') as FayeModule;

export function createBayeuxAdapter(mount: string, longPollSeconds: number): FayeNodeAdapter {
    return new faye.NodeAdapter({ mount, timeout: longPollSeconds });
}
