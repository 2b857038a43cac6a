/**
 * Finds the records on one side that could be the counterpart of records on
 * the other: by a field's value, either in the records already pulled (when
 * that side was read in full this run) or by asking the side's API.
 */
import type { SideRecord } from '../types';

export type Lookup = (field: string, values: string[]) => Promise<SideRecord[]>;

export class CandidateIndex {
    private readonly known = new Map<string, SideRecord>();

    constructor(
        private readonly inHand: SideRecord[] | undefined,
        private readonly lookup: Lookup
    ) {
        for (const record of inHand ?? []) this.known.set(record.id, record);
    }

    /** Every record seen so far, by id, so candidates found twice are one record. */
    record(id: string): SideRecord | undefined {
        return this.known.get(id);
    }

    /**
     * For each wanted value, the ids of records whose `field` has that value
     * after `normalise`. Values that normalise to undefined match nothing.
     */
    async byField(
        field: string,
        wanted: string[],
        normalise: (value: unknown) => string | undefined
    ): Promise<Map<string, string[]>> {
        const keys = new Set(
            wanted
                .map((value) => normalise(value))
                .filter((key): key is string => key !== undefined)
        );
        const result = new Map<string, string[]>();
        if (keys.size === 0) return result;

        const pool = this.inHand ?? (await this.fetch(field, wanted));
        for (const record of pool) {
            if (record.deleted) continue;
            const key = normalise(field === 'id' ? record.id : record.values[field]);
            if (key === undefined || !keys.has(key)) continue;
            result.set(key, [...(result.get(key) ?? []), record.id]);
        }
        return result;
    }

    private async fetch(field: string, values: string[]): Promise<SideRecord[]> {
        const distinct = [...new Set(values.filter((value) => value !== ''))];
        if (distinct.length === 0) return [];
        const found = await this.lookup(field, distinct);
        for (const record of found) this.known.set(record.id, record);
        return found;
    }
}
