/**
 * Authorization codes between the authorize redirect and the token call.
 * They live in memory only: a code is meant to be spent within minutes, and
 * an emulator restarted in between is a case no client recovers from anyway.
 */
import type { EmulatorClock } from '../clock';
import { newAuthorizationCode } from './token-strings';

/**
 * Salesforce's code lifetime is not documented firmly (one report says two
 * minutes); the shorter figure keeps clients honest about spending it at once.
 */
const CODE_LIFETIME_MS = 2 * 60 * 1000;

export interface PendingAuthorization {
    clientId: string;
    redirectUri: string;
    userId: string;
    scope: string;
    /** The PKCE S256 challenge sent to authorize, when the client used PKCE. */
    codeChallenge?: string;
    expiresAtMs: number;
}

export class AuthorizationCodes {
    private readonly pending = new Map<string, PendingAuthorization>();

    constructor(private readonly clock: EmulatorClock) {}

    create(authorization: Omit<PendingAuthorization, 'expiresAtMs'>): string {
        const code = newAuthorizationCode();
        const expiresAtMs = this.clock.now().getTime() + CODE_LIFETIME_MS;
        this.pending.set(code, { ...authorization, expiresAtMs });
        return code;
    }

    /** Removes the code whatever happens next: a code is good for one attempt only. */
    take(code: string): PendingAuthorization | undefined {
        const found = this.pending.get(code);
        this.pending.delete(code);
        return found;
    }

    isExpired(authorization: PendingAuthorization): boolean {
        return this.clock.now().getTime() >= authorization.expiresAtMs;
    }
}
