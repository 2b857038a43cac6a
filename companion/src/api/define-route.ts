/**
 * One endpoint = one file that calls defineRoute: its method and path, who
 * may call it, the zod contracts of its input and reply, and its handler.
 * The server mounts the route table from these, validation happens before a
 * handler runs, and the OpenAPI document is generated from the same
 * contracts, so the published API cannot drift from the code.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';

import type { ApiDeps } from './deps';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * `salesforce`: the caller is our Apex through the Named Credential (secret or JWT).
 * `public`: health and readiness, OAuth callbacks (protected by their own state).
 * `webhook`: Trustworthy deliveries, protected by their HMAC signature.
 */
export type RouteAuth = 'salesforce' | 'public' | 'webhook';

export interface RouteContext<P, Q, B> {
    params: P;
    query: Q;
    body: B;
    deps: ApiDeps;
    req: Request;
    res: Response;
}

export interface RouteReply<R> {
    status?: number;
    body: R;
    headers?: Record<string, string>;
}

export interface RouteDefinition<P = unknown, Q = unknown, B = unknown, R = unknown> {
    method: HttpMethod;
    /** Express-style path, e.g. `/api/v1/runs/:runId`. */
    path: string;
    summary: string;
    tag: string;
    auth: RouteAuth;
    params?: z.ZodType<P>;
    query?: z.ZodType<Q>;
    body?: z.ZodType<B>;
    /** The success reply's schema; `null` for replies with no JSON body (e.g. a redirect). */
    response: z.ZodType<R> | null;
    successStatus?: number;
    /** Error codes this route can answer with, beyond the ones every route has. */
    errors?: string[];
    handler: (context: RouteContext<P, Q, B>) => Promise<RouteReply<R> | void>;
}

// The route table holds routes of many shapes; each was type-checked where it was defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDefinition<any, any, any, any>;

export function defineRoute<P, Q, B, R>(
    route: RouteDefinition<P, Q, B, R>
): RouteDefinition<P, Q, B, R> {
    return route;
}
