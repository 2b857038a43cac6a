/**
 * The form a value takes when records are matched by key (for example an
 * Account Name against a household name). Matching forgives what people do
 * not notice — surrounding spaces, letter case, composed versus decomposed
 * accents — and nothing else.
 */
import { normaliseDecimal, parseDecimal } from '../transforms/number';
import type { TransformKind } from '../mapping/mapping-schema';
import { toId18 } from '../../salesforce/ids';
import { isEmpty } from '../transforms/empty';
import { toIsoDate } from '../transforms/iso-dates';
import { normalisePhone } from '../transforms/phone';
import { textOf } from '../transforms/text';

export function matchKeyValue(value: unknown, transformKind: TransformKind): string | undefined {
    if (isEmpty(value)) return undefined;
    const text = textOf(value);
    if (text === undefined) return undefined;

    switch (transformKind) {
        case 'email':
            return text.trim().toLowerCase();
        case 'number': {
            const decimal = parseDecimal(text);
            return decimal === undefined ? foldText(text) : normaliseDecimal(decimal);
        }
        case 'date':
            return toIsoDate(text) ?? foldText(text);
        case 'phone':
            return normalisePhone(text);
        case 'reference':
            return toId18(text.trim()) ?? text.trim();
        default:
            return foldText(text);
    }
}

/** Trimmed, case-folded and NFC-composed. Upper- then lower-casing also folds `ß` to `ss`. */
function foldText(text: string): string {
    return text.trim().normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}
