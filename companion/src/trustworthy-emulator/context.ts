/**
 * What route handlers share: the stores, the writer that logs every change,
 * the clock, and the id that marks this database in cursors.
 */
import type { Request, Response } from 'express';

import type { EmulatorClock } from './clock';
import type { RecordWriter } from './record-writer';
import type { ChangeLog } from './store/change-log';
import type { IdempotencyStore } from './store/idempotency-store';
import type { RecordStore } from './store/record-store';
import type { WebhookStore } from './store/webhook-store';
import type { WebhookDispatcher } from './webhook-dispatcher';

export interface EmulatorContext {
    instanceId: string;
    clock: EmulatorClock;
    store: RecordStore;
    changes: ChangeLog;
    writer: RecordWriter;
    idempotency: IdempotencyStore;
    webhooks: WebhookStore;
    dispatcher: WebhookDispatcher;
}

/**
 * One route, named with the contract's path syntax (`/v1/{collection}/{id}`),
 * so the contract test can compare the emulator's routes with the OpenAPI paths.
 */
export interface EmulatorRoute {
    method: 'get' | 'post' | 'delete';
    path: string;
    handle(req: Request, res: Response, context: EmulatorContext): void | Promise<void>;
}
