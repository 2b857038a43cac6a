/**
 * Middleware every REST reply passes through: the limit header, the fault
 * switches, and the daily allowance. Order matters and is set in
 * `rest-gate.ts`.
 */
import type { NextFunction, Request, Response } from 'express';

import type { FaultSwitches } from '../faults';
import { sendSalesforceError } from '../http/errors';
import { limitInfoHeader, type ApiUsage } from './api-usage';

const LIMIT_HEADER = 'Sforce-Limit-Info';

/** Stamps the current usage first so that even a refused or failed call carries it. */
export function createLimitHeader(usage: ApiUsage) {
    return (_req: Request, res: Response, next: NextFunction): void => {
        res.setHeader(LIMIT_HEADER, limitInfoHeader(usage.usage()));
        next();
    };
}

/** Counts an authenticated call, or refuses it once the day's allowance is spent. */
export function createUsageGate(usage: ApiUsage) {
    return (_req: Request, res: Response, next: NextFunction): void => {
        if (usage.isSpent()) {
            return sendSalesforceError(
                res,
                403,
                'REQUEST_LIMIT_EXCEEDED',
                'TotalRequests Limit exceeded.'
            );
        }
        res.setHeader(LIMIT_HEADER, limitInfoHeader(usage.record()));
        next();
    };
}

function pause(milliseconds: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Delays and 503s on demand; runs before authentication, as an overloaded server would. */
export function createFaultMiddleware(faults: FaultSwitches) {
    return async (_req: Request, res: Response, next: NextFunction): Promise<void> => {
        const { latencyMs } = faults.current();
        if (latencyMs > 0) await pause(latencyMs);

        if (faults.takeUnavailable()) {
            return sendSalesforceError(
                res,
                503,
                'SERVER_UNAVAILABLE',
                'Server is temporarily unavailable. Please try again later.'
            );
        }
        next();
    };
}
