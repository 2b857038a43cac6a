/**
 * Reads the limits a target field imposes (length, precision and scale,
 * allowed values), from either side's description, so that each transform
 * can stay side-neutral.
 */
import type { SalesforceFieldInfo } from '../types';
import type { TargetFieldInfo } from './transform-types';

export function isSalesforceFieldInfo(info: TargetFieldInfo): info is SalesforceFieldInfo {
    return 'nillable' in info;
}

/** Maximum length in UTF-16 code units, or undefined when unlimited or unknown. */
export function maxLengthOf(info: TargetFieldInfo | undefined): number | undefined {
    if (!info) return undefined;
    const length = isSalesforceFieldInfo(info) ? info.length : info.maxLength;
    return length !== undefined && length > 0 ? length : undefined;
}

export interface NumberLimits {
    /** Total significant digits allowed; undefined when unknown. */
    precision?: number;
    scale?: number;
    integer: boolean;
}

export function numberLimitsOf(info: TargetFieldInfo | undefined): NumberLimits {
    if (!info) return { integer: false };

    if (isSalesforceFieldInfo(info)) {
        // Salesforce describes int fields by `digits`, the others by precision and scale.
        if (info.type === 'int' || info.type === 'long') {
            return {
                precision: info.digits > 0 ? info.digits : undefined,
                scale: 0,
                integer: true
            };
        }
        return {
            precision: info.precision > 0 ? info.precision : undefined,
            scale: info.scale,
            integer: false
        };
    }

    if (info.type === 'integer') return { precision: info.precision, scale: 0, integer: true };
    return { precision: info.precision, scale: info.scale, integer: false };
}

/** The values a restricted picklist accepts, or undefined when any value goes. */
export function restrictedValuesOf(info: TargetFieldInfo | undefined): string[] | undefined {
    if (!info) return undefined;
    if (isSalesforceFieldInfo(info)) {
        return info.restrictedPicklist && info.picklistValues.length > 0
            ? info.picklistValues
            : undefined;
    }
    if (info.type === 'enum' || info.type === 'multi_enum') return info.enumValues;
    return undefined;
}

export function holdsDateTime(info: TargetFieldInfo | undefined): boolean {
    return info?.type === 'datetime';
}

export function holdsDateOnly(info: TargetFieldInfo | undefined): boolean {
    return info?.type === 'date';
}
