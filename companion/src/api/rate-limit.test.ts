import type { NextFunction, Request, Response } from 'express';

import { ApiError } from './api-error';
import { rateLimit } from './rate-limit';

function call(
    limit: ReturnType<typeof rateLimit>,
    headers: Record<string, string>,
    ip = '10.1.1.1'
): unknown {
    let outcome: unknown = 'passed';
    const req = { ip, get: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
    const res = { setHeader: () => undefined } as unknown as Response;
    const next: NextFunction = (error?: unknown) => {
        if (error) outcome = error;
    };
    limit(req, res, next);
    return outcome;
}

describe('per-client rate limiting', () => {
    it('when anonymous callers on one address spend the allowance, then a caller with credentials on that address is still served', () => {
        const limit = rateLimit(3, () => 1_000);
        for (let i = 0; i < 3; i++) expect(call(limit, {})).toBe('passed');
        expect(call(limit, {})).toBeInstanceOf(ApiError);
        expect(call(limit, { authorization: 'Bearer secret' })).toBe('passed');
    });

    it('when a minute has passed, then the allowance is back', () => {
        let now = 0;
        const limit = rateLimit(1, () => now);
        expect(call(limit, {})).toBe('passed');
        expect((call(limit, {}) as ApiError).code).toBe('rate_limited');
        now = 60_000;
        expect(call(limit, {})).toBe('passed');
    });
});
