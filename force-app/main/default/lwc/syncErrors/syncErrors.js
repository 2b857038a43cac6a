import { titleFor } from './errorTitles';
const FALLBACK_MESSAGE = 'Something went wrong. Try again; if it keeps failing, ask your admin.';
/**
 * The one error normaliser for every component: takes whatever an Apex call,
 * a wire adapter, a record form or our own code threw (or an array of those)
 * and returns the problems in it, each in the same shape.
 */
export function reduceErrors(error) {
    if (error === null || error === undefined) {
        return [];
    }
    if (Array.isArray(error)) {
        return error.flatMap((each) => reduceErrors(each));
    }
    if (isSyncError(error)) {
        return [error];
    }
    if (typeof error === 'string') {
        return [fromText(error)];
    }
    if (!isFields(error)) {
        return [fromText(FALLBACK_MESSAGE)];
    }
    if ('body' in error) {
        return fromServerBody(error.body);
    }
    return [fromText(readString(error, 'message') ?? FALLBACK_MESSAGE)];
}
export function isSyncError(value) {
    return (isFields(value) &&
        typeof value.code === 'string' &&
        typeof value.title === 'string' &&
        typeof value.message === 'string' &&
        Array.isArray(value.details) &&
        value.details.every((detail) => typeof detail === 'string'));
}
// The body of a failed server call: Apex puts one message there (ours carry
// the companion's JSON), UI API puts errorCode lists, record forms put page
// and field errors.
function fromServerBody(body) {
    if (Array.isArray(body)) {
        return body.flatMap((each) => fromServerBody(each));
    }
    if (typeof body === 'string') {
        return [fromText(body)];
    }
    if (!isFields(body)) {
        return [fromText(FALLBACK_MESSAGE)];
    }
    const structured = [
        ...fromErrorList(body.pageErrors),
        ...fromFieldErrors(body.fieldErrors),
        ...fromOutput(body.output)
    ];
    if (structured.length > 0) {
        return structured;
    }
    const message = readString(body, 'message');
    if (message === undefined) {
        return [fromText(FALLBACK_MESSAGE)];
    }
    const companion = parseCompanionFailure(message);
    if (companion) {
        return [companion];
    }
    return [fromCoded(readString(body, 'errorCode'), message)];
}
// TrustworthyAuraErrors serialises { code, message, companionMessage,
// details, status } into the AuraHandledException message.
function parseCompanionFailure(message) {
    if (!message.trimStart().startsWith('{')) {
        return undefined;
    }
    let parsed;
    try {
        parsed = JSON.parse(message);
    }
    catch {
        return undefined;
    }
    if (!isFields(parsed) || typeof parsed.code !== 'string') {
        return undefined;
    }
    const details = [];
    const companionMessage = readString(parsed, 'companionMessage');
    if (companionMessage) {
        details.push(companionMessage);
    }
    if (Array.isArray(parsed.details)) {
        details.push(...parsed.details.map(describeDetail));
    }
    return {
        code: parsed.code,
        title: titleFor(parsed.code),
        message: readString(parsed, 'message') ?? FALLBACK_MESSAGE,
        details
    };
}
// The companion's validation details are { path, issue }; anything else is
// shown as text rather than dropped, since it may be what the admin needs.
function describeDetail(detail) {
    if (typeof detail === 'string') {
        return detail;
    }
    if (isFields(detail)) {
        const issue = readString(detail, 'issue') ?? readString(detail, 'message');
        const path = readString(detail, 'path');
        if (issue !== undefined) {
            return path ? `${path}: ${issue}` : issue;
        }
    }
    return JSON.stringify(detail);
}
function fromOutput(output) {
    if (!isFields(output)) {
        return [];
    }
    return [
        ...fromErrorList(output.errors),
        ...fromFieldErrors(output.fieldErrors)
    ];
}
function fromErrorList(list) {
    if (!Array.isArray(list)) {
        return [];
    }
    return list.filter(isFields).map((entry) => {
        const message = readString(entry, 'message') ?? FALLBACK_MESSAGE;
        return fromCoded(readString(entry, 'errorCode'), message);
    });
}
function fromFieldErrors(fieldErrors) {
    if (!isFields(fieldErrors)) {
        return [];
    }
    return Object.values(fieldErrors).flatMap((list) => fromErrorList(list));
}
function fromCoded(errorCode, message) {
    const code = errorCode ?? 'salesforce_error';
    return { code, title: titleFor(code), message, details: [] };
}
function fromText(message) {
    const code = 'unexpected_error';
    return { code, title: titleFor(code), message, details: [] };
}
function isFields(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readString(fields, key) {
    const value = fields[key];
    return typeof value === 'string' ? value : undefined;
}
