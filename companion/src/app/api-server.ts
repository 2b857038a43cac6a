/** Serves the companion API on loopback (or where PORT says) until closed. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApiApp } from '../api/create-api-app';
import type { ApiDeps } from '../api/deps';
import { ROUTES } from '../api/route-table';

export interface RunningServer {
    port: number;
    close(): Promise<void>;
}

export async function startApiServer(
    deps: ApiDeps,
    port: number,
    host = '127.0.0.1'
): Promise<RunningServer> {
    const app = createApiApp(deps, ROUTES);
    const server = await new Promise<Server>((resolve, reject) => {
        const listening = app.listen(port, host, () => resolve(listening));
        listening.once('error', reject);
    });

    return {
        port: (server.address() as AddressInfo).port,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeIdleConnections();
            })
    };
}
