/**
 * A jsforce Connection for a web-server-flow session: when Salesforce answers
 * 401, jsforce calls our `refreshFn`, which spends the refresh token and hands
 * the outcome to the owner first (to store the new access token, or to mark
 * the connection revoked) before jsforce retries or gives up.
 */
import { Connection } from 'jsforce';
import type { TokenResponse } from 'jsforce/lib/oauth2';

import { oauth2For } from './oauth-web-server';
import type { AppSettings } from './oauth-web-server';

export interface RefreshingSession {
    app: AppSettings;
    instanceUrl: string;
    accessToken: string;
    refreshToken: string;
    apiVersion: string;
    onRefreshed(token: TokenResponse): Promise<void>;
    onRefreshFailed(error: unknown): Promise<void>;
}

export function openRefreshingConnection(session: RefreshingSession): Connection {
    const oauth2 = oauth2For(session.app);
    let refreshToken = session.refreshToken;

    return new Connection({
        oauth2,
        instanceUrl: session.instanceUrl,
        accessToken: session.accessToken,
        refreshToken,
        version: session.apiVersion,
        refreshFn: (_conn, callback) => {
            const refresh = async (): Promise<TokenResponse> => {
                const token = await oauth2.refreshToken(refreshToken);
                // Salesforce may rotate refresh tokens when the app asks for it.
                if (token.refresh_token) refreshToken = token.refresh_token;
                await session.onRefreshed(token);
                return token;
            };
            refresh().then(
                (token) => callback(null, token.access_token, token),
                async (error: unknown) => {
                    await session.onRefreshFailed(error).catch(() => undefined);
                    callback(error instanceof Error ? error : new Error(String(error)));
                }
            );
        }
    });
}
