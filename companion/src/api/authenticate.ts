/**
 * Calls from Salesforce carry the shared secret the Named Credential sends,
 * or a short-lived JWT signed with it (HS256, `exp` at most 5 minutes ahead),
 * so the secret itself need not travel on every call.
 * The comparison takes the same time whatever the guess, and a refused call
 * learns nothing: 401 with a generic message, no hint which part was wrong.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { ApiError } from './api-error';

export function secretMatches(presented: string, expected: string): boolean {
    // Hashing first gives equal-length inputs, so length leaks nothing either.
    const a = createHash('sha256').update(presented).digest();
    const b = createHash('sha256').update(expected).digest();
    return timingSafeEqual(a, b) && expected.length > 0;
}

export function requireSalesforceCaller(apiSecret: string) {
    return (req: Request, _res: Response, next: NextFunction): void => {
        const header = req.get('authorization') ?? '';
        const match = /^Bearer\s+(.+)$/i.exec(header);
        const presented = match?.[1] ?? '';
        if (
            !match ||
            !(secretMatches(presented, apiSecret) || signedTokenMatches(presented, apiSecret))
        ) {
            next(new ApiError('unauthenticated', 'authentication required'));
            return;
        }
        next();
    };
}

/** Longest lifetime a signed caller token may claim: a leaked one is useless within minutes. */
export const MAX_TOKEN_LIFETIME_SECONDS = 300;

/**
 * A compact JWT `<header>.<claims>.<signature>` with `alg` HS256, signed with
 * the API secret, whose `exp` (seconds) is in the future but no more than
 * five minutes away. Other algorithms (`none` included) are refused.
 */
export function signedTokenMatches(
    token: string,
    secret: string,
    nowSeconds = Math.floor(Date.now() / 1000)
): boolean {
    const parts = token.split('.');
    if (parts.length !== 3 || secret.length === 0) return false;
    const [headerText = '', claimsText = '', signatureText = ''] = parts;

    const expected = createHmac('sha256', secret).update(`${headerText}.${claimsText}`).digest();
    const presented = Buffer.from(signatureText, 'base64url');
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return false;

    const header = decodeJson(headerText);
    const claims = decodeJson(claimsText);
    if (header?.alg !== 'HS256' || typeof claims?.exp !== 'number') return false;
    return claims.exp > nowSeconds && claims.exp <= nowSeconds + MAX_TOKEN_LIFETIME_SECONDS;
}

function decodeJson(part: string): Record<string, unknown> | undefined {
    try {
        const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null
            ? (value as Record<string, unknown>)
            : undefined;
    } catch {
        return undefined;
    }
}
