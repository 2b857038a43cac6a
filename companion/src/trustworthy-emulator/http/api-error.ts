/**
 * The one error envelope every failure uses:
 * `{ "error": { "code", "message", "details": [ { "path", "issue" } ] } }`.
 * Each code has exactly one HTTP status, so a new code that nobody maps
 * fails to compile.
 */
import type { Response } from 'express';
import type { z } from 'zod';

export type ApiErrorCode =
    | 'unauthorized'
    | 'not_found'
    | 'validation_failed'
    | 'invalid_json'
    | 'invalid_cursor'
    | 'idempotency_key_reused'
    | 'payload_too_large'
    | 'rate_limited'
    | 'internal_error'
    | 'service_unavailable';

const STATUS_OF: Record<ApiErrorCode, number> = {
    unauthorized: 401,
    not_found: 404,
    validation_failed: 400,
    invalid_json: 400,
    invalid_cursor: 400,
    idempotency_key_reused: 409,
    payload_too_large: 413,
    rate_limited: 429,
    internal_error: 500,
    service_unavailable: 503
};

export interface ErrorDetail {
    path: string;
    issue: string;
}

export class ApiError extends Error {
    readonly status: number;

    constructor(
        readonly code: ApiErrorCode,
        message: string,
        readonly details: ErrorDetail[] = []
    ) {
        super(message);
        this.status = STATUS_OF[code];
    }
}

export function sendApiError(res: Response, error: ApiError): void {
    res.status(error.status).json({
        error: { code: error.code, message: error.message, details: error.details }
    });
}

/** `body.records[3].fields` style paths, readable by people and tools. */
function formatPath(where: string, path: readonly PropertyKey[]): string {
    return path.reduce<string>((text, part) => {
        if (typeof part === 'number') return `${text}[${part}]`;
        return `${text}.${String(part)}`;
    }, where);
}

/** Parses `value` or throws 400 validation_failed listing every problem. */
export function parseInput<T>(
    schema: z.ZodType<T>,
    value: unknown,
    where: 'body' | 'query' | 'path'
): T {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;

    const details = parsed.error.issues.map((issue) => ({
        path: formatPath(where, issue.path),
        issue: issue.message
    }));
    throw new ApiError('validation_failed', `the request ${where} is not valid`, details);
}
