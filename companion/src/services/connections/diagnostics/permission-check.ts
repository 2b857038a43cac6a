/**
 * What every active mapping needs the integration user to see: each paired
 * object (its describe must succeed) and each mapped or matched field (it
 * must be in that describe). A refusal that is not about one object (API off,
 * session gone) stops the check and is returned for the caller to diagnose.
 */
import type { SalesforcePort } from '../../../engine/runner/ports';
import type { MappingService } from '../../mappings/mapping-service';
import { describeFailure } from '../../../salesforce/salesforce-failures';
import type { SalesforceFailure } from '../../../salesforce/salesforce-failures';
import type { Diagnosis } from '../connection-types';
import { fieldNotAccessible, objectNotAccessible } from './salesforce-causes';

/** Describe errors that mean "this user cannot see this object", not "the call failed". */
const OBJECT_MISSING = new Set([
    'NOT_FOUND',
    'INVALID_TYPE',
    'INSUFFICIENT_ACCESS',
    'INSUFFICIENT_ACCESS_OR_READONLY'
]);

export interface PermissionCheck {
    diagnoses: Diagnosis[];
    /** Set when a call failed for a reason that is not about one object. */
    stopped?: { failure: SalesforceFailure; error: unknown };
}

export async function checkMappedAccess(
    port: SalesforcePort,
    mappings: MappingService
): Promise<PermissionCheck> {
    const needs = await neededFields(mappings);
    if (needs.size === 0) needs.set('Account', new Set());

    const diagnoses: Diagnosis[] = [];
    for (const [object, fields] of needs) {
        let visible: Set<string>;
        try {
            const described = await port.describe(object);
            visible = new Set(described.fields.map((field) => field.name.toLowerCase()));
        } catch (error) {
            const failure = describeFailure(error);
            if (failure.kind === 'rest' && OBJECT_MISSING.has(failure.code)) {
                diagnoses.push(objectNotAccessible(object, failure.code));
                continue;
            }
            return { diagnoses, stopped: { failure, error } };
        }

        for (const field of fields) {
            if (!visible.has(field.toLowerCase()))
                diagnoses.push(fieldNotAccessible(object, field));
        }
    }
    return { diagnoses };
}

async function neededFields(mappings: MappingService): Promise<Map<string, Set<string>>> {
    const needs = new Map<string, Set<string>>();
    for (const name of await mappings.names()) {
        const { mapping } = await mappings.active(name);
        for (const pairing of mapping.pairings) {
            const fields = needs.get(pairing.salesforceObject) ?? new Set<string>();
            for (const field of pairing.fields) fields.add(field.salesforce);
            for (const key of pairing.matchKeys) fields.add(key.salesforce);
            needs.set(pairing.salesforceObject, fields);
        }
    }
    return needs;
}
