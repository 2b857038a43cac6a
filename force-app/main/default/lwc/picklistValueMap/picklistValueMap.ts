import { LightningElement, api } from 'lwc';
import type { ValueMap } from 'c/mappingDocument';

interface Entry {
    id: number;
    salesforce: string;
    trustworthy: string;
}

/**
 * Edits one field's picklist value map: which Salesforce value becomes which
 * Trustworthy value. Entries are kept as a list while editing so a half-typed
 * or duplicate value never loses a line; the map sent up skips blank lines.
 */
export default class PicklistValueMap extends LightningElement {
    @api label = 'Picklist values';

    entries: Entry[] = [];
    private nextId = 0;

    @api
    get valueMap(): ValueMap {
        return toMap(this.entries);
    }
    set valueMap(value: ValueMap | undefined) {
        this.entries = Object.entries(value ?? {}).map(
            ([salesforce, trustworthy]) => this.entry(salesforce, trustworthy)
        );
    }

    get hasEntries(): boolean {
        return this.entries.length > 0;
    }

    get entryViews() {
        return this.entries.map((entry, index) => ({
            ...entry,
            salesforceLabel: `Salesforce value ${index + 1}`,
            trustworthyLabel: `Trustworthy value ${index + 1}`,
            removeLabel: `Remove value ${index + 1}`
        }));
    }

    handleAdd(): void {
        this.entries = [...this.entries, this.entry('', '')];
    }

    handleRemove(event: Event): void {
        const id = Number((event.currentTarget as HTMLElement).dataset.id);
        this.entries = this.entries.filter((entry) => entry.id !== id);
        this.notify();
    }

    handleEdit(event: CustomEvent<{ value: string }>): void {
        const target = event.currentTarget as HTMLElement;
        const id = Number(target.dataset.id);
        const side =
            target.dataset.side === 'trustworthy'
                ? 'trustworthy'
                : 'salesforce';
        const value = event.detail.value ?? '';

        this.entries = this.entries.map((entry) => {
            return entry.id === id ? { ...entry, [side]: value } : entry;
        });
        this.notify();
    }

    private entry(salesforce: string, trustworthy: string): Entry {
        this.nextId += 1;
        return { id: this.nextId, salesforce, trustworthy };
    }

    private notify(): void {
        const valueMap = toMap(this.entries);
        this.dispatchEvent(
            new CustomEvent('valuemapchange', { detail: { valueMap } })
        );
    }
}

function toMap(entries: Entry[]): ValueMap {
    const map: ValueMap = {};
    for (const entry of entries) {
        if (entry.salesforce.trim() && entry.trustworthy.trim()) {
            map[entry.salesforce] = entry.trustworthy;
        }
    }
    return map;
}
