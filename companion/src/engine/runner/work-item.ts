import type { Link } from '../../store/links-repository';
import type { SideRecord } from '../types';

/** One record pair (or a lone record) the run must look at. */
export interface WorkItem {
    link?: Link;
    salesforce?: SideRecord;
    trustworthy?: SideRecord;
    salesforceDeleted: boolean;
    trustworthyDeleted: boolean;
    matchedBy: 'link' | 'external_id' | 'match_key' | 'none';
}

export interface HeldMatch {
    kind: 'ambiguous_match';
    salesforceId: string | null;
    trustworthyId: string | null;
    candidates: string[];
    reason: string;
}
