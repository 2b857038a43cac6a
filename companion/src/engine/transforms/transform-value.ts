/**
 * Converts a mapped field's logical value (read from the other side) into
 * the writes for `targetSide`. Empty values become a clear (null, or false
 * for a Salesforce checkbox); everything else goes to its kind's transform.
 */
import type { Side } from '../types';
import { transformAddress } from './address';
import { transformBoolean } from './boolean';
import { transformDate, transformDateTime } from './date';
import { transformEmail } from './email';
import { emptyValueFor, isEmpty } from './empty';
import { maxLengthOf } from './field-limits';
import { transformNumber } from './number';
import { transformPhone } from './phone';
import { transformMultiPicklist, transformPicklist } from './picklist';
import { transformReference } from './reference';
import { transformText } from './text';
import type { TransformContext, TransformResult, ValueOutcome } from './transform-types';

export function transformValue(
    targetSide: Side,
    logicalValue: unknown,
    ctx: TransformContext
): TransformResult {
    const kind = ctx.field.transform;
    if (kind === 'address') return transformAddress(targetSide, logicalValue, ctx);
    if (kind === 'reference') return transformReference(targetSide, logicalValue, ctx);

    const fieldName = ctx.field[targetSide];
    if (isEmpty(logicalValue)) {
        return {
            ok: true,
            writes: { [fieldName]: emptyValueFor(targetSide, ctx.targetField) },
            warnings: []
        };
    }

    const outcome = convertScalar(targetSide, logicalValue, ctx);
    if (!outcome.ok) return outcome;

    const value =
        outcome.value === null ? emptyValueFor(targetSide, ctx.targetField) : outcome.value;
    return { ok: true, writes: { [fieldName]: value }, warnings: outcome.warnings };
}

function convertScalar(targetSide: Side, value: unknown, ctx: TransformContext): ValueOutcome {
    const maxLength = maxLengthOf(ctx.targetField);

    switch (ctx.field.transform) {
        case 'text':
            return transformText(value, maxLength, ctx.textOverflow);
        case 'picklist':
            return transformPicklist(targetSide, value, ctx);
        case 'multi_picklist':
            return transformMultiPicklist(targetSide, value, ctx);
        case 'date':
            return transformDate(value, ctx.targetField);
        case 'datetime':
            return transformDateTime(value, ctx.targetField);
        case 'number':
            return transformNumber(targetSide, value, ctx.targetField);
        case 'boolean':
            return transformBoolean(value);
        case 'email':
            return transformEmail(value, maxLength);
        case 'phone':
            return transformPhone(value, maxLength, ctx.textOverflow);
        case 'address':
        case 'reference':
            throw new Error(`${ctx.field.transform} values are not scalar`);
    }
}
