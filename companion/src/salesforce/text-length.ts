/**
 * Salesforce measures text field lengths in UTF-16 code units, as Java does:
 * an emoji or a CJK extension character outside the Basic Multilingual Plane
 * counts as two. JavaScript's `length` already counts the same way; these
 * helpers exist so that every place that measures or cuts text agrees.
 */

export function salesforceLength(text: string): number {
    return text.length;
}

/** Cuts to at most `max` code units without splitting a surrogate pair. */
export function truncateToSalesforceLength(text: string, max: number): string {
    if (text.length <= max) return text;
    let end = max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end -= 1;
    return text.slice(0, end);
}
