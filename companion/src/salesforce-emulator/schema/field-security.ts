/**
 * Field-level security and object permissions per user. An admin can hide a
 * field from a user or make it read-only, and take away Create, Edit or
 * Delete on a whole object; the describe, reads and writes of that user then
 * behave as Salesforce's do for a profile without that access.
 */
import { toId18 } from '../../salesforce/ids';
import type { ObjectPermissions, SObjectDef } from './types';

export type FieldAccess = 'hidden' | 'read_only' | 'edit';

/** Keys are `Object.Field`, e.g. `{ 'Contact.Birthdate': 'hidden' }`. */
export type FieldSecurityRules = Record<string, FieldAccess>;

/** Keys are object names; a permission left out stays granted. */
export type ObjectAccessRules = Record<string, Partial<ObjectPermissions>>;

/** Salesforce never lets a profile hide these; the API cannot work without them. */
const ALWAYS_VISIBLE = new Set(['id']);

const FULL_ACCESS: ObjectPermissions = { create: true, edit: true, delete: true };

export class FieldSecurity {
    private readonly rulesByUser = new Map<string, Map<string, FieldAccess>>();
    private readonly objectRulesByUser = new Map<string, Map<string, ObjectPermissions>>();

    /** Replaces the field rules of one user. */
    set(userId: string, rules: FieldSecurityRules): void {
        const byField = new Map<string, FieldAccess>();
        for (const [qualifiedName, access] of Object.entries(rules)) {
            byField.set(qualifiedName.toLowerCase(), access);
        }
        this.rulesByUser.set(normalizeUserId(userId), byField);
    }

    /** Replaces the object permissions of one user. */
    setObjectAccess(userId: string, rules: ObjectAccessRules): void {
        const byObject = new Map<string, ObjectPermissions>();
        for (const [objectName, permissions] of Object.entries(rules)) {
            byObject.set(objectName.toLowerCase(), { ...FULL_ACCESS, ...permissions });
        }
        this.objectRulesByUser.set(normalizeUserId(userId), byObject);
    }

    accessOf(userId: string, objectName: string, fieldName: string): FieldAccess {
        if (ALWAYS_VISIBLE.has(fieldName.toLowerCase())) return 'edit';
        const rules = this.rulesByUser.get(normalizeUserId(userId));
        return rules?.get(`${objectName}.${fieldName}`.toLowerCase()) ?? 'edit';
    }

    permissionsOf(userId: string, objectName: string): ObjectPermissions | undefined {
        return this.objectRulesByUser.get(normalizeUserId(userId))?.get(objectName.toLowerCase());
    }

    /**
     * The definition as this user sees it: hidden fields gone, read-only ones
     * not writable, and the object's permissions when an admin restricted
     * them (field flags keep showing field-level security only; a write the
     * object permission forbids fails before any field is looked at).
     */
    apply(def: SObjectDef, userId: string): SObjectDef {
        const permissions = this.permissionsOf(userId, def.name);
        const fields = [];
        for (const field of def.fields) {
            const access = this.accessOf(userId, def.name, field.name);
            if (access === 'hidden') continue;
            fields.push(
                access === 'read_only' ? { ...field, createable: false, updateable: false } : field
            );
        }
        return { ...def, fields, ...(permissions ? { permissions } : {}) };
    }
}

function normalizeUserId(userId: string): string {
    return toId18(userId) ?? userId;
}
