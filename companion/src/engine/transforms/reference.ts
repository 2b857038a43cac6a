/**
 * References point at a record of an earlier pairing; the id is swapped for
 * the linked record's id on the other side. When that record is not linked
 * (yet), nothing is written for the field rather than a wrong or empty value:
 * a later run resolves it once the referenced record has synced.
 */
import { toId18 } from '../../salesforce/ids';
import type { Side } from '../types';
import { isEmpty } from './empty';
import type { TransformContext, TransformResult } from './transform-types';

export function readReference(side: Side, value: unknown): string | null {
    if (typeof value !== 'string' || isEmpty(value)) return null;
    const id = value.trim();
    return side === 'salesforce' ? (toId18(id) ?? id) : id;
}

export function transformReference(
    targetSide: Side,
    value: unknown,
    ctx: TransformContext
): TransformResult {
    const fieldName = ctx.field[targetSide];
    const fromSide: Side = targetSide === 'salesforce' ? 'trustworthy' : 'salesforce';
    const id = readReference(fromSide, value);
    if (id === null) return { ok: true, writes: { [fieldName]: null }, warnings: [] };

    const pairingId = ctx.field.pairing;
    const resolved =
        pairingId === undefined ? undefined : ctx.resolveReference(pairingId, fromSide, id);
    if (resolved === undefined) {
        return {
            ok: true,
            writes: {},
            warnings: [
                {
                    code: 'reference_unresolved',
                    message: `the ${fromSide} record ${id} is not linked yet, so ${fieldName} was left as it is`,
                    details: { pairing: pairingId, id }
                }
            ]
        };
    }
    return { ok: true, writes: { [fieldName]: resolved }, warnings: [] };
}
