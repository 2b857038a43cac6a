/**
 * Maps the URL's collection or object segment to its definition in the model,
 * answering 404 for anything the model does not know.
 */
import type { TrustworthyObjectDef } from '../../trustworthy/model';
import { TRUSTWORTHY_OBJECTS, findTrustworthyObject } from '../../trustworthy/model';
import { ApiError } from '../http/api-error';

export function objectForCollection(collection: unknown): TrustworthyObjectDef {
    const definition = TRUSTWORTHY_OBJECTS.find((object) => object.collection === collection);
    if (!definition) {
        throw new ApiError('not_found', `there is no collection ${String(collection)}`);
    }
    return definition;
}

export function objectByName(name: unknown): TrustworthyObjectDef {
    const definition = typeof name === 'string' ? findTrustworthyObject(name) : undefined;
    if (!definition) throw new ApiError('not_found', `there is no object ${String(name)}`);
    return definition;
}

export function pathParam(params: Record<string, unknown>, name: string): string {
    const value = params[name];
    if (typeof value !== 'string') throw new ApiError('not_found', `missing path segment ${name}`);
    return value;
}
