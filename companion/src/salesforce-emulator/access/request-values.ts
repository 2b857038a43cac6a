/**
 * Small readers for values that arrive untyped on a request: query strings,
 * form bodies and the Authorization header.
 */
import type { Request } from 'express';

/** The single string value of a parameter; repeated or structured values count as absent. */
export function singleString(value: unknown): string | undefined {
    return typeof value === 'string' ? value : undefined;
}

export function stringFields(source: unknown): Record<string, string> {
    const fields: Record<string, string> = {};
    if (typeof source !== 'object' || source === null) return fields;
    for (const [name, value] of Object.entries(source)) {
        if (typeof value === 'string') fields[name] = value;
    }
    return fields;
}

/** The token of `Authorization: Bearer …`, or `OAuth …` as jsforce's streaming client sends. */
export function readAccessToken(req: Request): string | undefined {
    const header = req.get('authorization');
    const match = header === undefined ? null : /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
}

/** Client id and secret sent as HTTP Basic credentials, which the token endpoint also accepts. */
export function readBasicCredentials(req: Request): { id: string; secret: string } | undefined {
    const header = req.get('authorization');
    const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) return undefined;

    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    try {
        return {
            id: decodeURIComponent(decoded.slice(0, colon)),
            secret: decodeURIComponent(decoded.slice(colon + 1))
        };
    } catch {
        return undefined;
    }
}

/** The origin the client used to reach the emulator, e.g. `http://127.0.0.1:51234`. */
export function requestOrigin(req: Request): string {
    return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
