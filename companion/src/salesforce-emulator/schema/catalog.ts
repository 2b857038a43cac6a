/** Every object the emulated org has, in the order the global describe lists them. */
import { ACCOUNT } from './objects/account';
import { CONTACT } from './objects/contact';
import { CUSTOM_NOTIFICATION_TYPE } from './objects/custom-notification-type';
import { OPPORTUNITY } from './objects/opportunity';
import { ORGANIZATION } from './objects/organization';
import { USER } from './objects/user';
import type { FieldDef, SObjectDef } from './types';

export const OBJECT_CATALOG: readonly SObjectDef[] = [
    ACCOUNT,
    CONTACT,
    CUSTOM_NOTIFICATION_TYPE,
    OPPORTUNITY,
    ORGANIZATION,
    USER
];

/** Objects the API may write; User and Organization are maintained by the org itself. */
export const WRITABLE_OBJECTS: ReadonlySet<string> = new Set(['Account', 'Contact', 'Opportunity']);

export function findObject(name: string): SObjectDef | undefined {
    const wanted = name.toLowerCase();
    return OBJECT_CATALOG.find((def) => def.name.toLowerCase() === wanted);
}

export function findField(def: SObjectDef, name: string): FieldDef | undefined {
    const wanted = name.toLowerCase();
    return def.fields.find((field) => field.name.toLowerCase() === wanted);
}

export function objectForKeyPrefix(keyPrefix: string): SObjectDef | undefined {
    return OBJECT_CATALOG.find((def) => def.keyPrefix === keyPrefix);
}
