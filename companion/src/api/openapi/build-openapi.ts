/**
 * The companion API's OpenAPI 3.1 document, generated from the route table's
 * zod contracts. The committed companion/openapi.json is this output; a test
 * fails when the two differ, so the document always matches the routes.
 */
import { z } from 'zod';

import { statusOf } from '../api-error';
import type { ApiErrorCode } from '../api-error';
import type { AnyRoute } from '../define-route';

type JsonObject = Record<string, unknown>;

const ERROR_ENVELOPE = z.object({
    error: z.object({
        code: z.string().describe('stable snake_case code'),
        message: z.string(),
        details: z.array(z.object({ path: z.string().optional(), issue: z.string() }))
    })
});

export function buildOpenApi(routes: readonly AnyRoute[], version: string): JsonObject {
    const paths: Record<string, JsonObject> = {};
    for (const route of routes) {
        const path = route.path.replace(/:(\w+)/g, '{$1}');
        paths[path] = { ...(paths[path] ?? {}), [route.method]: operation(route) };
    }

    return {
        openapi: '3.1.0',
        info: {
            title: 'Trustworthy Sync companion API',
            version,
            description:
                'Called by the Salesforce package (Apex through a Named Credential) to configure and watch the sync. Every failure replies with the same error envelope.'
        },
        paths,
        components: {
            securitySchemes: {
                namedCredential: {
                    type: 'http',
                    scheme: 'bearer',
                    description:
                        'The shared secret the Named Credential sends, or an HS256 JWT signed with it (valid at most five minutes).'
                }
            },
            schemas: { ErrorEnvelope: jsonSchema(ERROR_ENVELOPE) }
        }
    };
}

function operation(route: AnyRoute): JsonObject {
    const successStatus = String(route.successStatus ?? 200);
    const errorStatuses = errorStatusesOf(route);
    const responses: JsonObject = {
        [successStatus]: route.response
            ? {
                  description: 'success',
                  content: { 'application/json': { schema: jsonSchema(route.response) } }
              }
            : { description: 'success (no JSON body)' }
    };
    for (const status of errorStatuses) {
        responses[status] = {
            description: 'error',
            content: {
                'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } }
            }
        };
    }

    return {
        summary: route.summary,
        tags: [route.tag],
        operationId: `${route.method}${route.path.replace(/[/:{}-]+(\w)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
        ...(route.auth === 'salesforce'
            ? { security: [{ namedCredential: [] }] }
            : { security: [] }),
        parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
        ...(route.body
            ? {
                  requestBody: {
                      required: true,
                      content: { 'application/json': { schema: jsonSchema(route.body) } }
                  }
              }
            : {}),
        responses,
        ...(route.errors && route.errors.length > 0 ? { 'x-error-codes': route.errors } : {})
    };
}

/** Every status a route can fail with: the pipeline's, its input's, and its own error codes'. */
function errorStatusesOf(route: AnyRoute): string[] {
    const statuses = new Set<number>([400, 429, 500]);
    if (route.auth !== 'public') statuses.add(401);
    if (route.params) statuses.add(404);
    if (route.body) {
        statuses.add(413);
        statuses.add(415);
    }
    for (const code of route.errors ?? []) {
        if (isErrorCode(code)) statuses.add(statusOf(code));
    }
    return [...statuses].sort((a, b) => a - b).map(String);
}

function isErrorCode(code: string): code is ApiErrorCode {
    try {
        statusOf(code as ApiErrorCode);
        return true;
    } catch {
        return false;
    }
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonObject[] {
    if (!schema) return [];
    const json = jsonSchema(schema);
    const properties = (json.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((json.required ?? []) as string[]);
    return Object.entries(properties).map(([name, property]) => ({
        name,
        in: location,
        required: location === 'path' || required.has(name),
        schema: property
    }));
}

function jsonSchema(schema: z.ZodType): JsonObject {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
        io: 'input',
        unrepresentable: 'any'
    }) as JsonObject;
    return rest;
}
