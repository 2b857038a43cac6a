/**
 * Field-level security per user. An admin can hide a field from a user or
 * make it read-only; the describe, reads and writes of that user then behave
 * as Salesforce's do for a profile without read or edit access.
 */
import { toId18 } from '../../salesforce/ids';
import type { SObjectDef } from './types';

export type FieldAccess = 'hidden' | 'read_only' | 'edit';

/** Keys are `Object.Field`, e.g. `{ 'Contact.Birthdate': 'hidden' }`. */
export type FieldSecurityRules = Record<string, FieldAccess>;

/** Salesforce never lets a profile hide these; the API cannot work without them. */
const ALWAYS_VISIBLE = new Set(['id']);

export class FieldSecurity {
    private readonly rulesByUser = new Map<string, Map<string, FieldAccess>>();

    /** Replaces the rules of one user. */
    set(userId: string, rules: FieldSecurityRules): void {
        const byField = new Map<string, FieldAccess>();
        for (const [qualifiedName, access] of Object.entries(rules)) {
            byField.set(qualifiedName.toLowerCase(), access);
        }
        this.rulesByUser.set(normalizeUserId(userId), byField);
    }

    accessOf(userId: string, objectName: string, fieldName: string): FieldAccess {
        if (ALWAYS_VISIBLE.has(fieldName.toLowerCase())) return 'edit';
        const rules = this.rulesByUser.get(normalizeUserId(userId));
        return rules?.get(`${objectName}.${fieldName}`.toLowerCase()) ?? 'edit';
    }

    /** The definition as this user sees it: hidden fields gone, read-only ones not writable. */
    apply(def: SObjectDef, userId: string): SObjectDef {
        const fields = [];
        for (const field of def.fields) {
            const access = this.accessOf(userId, def.name, field.name);
            if (access === 'hidden') continue;
            fields.push(access === 'read_only' ? { ...field, createable: false, updateable: false } : field);
        }
        return { ...def, fields };
    }
}

function normalizeUserId(userId: string): string {
    return toId18(userId) ?? userId;
}
