/**
 * A mapped field's value read from one side's raw record, in a side-neutral
 * shape: multi-select values as a list, addresses as one object with
 * Trustworthy's part names, Salesforce Ids in their 18-character form.
 * Everything else is the raw value itself; a missing field reads as null.
 */
import type { FieldMapping } from '../mapping/mapping-schema';
import type { Side } from '../types';
import { readAddress } from './address';
import { splitMultiSelect } from './picklist';
import { readReference } from './reference';

export function readLogicalValue(
    side: Side,
    rawValues: Readonly<Record<string, unknown>>,
    field: FieldMapping
): unknown {
    const name = field[side];

    switch (field.transform) {
        case 'address':
            return readAddress(side, rawValues, name);
        case 'reference':
            return readReference(side, rawValues[name]);
        case 'multi_picklist': {
            const raw = rawValues[name];
            const values = raw === null || raw === undefined ? [] : splitMultiSelect(raw);
            if (values === undefined) return raw;
            return values.length === 0 ? null : values;
        }
        default:
            return rawValues[name] ?? null;
    }
}
