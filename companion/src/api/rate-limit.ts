/**
 * A fixed-window request counter per client, so one runaway caller cannot
 * starve the rest. Clients are told when to come back (Retry-After).
 */
import { createHash } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { ApiError } from './api-error';

export function rateLimit(perMinute: number, now: () => number = Date.now) {
    const windows = new Map<string, { start: number; count: number }>();

    return (req: Request, res: Response, next: NextFunction): void => {
        const client = clientKey(req);
        const current = now();
        let window = windows.get(client);
        if (!window || current - window.start >= 60_000) {
            window = { start: current, count: 0 };
            windows.set(client, window);
            if (windows.size > 10_000) windows.clear();
        }

        window.count += 1;
        if (window.count > perMinute) {
            res.setHeader(
                'Retry-After',
                String(Math.ceil((window.start + 60_000 - current) / 1000))
            );
            next(new ApiError('rate_limited', 'too many requests; retry later'));
            return;
        }
        next();
    };
}

/**
 * Callers presenting credentials get a bucket of their own, so anonymous
 * traffic from a shared address (a proxy, Salesforce's outbound IPs) cannot
 * lock the Named Credential out.
 */
function clientKey(req: Request): string {
    const authorization = req.get('authorization');
    if (authorization)
        return `credential:${createHash('sha256').update(authorization).digest('hex').slice(0, 24)}`;
    return `address:${req.ip ?? 'unknown'}`;
}
