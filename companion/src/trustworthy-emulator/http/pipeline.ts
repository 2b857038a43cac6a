/**
 * The middleware every request passes, in order: rate-limit headers (so every
 * reply carries them), switched-on faults, the API key, the JSON body; and at
 * the end the 404 fallback and the error handler that turns anything thrown
 * into the error envelope.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

import type { EmulatorClock } from '../clock';
import type { TrustworthyFaults } from '../faults';
import type { RateLimiter } from '../rate-limiter';
import { ApiError, sendApiError } from './api-error';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const tooManyRequests = () =>
    new ApiError('rate_limited', 'too many requests; retry after the Retry-After seconds');

function digest(text: string): Buffer {
    return createHash('sha256').update(text).digest();
}

function bearerToken(req: Request): string | undefined {
    const match = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '');
    return match?.[1];
}

export function rateLimitHeaders(limiter: RateLimiter, clock: EmulatorClock): RequestHandler {
    return (req, res, next) => {
        const token = bearerToken(req);
        const bucket = token ? digest(token).toString('hex') : 'anonymous';
        const decision = limiter.take(bucket, clock.now());

        res.set('RateLimit-Limit', String(decision.limit));
        res.set('RateLimit-Remaining', String(decision.remaining));
        res.set('RateLimit-Reset', String(decision.resetSeconds));
        if (decision.allowed) return next();

        res.set('Retry-After', String(decision.resetSeconds));
        next(tooManyRequests());
    };
}

export function injectFaults(faults: TrustworthyFaults): RequestHandler {
    return async (_req, res, next) => {
        const { latencyMs } = faults.current();
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));

        if (faults.takeRateLimit()) {
            res.set('Retry-After', String(faults.current().retryAfterSeconds));
            return next(tooManyRequests());
        }
        if (faults.takeFailure()) {
            const message = 'the service is temporarily unavailable';
            return next(new ApiError('service_unavailable', message));
        }
        next();
    };
}

/** Compares digests so neither the key's content nor its length leaks through timing. */
export function requireApiKey(apiKeys: readonly string[]): RequestHandler {
    const known = apiKeys.map(digest);
    return (req, res, next) => {
        const token = bearerToken(req);
        const presented = token ? digest(token) : undefined;
        const valid =
            presented !== undefined && known.some((key) => timingSafeEqual(key, presented));
        if (!valid) {
            res.set('WWW-Authenticate', 'Bearer');
            const message = 'a valid API key is required as a Bearer token';
            return next(new ApiError('unauthorized', message));
        }
        res.locals.apiKey = token;
        next();
    };
}

export function jsonBody(): RequestHandler {
    return express.json({ limit: BODY_LIMIT_BYTES });
}

export function notFound(): RequestHandler {
    return (req, _res, next) => {
        next(new ApiError('not_found', `no route for ${req.method} ${req.path}`));
    };
}

function bodyParserType(error: unknown): string | undefined {
    if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
    return typeof error.type === 'string' ? error.type : undefined;
}

export function errorEnvelope() {
    return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
        if (error instanceof ApiError) return sendApiError(res, error);

        const type = bodyParserType(error);
        if (type === 'entity.too.large') {
            const message = 'the request body is larger than 1 MB';
            return sendApiError(res, new ApiError('payload_too_large', message));
        }
        if (type === 'entity.parse.failed') {
            const message = 'the request body is not valid JSON';
            return sendApiError(res, new ApiError('invalid_json', message));
        }
        sendApiError(res, new ApiError('internal_error', 'the emulator failed unexpectedly'));
    };
}
