/** Builds transform contexts for tests. */
import type { FieldMapping, TransformKind } from '../mapping/mapping-schema';
import type { TargetFieldInfo, TransformContext } from '../transforms/transform-types';

export function mapped(transform: TransformKind, extra: Partial<FieldMapping> = {}): FieldMapping {
    return { salesforce: 'SfField', trustworthy: 'tw_field', transform, ...extra };
}

export function contextFor(
    field: FieldMapping,
    targetField?: TargetFieldInfo,
    extra: Partial<TransformContext> = {}
): TransformContext {
    return {
        field,
        targetField,
        textOverflow: 'truncate',
        resolveReference: () => undefined,
        ...extra
    };
}
