/**
 * Decides which side wins a field both sides changed differently. One-way
 * pairings never reach a policy: their source always wins. Otherwise the
 * pairing's conflict policy applies.
 */
import type { FieldMapping, Pairing } from '../mapping/mapping-schema';
import { toEpochMs } from '../transforms/iso-dates';
import type { Direction, SideRecord } from '../types';
import type { ConflictResolution } from './plan-types';

export interface ConflictDecision {
    resolution: ConflictResolution;
    reason: string;
}

export function resolveConflict(
    pairing: Pairing,
    field: FieldMapping,
    direction: Direction,
    salesforce: SideRecord | undefined,
    trustworthy: SideRecord | undefined
): ConflictDecision {
    if (direction === 'to_trustworthy') {
        return { resolution: 'salesforce', reason: 'one-way: Salesforce is the source' };
    }
    if (direction === 'to_salesforce') {
        return { resolution: 'trustworthy', reason: 'one-way: Trustworthy is the source' };
    }

    switch (pairing.conflictPolicy) {
        case 'salesforce_wins':
            return { resolution: 'salesforce', reason: 'policy salesforce_wins' };
        case 'trustworthy_wins':
            return { resolution: 'trustworthy', reason: 'policy trustworthy_wins' };
        case 'newest_wins':
            return newestWins(salesforce, trustworthy);
        case 'field_owner':
            if (field.owner === undefined) {
                return {
                    resolution: 'held',
                    reason: 'policy field_owner, but the field has no owner'
                };
            }
            return {
                resolution: field.owner,
                reason: `policy field_owner: ${field.owner} owns the field`
            };
        case 'hold':
            return { resolution: 'held', reason: 'policy hold' };
    }
}

function newestWins(
    salesforce: SideRecord | undefined,
    trustworthy: SideRecord | undefined
): ConflictDecision {
    const salesforceTime = salesforce ? toEpochMs(salesforce.modifiedAt) : undefined;
    const trustworthyTime = trustworthy ? toEpochMs(trustworthy.modifiedAt) : undefined;

    if (
        trustworthyTime !== undefined &&
        (salesforceTime === undefined || trustworthyTime > salesforceTime)
    ) {
        return {
            resolution: 'trustworthy',
            reason: 'policy newest_wins: Trustworthy changed last'
        };
    }
    if (
        salesforceTime !== undefined &&
        (trustworthyTime === undefined || salesforceTime > trustworthyTime)
    ) {
        return { resolution: 'salesforce', reason: 'policy newest_wins: Salesforce changed last' };
    }

    // A tie (or no usable time on either side) goes to Salesforce: Salesforce stamps whole
    // seconds, so equal times cannot tell which edit came first, and a fixed winner keeps
    // every run's answer the same. Salesforce is also where admins review sync outcomes.
    return {
        resolution: 'salesforce',
        reason: 'policy newest_wins: same time, Salesforce wins ties'
    };
}
