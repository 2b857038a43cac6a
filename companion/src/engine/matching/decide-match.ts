/**
 * Finds the counterpart of a record, trusting the strongest evidence first:
 * a stored link, then an external Id written on the other side, then the
 * mapping's match keys. The first step that finds anything decides; if it
 * finds more than one record, the match is ambiguous and left to a person
 * rather than guessed.
 */
import { isSalesforceId, toId18 } from '../../salesforce/ids';

export interface MatchEvidence {
    linkedId?: string;
    externalIdCandidates: readonly string[];
    matchKeyCandidates: readonly string[];
}

export type MatchDecision =
    | { kind: 'linked' | 'external_id' | 'match_key'; id: string }
    | { kind: 'none' }
    | { kind: 'ambiguous'; candidates: string[] };

export function decideMatch(evidence: MatchEvidence): MatchDecision {
    if (evidence.linkedId !== undefined && evidence.linkedId !== '') {
        return { kind: 'linked', id: canonicalId(evidence.linkedId) };
    }

    const byExternalId = distinctIds(evidence.externalIdCandidates);
    if (byExternalId.length > 1) return { kind: 'ambiguous', candidates: byExternalId };
    if (byExternalId[0] !== undefined) return { kind: 'external_id', id: byExternalId[0] };

    const byMatchKey = distinctIds(evidence.matchKeyCandidates);
    if (byMatchKey.length > 1) return { kind: 'ambiguous', candidates: byMatchKey };
    if (byMatchKey[0] !== undefined) return { kind: 'match_key', id: byMatchKey[0] };

    return { kind: 'none' };
}

// The same Salesforce record may be listed by its 15- and its 18-character Id.
function canonicalId(id: string): string {
    return isSalesforceId(id) ? (toId18(id) ?? id) : id;
}

function distinctIds(ids: readonly string[]): string[] {
    return [...new Set(ids.filter((id) => id !== '').map(canonicalId))];
}
