import { LightningElement, api } from 'lwc';
/**
 * Edits one field's picklist value map: which Salesforce value becomes which
 * Trustworthy value. Entries are kept as a list while editing so a half-typed
 * or duplicate value never loses a line; the map sent up skips blank lines.
 */
export default class PicklistValueMap extends LightningElement {
    @api
    label = 'Picklist values';
    entries = [];
    nextId = 0;
    @api
    get valueMap() {
        return toMap(this.entries);
    }
    set valueMap(value) {
        this.entries = Object.entries(value ?? {}).map(([salesforce, trustworthy]) => this.entry(salesforce, trustworthy));
    }
    get hasEntries() {
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
    handleAdd() {
        this.entries = [...this.entries, this.entry('', '')];
    }
    handleRemove(event) {
        const id = Number(event.currentTarget.dataset.id);
        this.entries = this.entries.filter((entry) => entry.id !== id);
        this.notify();
    }
    handleEdit(event) {
        const target = event.currentTarget;
        const id = Number(target.dataset.id);
        const side = target.dataset.side === 'trustworthy'
            ? 'trustworthy'
            : 'salesforce';
        const value = event.detail.value ?? '';
        this.entries = this.entries.map((entry) => {
            return entry.id === id ? { ...entry, [side]: value } : entry;
        });
        this.notify();
    }
    entry(salesforce, trustworthy) {
        this.nextId += 1;
        return { id: this.nextId, salesforce, trustworthy };
    }
    notify() {
        const valueMap = toMap(this.entries);
        this.dispatchEvent(new CustomEvent('valuemapchange', { detail: { valueMap } }));
    }
}
function toMap(entries) {
    const map = {};
    for (const entry of entries) {
        if (entry.salesforce.trim() && entry.trustworthy.trim()) {
            map[entry.salesforce] = entry.trustworthy;
        }
    }
    return map;
}
