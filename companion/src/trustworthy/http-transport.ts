/**
 * Sends one API request with retries and turns the reply into either parsed,
 * contract-checked data or a TrustworthyApiError. Retries: 429 after its
 * Retry-After; 5xx and network failures with backoff, but only for requests
 * that are safe to repeat (reads, and writes carrying an Idempotency-Key).
 */
import type { z } from 'zod';

import type { TrustworthyRateLimit } from './api-types';
import { CLIENT_ERROR_CODES, TrustworthyApiError, isRetryableStatus } from './api-error';
import { errorEnvelope } from './reply-schemas';
import type { RetrySettings } from './retry-policy';
import { backoffDelayMs, parseRetryAfter } from './retry-policy';

/** A subset of pino's logger; values go in the object, never the API key. */
export interface TrustworthyLogger {
    debug(details: Record<string, unknown>, message: string): void;
    warn(details: Record<string, unknown>, message: string): void;
}

export interface TransportSettings {
    baseUrl: string;
    apiKey: string;
    fetchImpl: typeof fetch;
    sleep: (milliseconds: number) => Promise<void>;
    now: () => Date;
    timeoutMs: number;
    retry: RetrySettings;
    logger?: TrustworthyLogger;
}

export interface RequestSpec {
    method: 'GET' | 'POST' | 'DELETE';
    path: string;
    query?: Record<string, string | number | undefined>;
    body?: unknown;
    headers?: Record<string, string>;
    /** True when repeating the request cannot apply it twice. */
    repeatable: boolean;
}

type Attempt<T> = { done: T } | { retryAfterMs: number; error: TrustworthyApiError };

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
    return issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
}

function readRateLimit(headers: Headers): TrustworthyRateLimit | undefined {
    const names = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'];
    const values = names.map((name) => headers.get(name));
    if (values.some((value) => value === null || !/^\d+$/.test(value))) return undefined;
    const [limit, remaining, resetSeconds] = values.map(Number) as [number, number, number];
    return { limit, remaining, resetSeconds };
}

export class HttpTransport {
    requestCount = 0;
    rateLimit: TrustworthyRateLimit | undefined;

    constructor(private readonly settings: TransportSettings) {}

    async send<T>(spec: RequestSpec, schema: z.ZodType<T> | undefined): Promise<T | undefined> {
        for (let retry = 0; ; retry++) {
            const attempt = await this.attempt(spec, schema, retry);
            if ('done' in attempt) return attempt.done;

            const { error, retryAfterMs } = attempt;
            const mayRepeat = spec.repeatable || error.status === 429;
            const { maxRetries, maxWaitMs } = this.settings.retry;
            if (retry >= maxRetries || !mayRepeat || retryAfterMs > maxWaitMs) throw error;

            this.settings.logger?.warn(
                {
                    method: spec.method,
                    path: spec.path,
                    status: error.status,
                    code: error.code,
                    retryAfterMs,
                    retry: retry + 1
                },
                'trustworthy request failed; retrying'
            );
            await this.settings.sleep(retryAfterMs);
        }
    }

    private url(spec: RequestSpec): string {
        const url = new URL(this.settings.baseUrl.replace(/\/+$/, '') + spec.path);
        for (const [name, value] of Object.entries(spec.query ?? {})) {
            if (value !== undefined) url.searchParams.set(name, String(value));
        }
        return url.toString();
    }

    private async attempt<T>(
        spec: RequestSpec,
        schema: z.ZodType<T> | undefined,
        retry: number
    ): Promise<Attempt<T | undefined>> {
        const backoff = backoffDelayMs(retry, this.settings.retry);
        const headers: Record<string, string> = {
            authorization: `Bearer ${this.settings.apiKey}`,
            accept: 'application/json',
            ...spec.headers
        };
        if (spec.body !== undefined) headers['content-type'] = 'application/json';

        let response: Response;
        let text: string;
        this.requestCount += 1;
        try {
            response = await this.settings.fetchImpl(this.url(spec), {
                method: spec.method,
                headers,
                ...(spec.body !== undefined && { body: JSON.stringify(spec.body) }),
                signal: AbortSignal.timeout(this.settings.timeoutMs)
            });
            text = await response.text();
        } catch (cause) {
            const message = `${spec.method} ${spec.path} failed before a reply arrived: ${String(cause)}`;
            const code = CLIENT_ERROR_CODES.network;
            const error = new TrustworthyApiError({ status: 0, code, message, retryable: true });
            return { error, retryAfterMs: backoff };
        }

        this.rateLimit = readRateLimit(response.headers) ?? this.rateLimit;
        if (response.ok) return { done: this.parseSuccess(spec, schema, response.status, text) };

        const error = this.errorFrom(spec, response, text);
        if (response.status === 429) {
            const seconds = error.retryAfterSeconds;
            return { error, retryAfterMs: seconds === undefined ? backoff : seconds * 1000 };
        }
        return { error, retryAfterMs: error.retryable ? backoff : Number.POSITIVE_INFINITY };
    }

    private parseSuccess<T>(
        spec: RequestSpec,
        schema: z.ZodType<T> | undefined,
        status: number,
        text: string
    ): T | undefined {
        if (!schema) return undefined;

        let json: unknown;
        try {
            json = JSON.parse(text);
        } catch {
            throw this.contractError(spec, status, 'the reply body is not JSON');
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
            throw this.contractError(spec, status, describeIssues(parsed.error.issues));
        }
        return parsed.data;
    }

    private contractError(spec: RequestSpec, status: number, what: string): TrustworthyApiError {
        return new TrustworthyApiError({
            status,
            code: CLIENT_ERROR_CODES.contract,
            message: `${spec.method} ${spec.path} replied outside the contract: ${what}`,
            retryable: false
        });
    }

    private errorFrom(spec: RequestSpec, response: Response, text: string): TrustworthyApiError {
        const retryable = isRetryableStatus(response.status);
        const retryAfter = parseRetryAfter(
            response.headers.get('Retry-After'),
            this.settings.now()
        );
        const extra = retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter };

        let envelope: ReturnType<typeof errorEnvelope.safeParse> | undefined;
        try {
            envelope = errorEnvelope.safeParse(JSON.parse(text));
        } catch {
            envelope = undefined;
        }

        if (envelope?.success) {
            const { code, message, details } = envelope.data.error;
            const { status } = response;
            return new TrustworthyApiError({ status, code, message, details, retryable, ...extra });
        }
        return new TrustworthyApiError({
            status: response.status,
            code: CLIENT_ERROR_CODES.unexpectedReply,
            message: `${spec.method} ${spec.path} failed with HTTP ${response.status} and no error envelope`,
            retryable,
            ...extra
        });
    }
}
