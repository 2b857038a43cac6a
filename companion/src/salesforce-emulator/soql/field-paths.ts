/**
 * Turns field paths as written (`name`, `Account.Name`) into the org's field
 * definitions, as one user sees them. A field hidden from the user by
 * field-level security is simply absent from the schema view, so it fails
 * exactly like a misspelt one, as in Salesforce.
 */
import type { SchemaView } from '../context';
import type { FieldDef, SObjectDef } from '../schema/types';
import type { FieldPath } from './ast';
import { soqlErrorAt } from './soql-error';

export interface Relationship {
    /** The relationship name with its defined casing, e.g. `Account`. */
    name: string;
    /** The lookup field holding the parent's Id, e.g. `AccountId`. */
    lookup: FieldDef;
    /** Parent objects the user can see; more than one for polymorphic lookups. */
    parents: SObjectDef[];
}

export interface FieldRef {
    field: FieldDef;
    /** Set when the path goes through a child-to-parent relationship. */
    via: Relationship | null;
}

export interface PathContext {
    soql: string;
    root: SObjectDef;
    schema: SchemaView;
    userId: string;
}

export function resolveFieldPath(path: FieldPath, context: PathContext): FieldRef {
    const segments = path.path.split('.');
    if (segments.length > 1 && sameName(segments[0], context.root.name)) segments.shift();

    const [first, second, ...rest] = segments;
    if (first === undefined) throw noSuchColumn(path, path.path, context.root, context);

    if (second === undefined) {
        const field = findField(context.root, first);
        if (!field) throw noSuchColumn(path, first, context.root, context);
        return { field, via: null };
    }

    if (rest.length > 0) {
        throw soqlErrorAt(
            'MALFORMED_QUERY',
            context.soql,
            path.offset,
            'relationship paths deeper than one level are valid SOQL but not supported by the Salesforce emulator'
        );
    }

    const relationship = findRelationship(context, first);
    if (!relationship) throw unknownRelationship(path, first, context);

    const [primaryParent] = relationship.parents;
    const field = primaryParent ? findField(primaryParent, second) : undefined;
    if (!field || !primaryParent) {
        throw noSuchColumn(path, second, primaryParent ?? context.root, context);
    }
    return { field, via: relationship };
}

export function findField(object: SObjectDef, name: string): FieldDef | undefined {
    return object.fields.find((field) => sameName(field.name, name));
}

function findRelationship(context: PathContext, name: string): Relationship | undefined {
    const lookup = context.root.fields.find(
        (field) => field.relationshipName !== null && sameName(field.relationshipName, name)
    );
    if (!lookup || lookup.relationshipName === null) return undefined;

    const parents = lookup.referenceTo
        .map((objectName) => context.schema.describeFor(objectName, context.userId))
        .filter((parent): parent is SObjectDef => parent !== undefined);
    if (parents.length === 0) return undefined;

    return { name: lookup.relationshipName, lookup, parents };
}

function sameName(left: string | undefined, right: string): boolean {
    return left !== undefined && left.toLowerCase() === right.toLowerCase();
}

function noSuchColumn(
    path: FieldPath,
    name: string,
    entity: SObjectDef,
    context: PathContext
): Error {
    return soqlErrorAt(
        'INVALID_FIELD',
        context.soql,
        path.offset,
        `No such column '${name}' on entity '${entity.name}'. If you are attempting to use a custom ` +
            `field, be sure to append the '__c' after the custom field name. Please reference your ` +
            `WSDL or the describe call for the appropriate names.`
    );
}

function unknownRelationship(path: FieldPath, name: string, context: PathContext): Error {
    return soqlErrorAt(
        'INVALID_FIELD',
        context.soql,
        path.offset,
        `Didn't understand relationship '${name}' in field path. If you are attempting to use a ` +
            `custom relationship, be sure to append the '__r' after the custom relationship name. ` +
            `Please reference your WSDL or the describe call for the appropriate names.`
    );
}
