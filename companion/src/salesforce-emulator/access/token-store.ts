/**
 * Issued access and refresh tokens, kept in the emulator's SQLite database so
 * a restarted emulator still honours them, as a real org would.
 */
import type Database from 'better-sqlite3';

/** Who a token speaks for and what it may do. */
export interface TokenGrant {
    userId: string;
    clientId: string;
    scope: string;
}

export interface StoredAccessToken extends TokenGrant {
    issuedAtMs: number;
}

interface TokenRow {
    user_id: string;
    client_id: string;
    scope: string;
    issued_at_ms: number;
}

const SCHEMA = `
    CREATE TABLE IF NOT EXISTS access_oauth_refresh_tokens (
        token TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        issued_at_ms INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS access_oauth_access_tokens (
        token TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        client_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        issued_at_ms INTEGER NOT NULL,
        refresh_token TEXT
    );
    CREATE INDEX IF NOT EXISTS access_oauth_access_tokens_by_refresh
        ON access_oauth_access_tokens (refresh_token);
`;

function toGrant(row: TokenRow): StoredAccessToken {
    return {
        userId: row.user_id,
        clientId: row.client_id,
        scope: row.scope,
        issuedAtMs: row.issued_at_ms
    };
}

export class TokenStore {
    constructor(private readonly db: Database.Database) {
        db.exec(SCHEMA);
    }

    saveRefreshToken(token: string, grant: TokenGrant, issuedAtMs: number): void {
        this.db
            .prepare(
                `INSERT INTO access_oauth_refresh_tokens
                    (token, user_id, client_id, scope, issued_at_ms) VALUES (?, ?, ?, ?, ?)`
            )
            .run(token, grant.userId, grant.clientId, grant.scope, issuedAtMs);
    }

    saveAccessToken(
        token: string,
        grant: TokenGrant,
        issuedAtMs: number,
        refreshToken: string | undefined
    ): void {
        this.db
            .prepare(
                `INSERT INTO access_oauth_access_tokens
                    (token, user_id, client_id, scope, issued_at_ms, refresh_token)
                    VALUES (?, ?, ?, ?, ?, ?)`
            )
            .run(
                token,
                grant.userId,
                grant.clientId,
                grant.scope,
                issuedAtMs,
                refreshToken ?? null
            );
    }

    findRefreshToken(token: string): StoredAccessToken | undefined {
        const row = this.db
            .prepare('SELECT * FROM access_oauth_refresh_tokens WHERE token = ?')
            .get(token) as TokenRow | undefined;
        return row ? toGrant(row) : undefined;
    }

    findAccessToken(token: string): StoredAccessToken | undefined {
        const row = this.db
            .prepare('SELECT * FROM access_oauth_access_tokens WHERE token = ?')
            .get(token) as TokenRow | undefined;
        return row ? toGrant(row) : undefined;
    }

    /** Deletes the token; a refresh token takes the access tokens issued from it along. */
    revoke(token: string): boolean {
        const removeAll = this.db.transaction((value: string) => {
            const refresh = this.db
                .prepare('DELETE FROM access_oauth_refresh_tokens WHERE token = ?')
                .run(value);
            if (refresh.changes > 0) {
                this.db
                    .prepare('DELETE FROM access_oauth_access_tokens WHERE refresh_token = ?')
                    .run(value);
                return true;
            }
            return (
                this.db.prepare('DELETE FROM access_oauth_access_tokens WHERE token = ?').run(value)
                    .changes > 0
            );
        });
        return removeAll(token);
    }
}
