/**
 * Calls from Salesforce carry the shared secret the Named Credential sends.
 * The comparison takes the same time whatever the guess, and a refused call
 * learns nothing: 401 with a generic message, no hint which part was wrong.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { ApiError } from './api-error';

export function secretMatches(presented: string, expected: string): boolean {
    // Hashing first gives equal-length inputs, so length leaks nothing either.
    const a = createHash('sha256').update(presented).digest();
    const b = createHash('sha256').update(expected).digest();
    return timingSafeEqual(a, b) && expected.length > 0;
}

export function requireSalesforceCaller(apiSecret: string) {
    return (req: Request, _res: Response, next: NextFunction): void => {
        const header = req.get('authorization') ?? '';
        const match = /^Bearer\s+(.+)$/i.exec(header);
        if (!match || !secretMatches(match[1] ?? '', apiSecret)) {
            next(new ApiError('unauthenticated', 'authentication required'));
            return;
        }
        next();
    };
}
