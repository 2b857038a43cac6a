/**
 * Parses a request part with its zod contract; a mismatch becomes one
 * `validation_failed` error listing every problem with its path.
 */
import type { z } from 'zod';

import { ApiError } from './api-error';

export function parseInput<T>(
    schema: z.ZodType<T> | undefined,
    value: unknown,
    part: 'params' | 'query' | 'body'
): T {
    if (!schema) return value as T;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;

    const details = parsed.error.issues.map((issue) => ({
        path: [part, ...issue.path.map(String)].join('.'),
        issue: issue.message
    }));
    throw new ApiError(
        'validation_failed',
        `the request ${part === 'body' ? 'body is' : `${part} are`} not valid`,
        details
    );
}
