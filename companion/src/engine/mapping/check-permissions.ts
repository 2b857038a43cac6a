/**
 * The permission preflight: what the integration user's real access in the
 * org lets a mapping do. Every mapped field the user cannot read, every
 * field it cannot edit although the mapping writes it, and every object it
 * cannot create, edit or delete records of although the pairing needs to, is
 * an error that names the permission to grant, so an admin can fix the
 * permission set before go-live instead of reading failed runs afterwards.
 */
import { salesforceAddressFields } from '../transforms/address';
import type { SchemaIssue } from './check-against-schemas';
import { formatPath } from './issue-path';
import type { FieldMapping, MappingFile, Pairing } from './mapping-schema';

export const INTEGRATION_PERMISSION_SET = 'Trustworthy Sync Integration';

const EXTERNAL_ID_FIELD = 'Trustworthy_Id__c';

/* Fields no permission set can make writable; describe reports them read-only for everyone. */
const SYSTEM_READ_ONLY = new Set(
    [
        'Id',
        'IsDeleted',
        'CreatedDate',
        'CreatedById',
        'LastModifiedDate',
        'LastModifiedById',
        'SystemModstamp',
        'LastActivityDate'
    ].map((name) => name.toLowerCase())
);

export interface FieldAccess {
    name: string;
    createable: boolean;
    updateable: boolean;
    /** Formula, roll-up or auto-number: read-only whatever the permissions. */
    calculated?: boolean;
    autoNumber?: boolean;
    /** Set on the parts of a compound field (FirstName → Name). */
    compoundFieldName?: string | null;
}

/** One Salesforce object as the integration user sees it (describe's top level and fields). */
export interface ObjectAccess {
    name: string;
    createable: boolean;
    updateable: boolean;
    deletable: boolean;
    fields: FieldAccess[];
}

export function checkPermissions(
    mapping: MappingFile,
    objectAccess: (objectName: string) => ObjectAccess | undefined
): SchemaIssue[] {
    return mapping.pairings.flatMap((pairing, index) => {
        const access = objectAccess(pairing.salesforceObject);
        // An object the user cannot see at all is already reported by the schema check.
        if (!access) return [];
        return [
            ...checkObject(pairing, index, access),
            ...pairing.fields.flatMap((field, fieldIndex) =>
                checkField(pairing, field, access, [
                    'pairings',
                    index,
                    'fields',
                    fieldIndex,
                    'salesforce'
                ])
            )
        ];
    });
}

function checkObject(pairing: Pairing, index: number, access: ObjectAccess): SchemaIssue[] {
    if (pairing.direction === 'to_trustworthy') return [];
    const path = ['pairings', index, 'salesforceObject'];
    const object = access.name;
    const issues: SchemaIssue[] = [];

    if (!access.createable) issues.push(objectError(path, 'create', 'Create', object));
    if (!access.updateable) issues.push(objectError(path, 'edit', 'Edit', object));
    if (pairing.deletions === 'propagate' && !access.deletable)
        issues.push(objectError(path, 'delete', 'Delete', object));

    const externalId = access.fields.find(
        (field) => field.name.toLowerCase() === EXTERNAL_ID_FIELD.toLowerCase()
    );
    if (externalId && !externalId.createable && !externalId.updateable) {
        const message =
            `Field-level security: the integration user cannot edit ${object}.${externalId.name}, which links new ` +
            `records to Trustworthy; grant Edit on it in the ${INTEGRATION_PERMISSION_SET} permission set`;
        issues.push(error(path, message));
    }
    return issues;
}

function checkField(
    pairing: Pairing,
    field: FieldMapping,
    access: ObjectAccess,
    path: PropertyKey[]
): SchemaIssue[] {
    const direction = field.direction ?? pairing.direction;
    const names =
        field.transform === 'address'
            ? Object.values(salesforceAddressFields(field.salesforce))
            : [field.salesforce];
    const object = access.name;

    const unreadable = names.filter((name) => !findField(access, name));
    if (unreadable.length > 0) {
        const qualified = unreadable.map((name) => `${object}.${name}`).join(', ');
        const message =
            `Field-level security: the integration user cannot read ${qualified} (or no such field exists); ` +
            `grant Read on it in the ${INTEGRATION_PERMISSION_SET} permission set`;
        return [error(path, message)];
    }
    if (direction === 'to_trustworthy') return [];

    const uneditable = names
        .map((name) => findField(access, name))
        .filter((info): info is FieldAccess => info !== undefined)
        .filter(
            (info) => !info.createable && !info.updateable && !isReadOnlyForEveryone(info, access)
        );
    if (uneditable.length === 0) return [];
    const qualified = uneditable.map((info) => `${object}.${info.name}`).join(', ');
    const message =
        `Field-level security: the integration user cannot edit ${qualified}; ` +
        `grant Edit on it in the ${INTEGRATION_PERMISSION_SET} permission set`;
    return [error(path, message)];
}

function isReadOnlyForEveryone(info: FieldAccess, access: ObjectAccess): boolean {
    if (info.calculated || info.autoNumber || SYSTEM_READ_ONLY.has(info.name.toLowerCase()))
        return true;
    // A compound (Contact.Name) is written through its parts, never itself; Account.Name names itself.
    return access.fields.some(
        (other) => other.name !== info.name && other.compoundFieldName === info.name
    );
}

function findField(access: ObjectAccess, name: string): FieldAccess | undefined {
    const wanted = name.toLowerCase();
    return access.fields.find((info) => info.name.toLowerCase() === wanted);
}

function objectError(
    path: PropertyKey[],
    verb: string,
    permission: string,
    object: string
): SchemaIssue {
    const message =
        `Object permissions: the integration user cannot ${verb} ${object} records; ` +
        `grant ${permission} on ${object} in the ${INTEGRATION_PERMISSION_SET} permission set`;
    return error(path, message);
}

function error(path: PropertyKey[], message: string): SchemaIssue {
    return { path: formatPath(path), message, severity: 'error' };
}
