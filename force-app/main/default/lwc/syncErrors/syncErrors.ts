import { titleFor } from './errorTitles';

/** One problem, ready to show: a short title, a sentence, and what to read. */
export interface SyncError {
    code: string;
    title: string;
    message: string;
    details: string[];
}

type Fields = Record<string, unknown>;

const FALLBACK_MESSAGE =
    'Something went wrong. Try again; if it keeps failing, ask your admin.';

/**
 * The one error normaliser for every component: takes whatever an Apex call,
 * a wire adapter, a record form or our own code threw (or an array of those)
 * and returns the problems in it, each in the same shape.
 */
export function reduceErrors(error: unknown): SyncError[] {
    if (error === null || error === undefined) {
        return [];
    }

    if (Array.isArray(error)) {
        return error.flatMap((each: unknown) => reduceErrors(each));
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

export function isSyncError(value: unknown): value is SyncError {
    return (
        isFields(value) &&
        typeof value.code === 'string' &&
        typeof value.title === 'string' &&
        typeof value.message === 'string' &&
        Array.isArray(value.details) &&
        value.details.every((detail: unknown) => typeof detail === 'string')
    );
}

// The body of a failed server call: Apex puts one message there (ours carry
// the companion's JSON), UI API puts errorCode lists, record forms put page
// and field errors.
function fromServerBody(body: unknown): SyncError[] {
    if (Array.isArray(body)) {
        return body.flatMap((each: unknown) => fromServerBody(each));
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
function parseCompanionFailure(message: string): SyncError | undefined {
    if (!message.trimStart().startsWith('{')) {
        return undefined;
    }

    let parsed: unknown;
    try {
        parsed = JSON.parse(message);
    } catch {
        return undefined;
    }

    if (!isFields(parsed) || typeof parsed.code !== 'string') {
        return undefined;
    }

    const details: string[] = [];
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
function describeDetail(detail: unknown): string {
    if (typeof detail === 'string') {
        return detail;
    }

    if (isFields(detail)) {
        const issue =
            readString(detail, 'issue') ?? readString(detail, 'message');
        const path = readString(detail, 'path');
        if (issue !== undefined) {
            return path ? `${path}: ${issue}` : issue;
        }
    }

    return JSON.stringify(detail);
}

function fromOutput(output: unknown): SyncError[] {
    if (!isFields(output)) {
        return [];
    }

    return [
        ...fromErrorList(output.errors),
        ...fromFieldErrors(output.fieldErrors)
    ];
}

function fromErrorList(list: unknown): SyncError[] {
    if (!Array.isArray(list)) {
        return [];
    }

    return list.filter(isFields).map((entry) => {
        const message = readString(entry, 'message') ?? FALLBACK_MESSAGE;
        return fromCoded(readString(entry, 'errorCode'), message);
    });
}

function fromFieldErrors(fieldErrors: unknown): SyncError[] {
    if (!isFields(fieldErrors)) {
        return [];
    }

    return Object.values(fieldErrors).flatMap((list) => fromErrorList(list));
}

function fromCoded(errorCode: string | undefined, message: string): SyncError {
    const code = errorCode ?? 'salesforce_error';
    return { code, title: titleFor(code), message, details: [] };
}

function fromText(message: string): SyncError {
    const code = 'unexpected_error';
    return { code, title: titleFor(code), message, details: [] };
}

function isFields(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(fields: Fields, key: string): string | undefined {
    const value = fields[key];
    return typeof value === 'string' ? value : undefined;
}
