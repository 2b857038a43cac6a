/**
 * Whether a record still holds what a run wrote. The side may hand a value
 * back in another spelling than it was sent (`…+0000` for `…Z`, 1.5 for
 * "1.50", an absent field for null), which is no change by anyone.
 */

export function looselyEqual(current: unknown, written: unknown): boolean {
    if (isBlank(current) && isBlank(written)) return true;
    if (isBlank(current) || isBlank(written)) return false;

    if (Array.isArray(current) || Array.isArray(written)) return sameList(current, written);
    if (typeof current === 'object' && typeof written === 'object')
        return sameObject(current as Record<string, unknown>, written as Record<string, unknown>);

    const a = String(current);
    const b = String(written);
    if (a === b) return true;
    if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
    const instantA = instant(a);
    const instantB = instant(b);
    return instantA !== undefined && instantA === instantB;
}

/* A Salesforce checkbox reads false where nothing was ever set. */
function isBlank(value: unknown): boolean {
    return (
        value === null ||
        value === undefined ||
        value === '' ||
        value === false ||
        (Array.isArray(value) && value.length === 0)
    );
}

function sameList(a: unknown, b: unknown): boolean {
    const list = (value: unknown): string[] =>
        (Array.isArray(value) ? value.map(String) : String(value).split(';')).sort();
    return JSON.stringify(list(a)) === JSON.stringify(list(b));
}

function sameObject(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => looselyEqual(a[key], b[key]));
}

function isNumeric(text: string): boolean {
    return /^-?\d+(\.\d+)?$/.test(text.trim());
}

function instant(text: string): number | undefined {
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
    const parsed = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(parsed) ? undefined : parsed;
}
