/**
 * Issues tokens and decides whether one still opens a session. Expiry is
 * judged when a token is used, against the lifetime currently set in the
 * fault switches, so a test can shorten it and see existing tokens lapse.
 */
import type { EmulatorClock } from '../clock';
import type { EmulatorLocals, UserDirectory } from '../context';
import type { FaultSwitches } from '../faults';
import { newAccessToken, newRefreshToken } from './token-strings';
import type { StoredAccessToken, TokenGrant, TokenStore } from './token-store';

export type EmulatorSession = EmulatorLocals['session'];

/** A token accepted without any OAuth flow, e.g. for `sf org login access-token`. */
export interface PreIssuedToken {
    accessToken: string;
    userId: string;
    clientId?: string;
}

export interface IssuedTokens {
    accessToken: string;
    refreshToken?: string;
    issuedAtMs: number;
}

export interface SessionAuthorityOptions {
    store: TokenStore;
    users: UserDirectory;
    clock: EmulatorClock;
    faults: FaultSwitches;
    preIssuedTokens?: readonly PreIssuedToken[];
}

export class SessionAuthority {
    private readonly preIssued: Map<string, PreIssuedToken>;

    constructor(private readonly options: SessionAuthorityOptions) {
        this.preIssued = new Map(
            (options.preIssuedTokens ?? []).map((token) => [token.accessToken, token])
        );
    }

    get users(): UserDirectory {
        return this.options.users;
    }

    issue(grant: TokenGrant, withRefreshToken: boolean): IssuedTokens {
        const issuedAtMs = this.options.clock.now().getTime();
        const refreshToken = withRefreshToken ? newRefreshToken() : undefined;
        if (refreshToken) this.options.store.saveRefreshToken(refreshToken, grant, issuedAtMs);

        const accessToken = newAccessToken(this.options.users.orgId);
        this.options.store.saveAccessToken(accessToken, grant, issuedAtMs, refreshToken);
        if (!refreshToken) return { accessToken, issuedAtMs };
        return { accessToken, refreshToken, issuedAtMs };
    }

    /** Mints a new access token from a refresh token, tied to it so revoking it revokes both. */
    refresh(refreshToken: string, stored: TokenGrant): IssuedTokens {
        const issuedAtMs = this.options.clock.now().getTime();
        const accessToken = newAccessToken(this.options.users.orgId);
        this.options.store.saveAccessToken(accessToken, stored, issuedAtMs, refreshToken);
        return { accessToken, issuedAtMs };
    }

    findRefreshToken(token: string): StoredAccessToken | undefined {
        return this.options.store.findRefreshToken(token);
    }

    /** The session a token opens, or undefined when it is unknown, revoked or expired. */
    verify(accessToken: string): EmulatorSession | undefined {
        // Pre-issued tokens ignore the lifetime switch: nothing could refresh
        // them, so a lapse would only break the CLI session they exist for.
        const preIssued = this.preIssued.get(accessToken);
        if (preIssued) return this.sessionFor(preIssued.userId, preIssued.clientId ?? '');

        const stored = this.options.store.findAccessToken(accessToken);
        if (!stored || this.hasExpired(stored.issuedAtMs)) return undefined;
        return this.sessionFor(stored.userId, stored.clientId);
    }

    revoke(token: string): boolean {
        return this.options.store.revoke(token);
    }

    private sessionFor(userId: string, clientId: string): EmulatorSession | undefined {
        const user = this.options.users.findById(userId);
        if (!user || !user.isActive) return undefined;
        return { userId: user.id, orgId: this.options.users.orgId, clientId };
    }

    private hasExpired(issuedAtMs: number): boolean {
        const lifetimeSeconds = this.options.faults.current().tokenLifetimeSeconds;
        if (lifetimeSeconds <= 0) return false;
        return this.options.clock.now().getTime() - issuedAtMs >= lifetimeSeconds * 1000;
    }
}
