/**
 * Numbers (currency, percent, integer, decimal) as exact decimals: rounded
 * half-up to the target's scale, refused when the integer part has more
 * digits than precision − scale allows. Binary floats are never used for
 * arithmetic; a JSON number is only produced when it says exactly the decimal.
 */
import Decimal from 'decimal.js';
import type { Side } from '../types';
import { numberLimitsOf } from './field-limits';
import { converted, failed, type TargetFieldInfo, type ValueOutcome } from './transform-types';

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The exact decimal a raw value stands for, or undefined when it is not a number. */
export function parseDecimal(value: unknown): Decimal | undefined {
    if (typeof value === 'number')
        return Number.isFinite(value) ? new Decimal(String(value)) : undefined;
    if (typeof value !== 'string') return undefined;

    const text = value.trim();
    return NUMERIC_TEXT.test(text) ? new Decimal(text) : undefined;
}

/** Plain notation without trailing zeros: `1.50` → `1.5`, `1e3` → `1000`, `-0` → `0`. */
export function normaliseDecimal(decimal: Decimal): string {
    return decimal.isZero() ? '0' : decimal.toFixed();
}

export function transformNumber(
    targetSide: Side,
    value: unknown,
    targetField: TargetFieldInfo | undefined
): ValueOutcome<number | string> {
    const parsed = parseDecimal(value);
    if (parsed === undefined)
        return failed('not_a_number', `expected a number, got ${JSON.stringify(value)}`);

    const limits = numberLimitsOf(targetField);
    const rounded =
        limits.scale === undefined
            ? parsed
            : parsed.toDecimalPlaces(limits.scale, Decimal.ROUND_HALF_UP);

    if (limits.precision !== undefined) {
        const integerDigitsAllowed = limits.precision - (limits.scale ?? 0);
        const integerDigits = rounded.abs().trunc().isZero()
            ? 0
            : rounded.abs().trunc().toFixed().length;
        if (integerDigits > integerDigitsAllowed) {
            return failed(
                'number_out_of_range',
                `${normaliseDecimal(parsed)} has ${integerDigits} digits before the decimal point; the target allows ${integerDigitsAllowed}`
            );
        }
    }

    if (targetSide === 'salesforce') return converted(forSalesforce(rounded));
    if (limits.integer) return forTrustworthyInteger(rounded);
    return converted(
        limits.scale === undefined ? normaliseDecimal(rounded) : rounded.toFixed(limits.scale)
    );
}

// Salesforce takes a JSON number, or a numeric string when no double says the decimal exactly.
function forSalesforce(decimal: Decimal): number | string {
    if (decimal.isZero()) return 0;
    const asNumber = decimal.toNumber();
    if (Number.isFinite(asNumber) && new Decimal(String(asNumber)).equals(decimal)) return asNumber;
    return decimal.toFixed();
}

function forTrustworthyInteger(decimal: Decimal): ValueOutcome<number> {
    const asNumber = decimal.toNumber();
    if (!Number.isSafeInteger(asNumber)) {
        return failed(
            'number_out_of_range',
            `${decimal.toFixed()} is too large for an integer field`
        );
    }
    return converted(asNumber === 0 ? 0 : asNumber);
}
