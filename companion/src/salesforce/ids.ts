/**
 * Salesforce record Ids: 15 case-sensitive base-62 characters, or 18 with a
 * three-character suffix that encodes the case of the first 15. The API always
 * returns 18; the product stores and compares only the 18-character form so a
 * 15-character Id pasted by an admin still finds its record.
 */

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^[0-9A-Za-z]{15}(?:[A-Z0-5]{3})?$/;

export const KEY_PREFIXES = {
    Account: '001',
    Contact: '003',
    Opportunity: '006',
    User: '005',
    Organization: '00D',
    Profile: '00e'
} as const;

export function checksumSuffix(id15: string): string {
    let suffix = '';
    for (let chunk = 0; chunk < 3; chunk++) {
        let bits = 0;
        for (let i = 0; i < 5; i++) {
            const char = id15.charAt(chunk * 5 + i);
            if (char >= 'A' && char <= 'Z') bits |= 1 << i;
        }
        suffix += SUFFIX_ALPHABET.charAt(bits);
    }
    return suffix;
}

export function isSalesforceId(value: string): boolean {
    if (!ID_PATTERN.test(value)) return false;
    if (value.length === 15) return true;
    return checksumSuffix(value.slice(0, 15)) === value.slice(15);
}

/** Returns the 18-character form, or undefined when the value is not an Id. */
export function toId18(value: string): string | undefined {
    if (!isSalesforceId(value)) return undefined;
    const id15 = value.slice(0, 15);
    return id15 + checksumSuffix(id15);
}

/**
 * Builds an Id from a key prefix, a two-character pod/instance part and a
 * sequence number, the way an org hands them out: prefix + pod + zero-padded
 * base-62 counter + checksum.
 */
export function makeSalesforceId(keyPrefix: string, pod: string, sequence: number): string {
    let counter = '';
    let rest = sequence;
    do {
        counter = BASE62.charAt(rest % 62) + counter;
        rest = Math.floor(rest / 62);
    } while (rest > 0);

    const id15 = (keyPrefix + pod + counter.padStart(10, '0')).slice(0, 15);
    if (id15.length !== 15)
        throw new Error(`key prefix and pod must be 5 characters, got ${keyPrefix}${pod}`);
    return id15 + checksumSuffix(id15);
}
