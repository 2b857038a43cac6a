import { LightningElement, api } from 'lwc';
import {
    usesValueMap,
    type FieldRow,
    type Side,
    type Transform,
    type ValueMap,
    type Verdict
} from 'c/mappingDocument';

const VERDICTS: Record<Verdict, { label: string; badgeClass: string }> = {
    compatible: { label: 'Compatible', badgeClass: 'slds-theme_success' },
    needs_transform: {
        label: 'Needs transform',
        badgeClass: 'slds-theme_warning'
    },
    incompatible: { label: 'Incompatible', badgeClass: 'slds-theme_error' }
};

const TRANSFORMS: Transform[] = [
    'text',
    'picklist',
    'multi_picklist',
    'date',
    'datetime',
    'number',
    'boolean',
    'email',
    'phone',
    'address',
    'reference'
];

const OWNERS = [
    { label: 'Either side', value: '' },
    { label: 'Salesforce', value: 'salesforce' },
    { label: 'Trustworthy', value: 'trustworthy' }
];

/**
 * The field pairs of one pairing, each with its verdict and the admin's
 * choices. Holds no state of its own: every edit is sent up as the whole new
 * list in a `rowschange` event, and the parent passes it back down.
 */
export default class FieldMappingTable extends LightningElement {
    @api rows: FieldRow[] = [];

    expandedKey: string | null = null;

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get transformOptions() {
        return TRANSFORMS.map((value) => ({
            label: value.replace('_', ' '),
            value
        }));
    }

    get ownerOptions() {
        return OWNERS;
    }

    get rowViews() {
        return this.rows.map((row) => {
            const verdict = row.verdict ? VERDICTS[row.verdict] : null;
            const label = `${row.salesforce || '—'} to ${row.trustworthy || '—'}`;
            return {
                ...row,
                verdictLabel: verdict?.label ?? 'Not checked',
                verdictClass: verdict?.badgeClass ?? '',
                transformValue: row.transform ?? '',
                ownerValue: row.owner ?? '',
                editable: !row.confidential,
                hasValueMap: usesValueMap(row) && !row.confidential,
                expanded: this.expandedKey === row.key,
                valueMapButton:
                    this.expandedKey === row.key
                        ? 'Hide values'
                        : 'Edit values',
                includeLabel: `Sync ${label}`,
                transformLabel: `Transform for ${label}`,
                ownerLabel: `Owner of ${label}`,
                matchKeyLabel: `Match records by ${label}`,
                confidentialLabel: `${label} is confidential`,
                valueMapLabel: `Picklist values for ${label}`
            };
        });
    }

    handleToggle(event: CustomEvent<{ checked: boolean }>): void {
        const { key, flag } = datasetOf(event);
        if (
            flag !== 'included' &&
            flag !== 'matchKey' &&
            flag !== 'confidential'
        )
            return;

        const checked = event.detail.checked;
        this.update(key, (row) => {
            const changed = { ...row, [flag]: checked };
            // A confidential field is never read or written, so it cannot stay mapped.
            if (flag === 'confidential' && checked) {
                return { ...changed, included: false, matchKey: false };
            }
            return changed;
        });
    }

    handleTransform(event: CustomEvent<{ value: string }>): void {
        const { key } = datasetOf(event);
        const value = event.detail.value;
        const transform = TRANSFORMS.find((each) => each === value) ?? null;
        this.update(key, (row) => ({ ...row, transform }));
    }

    handleOwner(event: CustomEvent<{ value: string }>): void {
        const { key } = datasetOf(event);
        const value = event.detail.value;
        const owner: Side | null =
            value === 'salesforce' || value === 'trustworthy' ? value : null;
        this.update(key, (row) => ({ ...row, owner }));
    }

    handleExpand(event: Event): void {
        const { key } = datasetOf(event);
        this.expandedKey = this.expandedKey === key ? null : key;
    }

    handleValueMap(event: CustomEvent<{ valueMap: ValueMap }>): void {
        const { key } = datasetOf(event);
        const valueMap = event.detail.valueMap;
        this.update(key, (row) => ({ ...row, valueMap }));
    }

    private update(key: string, change: (row: FieldRow) => FieldRow): void {
        const rows = this.rows.map((row) =>
            row.key === key ? change(row) : row
        );
        this.dispatchEvent(new CustomEvent('rowschange', { detail: { rows } }));
    }
}

function datasetOf(event: Event): { key: string; flag: string } {
    const target = event.currentTarget as HTMLElement;
    return { key: target.dataset.key ?? '', flag: target.dataset.flag ?? '' };
}
