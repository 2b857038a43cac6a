/**
 * How alike two field names (or labels) are, across the two sides' naming
 * habits: Salesforce's `MailingAddress`, `Trustworthy_Relationship__c` and
 * labels such as "Email Opt Out", Trustworthy's `birth_date`. Names are cut
 * into lower-case words, a few words that carry no meaning are dropped, and
 * the words the two products use for the same thing are made equal.
 */

/* Words that only say where a field lives, not what it holds. */
const NOISE = new Set(['trustworthy', 'c', 'id', 'of', 'the', 'is', 'has', 'at', 'date']);

/* The two data models' words for the same things. */
const SYNONYMS: Record<string, string> = {
    household: 'account',
    member: 'contact',
    income: 'revenue',
    notes: 'description',
    note: 'description',
    cell: 'mobile',
    zip: 'postal',
    telephone: 'phone',
    birthday: 'birthdate',
    dob: 'birthdate',
    optout: 'opt'
};

export function words(name: string): string[] {
    const spaced = name
        .replace(/__c$/i, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
    return spaced
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word !== '')
        .map(stem)
        .map((word) => SYNONYMS[word] ?? word);
}

/** 1 for the same name in either side's spelling, down to 0 for nothing in common. */
export function nameSimilarity(left: string, right: string): number {
    const leftWords = words(left);
    const rightWords = words(right);
    if (leftWords.join('') === rightWords.join('') && leftWords.length > 0) return 1;

    const leftMeaning = new Set(leftWords.filter((word) => !NOISE.has(word)));
    const rightMeaning = new Set(rightWords.filter((word) => !NOISE.has(word)));
    if (leftMeaning.size === 0 || rightMeaning.size === 0) return 0;
    if ([...leftMeaning].join('') === [...rightMeaning].join('')) return 0.95;

    const shared = [...leftMeaning].filter((word) => rightMeaning.has(word)).length;
    const smaller = Math.min(leftMeaning.size, rightMeaning.size);
    const larger = Math.max(leftMeaning.size, rightMeaning.size);
    // Containment counts most (MailingAddress ↔ address), extra words cost a little.
    return shared === 0 ? 0 : (shared / smaller) * 0.7 + (shared / larger) * 0.2;
}

/** Words as one key for values: `Estate planning` and `estate_planning` meet. */
export function valueKey(value: string): string {
    return value.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function stem(word: string): string {
    if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
    return word;
}
