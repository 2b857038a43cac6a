/**
 * SOQL LIKE: `%` is any run of characters, `_` exactly one, `\%` and `\_`
 * stand for themselves, and matching ignores case for every field (unlike
 * `=`, which honours unique case-sensitive fields).
 */

const ESCAPED_VALUES: Record<string, string> = {
    n: '\n',
    N: '\n',
    t: '\t',
    T: '\t',
    r: '\r',
    R: '\r',
    b: '\b',
    B: '\b',
    f: '\f',
    F: '\f'
};

/** Compiles the literal's text as written between the quotes (escapes not yet applied). */
export function compileLikePattern(raw: string): RegExp {
    let source = '';
    for (let index = 0; index < raw.length; index++) {
        const char = raw.charAt(index);

        if (char === '\\') {
            const escaped = raw.charAt(index + 1);
            source += escapeForRegExp(ESCAPED_VALUES[escaped] ?? escaped);
            index++;
        } else if (char === '%') {
            source += '.*';
        } else if (char === '_') {
            source += '.';
        } else {
            source += escapeForRegExp(char);
        }
    }
    return new RegExp(`^${source}$`, 'is');
}

function escapeForRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
