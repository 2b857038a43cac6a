/**
 * A fixed-window request counter per client, so one runaway caller cannot
 * starve the rest. Clients are told when to come back (Retry-After).
 */
import type { NextFunction, Request, Response } from 'express';

import { ApiError } from './api-error';

export function rateLimit(perMinute: number, now: () => number = Date.now) {
    const windows = new Map<string, { start: number; count: number }>();

    return (req: Request, res: Response, next: NextFunction): void => {
        const client = req.ip ?? 'unknown';
        const current = now();
        let window = windows.get(client);
        if (!window || current - window.start >= 60_000) {
            window = { start: current, count: 0 };
            windows.set(client, window);
            if (windows.size > 10_000) windows.clear();
        }

        window.count += 1;
        if (window.count > perMinute) {
            res.setHeader('Retry-After', String(Math.ceil((window.start + 60_000 - current) / 1000)));
            next(new ApiError('rate_limited', 'too many requests; retry later'));
            return;
        }
        next();
    };
}
