/**
 * Reads trustworthy-api.openapi.yaml and checks requests and replies against
 * it with ajv, so tests can hold the emulator and the adapter to the written
 * contract. Component schemas are loaded as one JSON Schema document and the
 * OpenAPI `$ref`s are pointed at it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

export const OPENAPI_FILE = path.resolve(__dirname, '..', 'trustworthy-api.openapi.yaml');

const COMPONENTS_ID = 'https://contract.invalid/components.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

type Json = Record<string, unknown>;

export interface ContractOperation {
    method: string;
    path: string;
    operationId: string;
    statuses: string[];
}

function asObject(value: unknown, what: string): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`the OpenAPI file has no object at ${what}`);
    }
    return value as Json;
}

/** Points `#/components/schemas/X` at the components document. */
function retarget(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(retarget);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => {
            if (
                key === '$ref' &&
                typeof inner === 'string' &&
                inner.startsWith('#/components/schemas/')
            ) {
                return [
                    key,
                    `${COMPONENTS_ID}#/$defs/${inner.slice('#/components/schemas/'.length)}`
                ];
            }
            return [key, retarget(inner)];
        })
    );
}

export class OpenApiContract {
    readonly document: Json;
    private readonly ajv: Ajv2020;
    private readonly compiled = new Map<string, ValidateFunction>();

    constructor(file = OPENAPI_FILE) {
        this.document = asObject(parse(readFileSync(file, 'utf8')), 'the root');
        this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
        addFormats(this.ajv);
        const schemas = asObject(this.components().schemas, 'components.schemas');
        this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: retarget(schemas) });
    }

    operations(): ContractOperation[] {
        const found: ContractOperation[] = [];
        for (const [template, item] of Object.entries(asObject(this.document.paths, 'paths'))) {
            for (const method of METHODS) {
                const operation = asObject(item, template)[method];
                if (operation === undefined) continue;
                const { operationId, responses } = asObject(operation, `${method} ${template}`);
                found.push({
                    method,
                    path: template,
                    operationId: String(operationId),
                    statuses: Object.keys(asObject(responses, `${template} responses`))
                });
            }
        }
        return found;
    }

    /** The template a concrete path belongs to; concrete segments win over `{params}`. */
    templateFor(method: string, concretePath: string): string | undefined {
        const candidates = this.operations()
            .filter((operation) => operation.method === method.toLowerCase())
            .map((operation) => operation.path)
            .sort((a, b) => (a.match(/\{/g) ?? []).length - (b.match(/\{/g) ?? []).length);
        return candidates.find((template) => {
            const pattern = template.replace(/\{\w+\}/g, '[^/]+');
            return new RegExp(`^${pattern}$`).test(concretePath);
        });
    }

    /** Problems with a reply, or [] when it is what the contract promises. */
    checkResponse(
        method: string,
        template: string,
        status: number,
        headers: Headers,
        body: unknown
    ): string[] {
        const operation = this.operation(method, template);
        const responses = asObject(operation.responses, `${template} responses`);
        const declared = responses[String(status)];
        if (declared === undefined) {
            return [`${method} ${template} does not document status ${status}`];
        }

        const response = this.resolve(declared);
        const problems = this.checkHeaders(asObject(response.headers ?? {}, 'headers'), headers);
        const content =
            response.content === undefined ? undefined : asObject(response.content, 'content');
        const schema = content?.['application/json'];
        if (schema === undefined) {
            return body === undefined
                ? problems
                : [...problems, `status ${status} documents no body`];
        }
        const key = `response ${method} ${template} ${status}`;
        return [...problems, ...this.validate(key, asObject(schema, key).schema, body)];
    }

    checkRequestBody(method: string, template: string, body: unknown): string[] {
        const operation = this.operation(method, template);
        const requestBody =
            operation.requestBody === undefined
                ? undefined
                : asObject(operation.requestBody, 'body');
        if (!requestBody) return body === undefined ? [] : [`${method} ${template} takes no body`];

        const content = asObject(requestBody.content, 'requestBody.content');
        const key = `request ${method} ${template}`;
        return this.validate(key, asObject(content['application/json'], key).schema, body);
    }

    /** Checks a value against one named component schema. */
    checkSchema(name: string, value: unknown): string[] {
        return this.validate(`schema ${name}`, { $ref: `#/components/schemas/${name}` }, value);
    }

    components(): Json {
        return asObject(this.document.components, 'components');
    }

    private operation(method: string, template: string): Json {
        const item = asObject(asObject(this.document.paths, 'paths')[template], template);
        return asObject(item[method.toLowerCase()], `${method} ${template}`);
    }

    /** Follows one `#/components/...` reference (responses, headers). */
    private resolve(value: unknown): Json {
        const object = asObject(value, 'reference');
        const ref = object.$ref;
        if (typeof ref !== 'string') return object;

        const [, , section, name] = ref.split('/');
        return asObject(asObject(this.components()[section ?? ''], section ?? '')[name ?? ''], ref);
    }

    private checkHeaders(declared: Json, actual: Headers): string[] {
        const problems: string[] = [];
        for (const [name, definition] of Object.entries(declared)) {
            const header = this.resolve(definition);
            const value = actual.get(name);
            if (value === null) {
                if (header.required === true) problems.push(`header ${name} is missing`);
                continue;
            }
            problems.push(
                ...this.validate(`header ${name}`, header.schema, value).map(
                    (p) => `header ${name}: ${p}`
                )
            );
        }
        return problems;
    }

    private validate(key: string, schema: unknown, value: unknown): string[] {
        let validator = this.compiled.get(key);
        if (!validator) {
            validator = this.ajv.compile(asObject(retarget(schema), key));
            this.compiled.set(key, validator);
        }
        if (validator(value)) return [];
        return (validator.errors ?? []).map(
            (error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`
        );
    }
}
