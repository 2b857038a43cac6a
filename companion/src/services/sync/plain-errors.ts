/** A write error in words an admin can act on, from the side's code and message. */

const SALESFORCE_WORDS: Record<string, string> = {
    UNABLE_TO_LOCK_ROW:
        'Salesforce could not lock the record because another process was updating it at the same time. The sync retries it automatically.',
    REQUIRED_FIELD_MISSING:
        'Salesforce needs a value in a required field that the other side left empty.',
    FIELD_CUSTOM_VALIDATION_EXCEPTION: 'A validation rule in the org refused the change.',
    INSUFFICIENT_ACCESS_OR_READONLY:
        'The integration user is not allowed to edit this record or field.',
    INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY:
        'The integration user cannot see a record this one points to.',
    STRING_TOO_LONG: 'A value is longer than the Salesforce field allows.',
    INVALID_EMAIL_ADDRESS: 'An email address is not valid for Salesforce.',
    INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:
        'A picklist value is not one of the values the field allows.',
    DUPLICATE_VALUE: 'Another record already has this unique value.',
    DUPLICATES_DETECTED: 'A duplicate rule in the org refused the record as a likely duplicate.',
    ENTITY_IS_DELETED: 'The record was deleted in Salesforce.',
    REQUEST_LIMIT_EXCEEDED:
        "The org's daily API limit is used up; the sync continues after it resets."
};

export function inPlainWords(code: string | null, message: string | null): string {
    const known = code ? SALESFORCE_WORDS[code] : undefined;
    if (known) return message ? `${known} (${message})` : known;
    if (message) return code ? `The change was refused (${code}): ${message}` : message;
    return code ? `The change was refused (${code}).` : 'The change failed for an unknown reason.';
}
