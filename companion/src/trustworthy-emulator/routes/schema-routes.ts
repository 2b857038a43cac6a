/**
 * Schema discovery: the model's objects and fields in the contract's
 * snake_case shape, with null for every limit that does not apply.
 */
import type { TrustworthyFieldInfo } from '../../engine/types';
import type { TrustworthyObjectDef } from '../../trustworthy/model';
import { TRUSTWORTHY_OBJECTS } from '../../trustworthy/model';
import type { EmulatorRoute } from '../context';
import { objectByName, pathParam } from './resolve-object';

function fieldOnWire(field: TrustworthyFieldInfo) {
    return {
        name: field.name,
        type: field.type,
        required: field.required,
        read_only: field.readOnly,
        max_length: field.maxLength ?? null,
        precision: field.precision ?? null,
        scale: field.scale ?? null,
        enum_values: field.enumValues ?? null,
        reference_to: field.referenceTo ?? null
    };
}

export function objectOnWire(definition: TrustworthyObjectDef) {
    return {
        name: definition.name,
        label: definition.label,
        collection: definition.collection,
        id_prefix: definition.idPrefix,
        fields: definition.fields.map(fieldOnWire)
    };
}

export const getSchema: EmulatorRoute = {
    method: 'get',
    path: '/v1/schema',
    handle: (_req, res) => {
        res.json({ objects: TRUSTWORTHY_OBJECTS.map(objectOnWire) });
    }
};

export const getObjectSchema: EmulatorRoute = {
    method: 'get',
    path: '/v1/schema/{object}',
    handle: (req, res) => {
        res.json(objectOnWire(objectByName(pathParam(req.params, 'object'))));
    }
};
