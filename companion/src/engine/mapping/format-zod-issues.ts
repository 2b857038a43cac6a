/**
 * Turns zod's issues into plain messages with JSON paths. Zod's own wording
 * ("Invalid input: expected string, received undefined") is written for
 * developers; a person editing a mapping file wants "missing" or the list of
 * allowed values.
 */
import type { z } from 'zod';
import { formatPath } from './issue-path';
import type { MappingIssue } from './mapping-schema';

export function formatZodIssues(
    issues: readonly z.core.$ZodIssue[],
    input: unknown
): MappingIssue[] {
    return issues.flatMap((issue) => describeIssue(issue, input));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): MappingIssue[] {
    const path = formatPath(issue.path);

    switch (issue.code) {
        case 'invalid_value': {
            const allowed = issue.values.map((value) => JSON.stringify(value));
            const message =
                allowed.length === 1
                    ? `expected ${allowed[0]}`
                    : `expected one of ${allowed.join(', ')}`;
            return [{ path, message }];
        }
        case 'invalid_type': {
            const actual = valueAt(input, issue.path);
            if (actual === undefined)
                return [{ path, message: `missing (expected ${issue.expected})` }];
            return [{ path, message: `expected ${issue.expected}, got ${describeType(actual)}` }];
        }
        case 'unrecognized_keys':
            return issue.keys.map((key) => ({
                path: formatPath([...issue.path, key]),
                message: 'unknown property'
            }));
        case 'too_small':
            if (issue.origin === 'array')
                return [{ path, message: `needs at least ${String(issue.minimum)} entry` }];
            if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
            return [{ path, message: issue.message }];
        case 'too_big':
            if (issue.origin === 'array')
                return [{ path, message: `at most ${String(issue.maximum)} entries` }];
            if (issue.origin === 'string')
                return [{ path, message: `at most ${String(issue.maximum)} characters` }];
            return [{ path, message: issue.message }];
        default:
            return [{ path, message: issue.message }];
    }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
    let current = input;
    for (const part of path) {
        if (current === null || typeof current !== 'object') return undefined;
        current = (current as Record<PropertyKey, unknown>)[part];
    }
    return current;
}

function describeType(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    return typeof value;
}
