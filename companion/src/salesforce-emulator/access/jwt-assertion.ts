/**
 * Checks a JWT bearer assertion the way Salesforce does: RS256 signed by the
 * key of the connected app's certificate, `iss` the app, `sub` a username,
 * `aud` a login URL, and not expired.
 */
import { X509Certificate, verify } from 'node:crypto';

import { OAUTH_FAILURES, type OAuthFailure } from './oauth-failures';

export interface JwtClaims {
    iss: string;
    sub: string;
    aud: string;
    expMs: number;
}

/** Assertions may have expired this long ago and still pass, to allow for clock drift. */
const CLOCK_SKEW_MS = 3 * 60 * 1000;

/** Any `exp` above this is milliseconds: as seconds it would lie beyond the year 5000. */
const LARGEST_EXP_IN_SECONDS = 100_000_000_000;

function decodeJsonSegment(segment: string): unknown {
    try {
        return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    } catch {
        return undefined;
    }
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the claims without checking anything, so the caller can find the app by `iss`. */
export function readJwtClaims(assertion: string): JwtClaims | undefined {
    const [, payloadSegment] = assertion.split('.');
    const payload = payloadSegment === undefined ? undefined : decodeJsonSegment(payloadSegment);
    if (!isRecord(payload)) return undefined;

    const { iss, sub, aud, exp } = payload;
    const audience = Array.isArray(aud) ? aud[0] : aud;
    if (typeof iss !== 'string' || typeof sub !== 'string') return undefined;
    if (typeof audience !== 'string' || typeof exp !== 'number') return undefined;

    // @salesforce/core 8 sends `exp` in milliseconds and real orgs accept it.
    const expMs = exp > LARGEST_EXP_IN_SECONDS ? exp : exp * 1000;
    return { iss, sub, aud: audience, expMs };
}

export function hasValidSignature(assertion: string, certificatePem: string): boolean {
    const [headerSegment, payloadSegment, signatureSegment, ...extra] = assertion.split('.');
    if (!headerSegment || !payloadSegment || !signatureSegment || extra.length > 0) return false;

    const header = decodeJsonSegment(headerSegment);
    if (!isRecord(header) || header.alg !== 'RS256') return false;

    try {
        const publicKey = new X509Certificate(certificatePem).publicKey;
        const signedText = Buffer.from(`${headerSegment}.${payloadSegment}`);
        const signature = Buffer.from(signatureSegment, 'base64url');
        return verify('RSA-SHA256', signedText, publicKey, signature);
    } catch {
        return false;
    }
}

function withoutTrailingSlash(url: string): string {
    return url.replace(/\/+$/, '');
}

/** Checks everything except who the subject is, which needs the user directory. */
export function checkAssertion(
    assertion: string,
    claims: JwtClaims,
    certificatePem: string | undefined,
    acceptedAudiences: readonly string[],
    nowMs: number
): OAuthFailure | undefined {
    if (!certificatePem || !hasValidSignature(assertion, certificatePem)) {
        return OAUTH_FAILURES.invalidAssertion;
    }

    const audience = withoutTrailingSlash(claims.aud);
    if (!acceptedAudiences.some((accepted) => withoutTrailingSlash(accepted) === audience)) {
        return OAUTH_FAILURES.audienceMismatch;
    }

    // Salesforce reports a lapsed assertion with the same text as a lapsed code.
    if (claims.expMs + CLOCK_SKEW_MS <= nowMs) return OAUTH_FAILURES.expiredCode;
    return undefined;
}
