/**
 * Opaque strings in the shapes Salesforce hands out. Clients do look at
 * them: the sf CLI only accepts an access token of the form
 * `<15-character org id>!<letters, digits, dots, underscores>`.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

function randomTokenText(byteCount: number): string {
    return randomBytes(byteCount).toString('base64url').replace(/-/g, '.');
}

export function newAccessToken(orgId: string): string {
    return `${orgId.slice(0, 15)}!${randomTokenText(72)}`;
}

export function newRefreshToken(): string {
    return `5Aep861${randomTokenText(60)}`;
}

export function newAuthorizationCode(): string {
    return `aPrx${randomTokenText(45)}`;
}

/** Salesforce signs `id + issued_at` with the app's secret, so the app can check the reply. */
export function tokenSignature(identityUrl: string, issuedAt: string, secret: string): string {
    return createHmac('sha256', secret)
        .update(identityUrl + issuedAt)
        .digest('base64');
}

/** The PKCE S256 transform: base64url(SHA-256(verifier)). */
export function pkceChallengeFor(verifier: string): string {
    return createHash('sha256').update(verifier).digest('base64url');
}
