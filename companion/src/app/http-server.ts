/**
 * The companion's HTTP surface for now: liveness and readiness, without
 * authentication and without detail beyond status. The full API arrives
 * with the companion-API work and mounts here.
 */
import type { AddressInfo } from 'node:net';

import express from 'express';

import type { Companion } from './companion';

export interface RunningServer {
    port: number;
    close(): Promise<void>;
}

export async function startHttpServer(companion: Companion, port: number): Promise<RunningServer> {
    const app = express();
    app.disable('x-powered-by');
    app.get('/health', (_req, res) => {
        res.json({ status: 'ok' });
    });
    app.get('/ready', (_req, res) => {
        const ready = companion.isReady();
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting' });
    });

    const server = await new Promise<import('node:http').Server>((resolve, reject) => {
        const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
        listening.once('error', reject);
    });

    return {
        port: (server.address() as AddressInfo).port,
        close: () => new Promise<void>((resolve) => server.close(() => resolve()))
    };
}
