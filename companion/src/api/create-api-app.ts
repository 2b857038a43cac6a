/**
 * The companion's HTTP server: every route of the table behind the same
 * pipeline (request id, size limit, authentication, rate limit, validation)
 * and the same error envelope, whatever goes wrong.
 */
import { randomUUID } from 'node:crypto';

import express from 'express';
import type { NextFunction, Request, Response } from 'express';

import { ApiError, errorBody } from './api-error';
import { requireSalesforceCaller } from './authenticate';
import type { AnyRoute } from './define-route';
import type { ApiDeps } from './deps';
import { rateLimit } from './rate-limit';
import { parseInput } from './validate-input';

const PROBES = new Set(['/health', '/ready']);

export function createApiApp(deps: ApiDeps, routes: readonly AnyRoute[]): express.Express {
    const app = express();
    app.disable('x-powered-by');
    app.set('trust proxy', false);
    app.set('query parser', 'simple');

    app.use((req, res, next) => {
        const requestId = randomUUID();
        res.setHeader('X-Request-Id', requestId);
        res.locals.requestId = requestId;
        next();
    });
    // Liveness and readiness answer before any limit, so a probe never fails under load.
    const limit = rateLimit(deps.settings.rateLimitPerMinute);
    app.use((req, res, next) => (PROBES.has(req.path) ? next() : limit(req, res, next)));

    // Webhooks need the raw bytes for their signature; everything else is JSON.
    app.use(express.json({ limit: deps.settings.bodyLimitBytes, verify: keepRawBody }));

    const salesforceCaller = requireSalesforceCaller(deps.settings.apiSecret);
    for (const route of routes) {
        const guards = route.auth === 'salesforce' ? [salesforceCaller] : [];
        app[route.method](route.path, ...guards, handle(route, deps));
    }

    app.use((_req: Request, _res: Response, next: NextFunction) => {
        next(new ApiError('route_not_found', 'no such route'));
    });
    app.use(errorHandler(deps));
    return app;
}

function keepRawBody(req: Request, _res: Response, buffer: Buffer): void {
    (req as Request & { rawBody?: Buffer }).rawBody = buffer;
}

function handle(route: AnyRoute, deps: ApiDeps) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
        try {
            // A body must be JSON; anything else is refused rather than read as empty.
            if (route.body && hasBody(req) && !req.is('application/json')) {
                throw new ApiError(
                    'unsupported_media_type',
                    'send the request body as application/json'
                );
            }
            const params: unknown = parseInput(route.params, req.params, 'params');
            const query: unknown = parseInput(route.query, req.query, 'query');
            const body: unknown = parseInput(
                route.body,
                route.body ? (req.body ?? {}) : undefined,
                'body'
            );
            const reply = await route.handler({ params, query, body, deps, req, res });
            if (res.headersSent || !reply) return;

            for (const [name, value] of Object.entries(reply.headers ?? {}))
                res.setHeader(name, value);
            res.status(reply.status ?? route.successStatus ?? 200).json(reply.body);
        } catch (error) {
            next(error);
        }
    };
}

function hasBody(req: Request): boolean {
    const length = Number(req.get('content-length') ?? '0');
    return length > 0 || req.get('transfer-encoding') !== undefined;
}

function errorHandler(deps: ApiDeps) {
    return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
        let apiError = toApiError(error);
        // A webhook caller learns nothing about why it was refused, not even that its body was unreadable.
        if (
            req.path.startsWith('/webhooks/') &&
            apiError.status < 500 &&
            apiError.code !== 'route_not_found'
        ) {
            apiError = new ApiError('webhook_signature_invalid', 'webhook refused');
        }
        if (apiError.code === 'unauthenticated') res.setHeader('WWW-Authenticate', 'Bearer');
        if (apiError.code === 'internal_error') {
            deps.logger.error(
                { err: error, requestId: res.locals.requestId, path: req.path },
                'request failed'
            );
        }
        res.status(apiError.status).json(errorBody(apiError));
    };
}

/** Express's own errors (body too large, bad JSON) speak the same envelope as ours. */
function toApiError(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
        return new ApiError('payload_too_large', 'the request body is too large');
    if (type === 'entity.parse.failed')
        return new ApiError('validation_failed', 'the request body is not valid JSON');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
        return new ApiError('unsupported_media_type', 'the request body encoding is not supported');
    }
    // Other body-reading failures (a body not encoded as its Content-Encoding says, a stream cut short).
    const status =
        (error as { status?: number; statusCode?: number }).status ??
        (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
        return new ApiError('validation_failed', 'the request body could not be read');
    }
    if ((error as { code?: string }).code?.startsWith('Z_'))
        return new ApiError('validation_failed', 'the request body could not be decompressed');
    return new ApiError(
        'internal_error',
        'something went wrong; the request id identifies it in the logs'
    );
}
