/**
 * The companion replies the setup tab reads. The Apex controller hands the
 * companion's JSON through unchanged, so these shapes follow
 * companion/openapi.json; `readReply` checks the outer shape (an object with
 * the keys every such reply has), which is enough to tell a reply from an
 * unexpected payload before the component trusts the rest.
 */
/** Thrown when Apex returned something that is not the expected reply. */
export class UnexpectedReplyError extends Error {
    constructor(expected) {
        super(`The companion's reply did not contain ${expected}.`);
        this.name = 'UnexpectedReplyError';
    }
}
/**
 * The reply as T once its outer shape holds the given keys; otherwise an
 * UnexpectedReplyError naming what was expected (or the missing keys).
 */
export function readReply(value, keys, expected) {
    const isObject = typeof value === 'object' && value !== null;
    const missing = keys.filter((key) => !isObject || !Object.prototype.hasOwnProperty.call(value, key));
    if (!isObject || missing.length > 0) {
        throw new UnexpectedReplyError(expected ?? (missing.join(', ') || 'an object'));
    }
    return value;
}
