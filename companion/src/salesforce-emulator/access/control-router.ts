/**
 * `/__emulator`: lets a test in another process flip fault switches and
 * reset the API allowance. It answers only when the emulator was started
 * with control enabled; otherwise it looks like any unknown path.
 */
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';

import type { FaultSwitches } from '../faults';
import type { ApiUsage } from './api-usage';
import { sendResourceNotFound } from './require-session';

const count = z.number().int().min(0);

const faultChanges = z
    .object({
        latencyMs: count.max(60_000),
        unavailableForCalls: count,
        lockRowFailures: count,
        tokenLifetimeSeconds: count,
        backdateWritesSeconds: count
    })
    .partial()
    .strict();

const limitChanges = z.object({ dailyLimit: count }).strict();

export interface ControlRouterOptions {
    enabled: boolean;
}

function sendInvalid(res: Response, error: z.ZodError): void {
    res.status(400).json({ error: 'invalid_request', issues: error.issues });
}

export function createControlRouter(
    faults: FaultSwitches,
    usage: ApiUsage,
    options: ControlRouterOptions
): Router {
    const router = Router();
    if (!options.enabled) {
        router.use('/__emulator', (_req: Request, res: Response) => sendResourceNotFound(res));
        return router;
    }

    router.use('/__emulator', express.json({ limit: '16kb' }));

    router.get('/__emulator/faults', (_req, res) => {
        res.json(faults.current());
    });
    router.put('/__emulator/faults', (req, res) => {
        const parsed = faultChanges.safeParse(req.body);
        if (!parsed.success) return sendInvalid(res, parsed.error);
        faults.set(parsed.data);
        res.json(faults.current());
    });
    router.delete('/__emulator/faults', (_req, res) => {
        faults.reset();
        res.json(faults.current());
    });

    router.get('/__emulator/limits', (_req, res) => {
        res.json(usage.usage());
    });
    router.put('/__emulator/limits', (req, res) => {
        const parsed = limitChanges.safeParse(req.body);
        if (!parsed.success) return sendInvalid(res, parsed.error);
        usage.setDailyLimit(parsed.data.dailyLimit);
        res.json(usage.usage());
    });
    router.post('/__emulator/limits/reset', (_req, res) => {
        usage.reset();
        res.json(usage.usage());
    });
    return router;
}
