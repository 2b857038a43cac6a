/**
 * Webhook signatures: `Trustworthy-Signature: t=<unix seconds>,v1=<hex>`,
 * where the hex is HMAC-SHA256 over "<t>.<raw body>" with the subscription's
 * secret. Receivers check the signature on the raw bytes (before any JSON
 * parsing), refuse stale timestamps, and refuse event ids already handled.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Trustworthy-Signature';

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type WebhookRejection =
    | 'missing_signature'
    | 'bad_format'
    | 'timestamp_out_of_range'
    | 'signature_mismatch'
    | 'replayed';

export type WebhookVerification =
    { ok: true; eventId: string; timestamp: number } | { ok: false; reason: WebhookRejection };

export interface VerifyWebhookInput {
    secret: string;
    header: string | undefined | null;
    rawBody: string | Buffer;
    now?: Date;
    toleranceSeconds?: number;
    /** Event ids already handled; the caller records `eventId` after handling it. */
    seenEventIds?: { has(eventId: string): boolean };
}

function hmacHex(secret: string, timestamp: number, body: string | Buffer): string {
    return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export function signWebhook(secret: string, body: string | Buffer, timestamp: number): string {
    return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

interface ParsedHeader {
    timestamp: number;
    signatures: string[];
}

/** Several v1 entries may appear while a secret is being rotated. */
function parseHeader(header: string): ParsedHeader | undefined {
    let timestamp: number | undefined;
    const signatures: string[] = [];

    for (const part of header.split(',')) {
        const [key, value, extra] = part.trim().split('=');
        if (value === undefined || extra !== undefined) return undefined;
        if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
        else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
        else if (key === 't' || key === 'v1') return undefined;
    }
    if (timestamp === undefined || signatures.length === 0) return undefined;
    return { timestamp, signatures };
}

function matchesAny(expectedHex: string, candidates: string[]): boolean {
    const expected = Buffer.from(expectedHex, 'hex');
    let matched = false;
    for (const candidate of candidates) {
        // Compare every candidate so timing reveals nothing about which one was close.
        if (timingSafeEqual(expected, Buffer.from(candidate, 'hex'))) matched = true;
    }
    return matched;
}

function eventIdOf(rawBody: string | Buffer): string | undefined {
    try {
        const parsed: unknown = JSON.parse(rawBody.toString());
        if (typeof parsed !== 'object' || parsed === null || !('id' in parsed)) return undefined;
        return typeof parsed.id === 'string' && parsed.id !== '' ? parsed.id : undefined;
    } catch {
        return undefined;
    }
}

export function verifyWebhook(input: VerifyWebhookInput): WebhookVerification {
    if (!input.header) return { ok: false, reason: 'missing_signature' };

    const parsed = parseHeader(input.header);
    if (!parsed) return { ok: false, reason: 'bad_format' };

    const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
    const tolerance = input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    if (Math.abs(nowSeconds - parsed.timestamp) > tolerance) {
        return { ok: false, reason: 'timestamp_out_of_range' };
    }

    const expected = hmacHex(input.secret, parsed.timestamp, input.rawBody);
    if (!matchesAny(expected, parsed.signatures)) {
        return { ok: false, reason: 'signature_mismatch' };
    }

    // Only a body we know is authentic is worth parsing for its event id.
    const eventId = eventIdOf(input.rawBody);
    if (eventId === undefined) return { ok: false, reason: 'bad_format' };
    if (input.seenEventIds?.has(eventId)) return { ok: false, reason: 'replayed' };

    return { ok: true, eventId, timestamp: parsed.timestamp };
}
