/**
 * The token endpoint's success body, in the field order Salesforce sends.
 * jsforce takes the org and user ids from the last two segments of `id`.
 */
import type { ConnectedApp } from './connected-apps';
import type { IssuedTokens } from './session-authority';
import { tokenSignature } from './token-strings';
import type { TokenGrant } from './token-store';

export interface TokenReply {
    access_token: string;
    refresh_token?: string;
    signature: string;
    scope: string;
    instance_url: string;
    id: string;
    token_type: 'Bearer';
    issued_at: string;
}

export function identityUrl(instanceUrl: string, orgId: string, userId: string): string {
    return `${instanceUrl}/id/${orgId}/${userId}`;
}

export function buildTokenReply(
    issued: IssuedTokens,
    grant: TokenGrant,
    app: ConnectedApp,
    instanceUrl: string,
    orgId: string
): TokenReply {
    const id = identityUrl(instanceUrl, orgId, grant.userId);
    const issuedAt = String(issued.issuedAtMs);
    const refresh = issued.refreshToken ? { refresh_token: issued.refreshToken } : {};
    return {
        access_token: issued.accessToken,
        ...refresh,
        signature: tokenSignature(id, issuedAt, app.clientSecret),
        scope: grant.scope,
        instance_url: instanceUrl,
        id,
        token_type: 'Bearer',
        issued_at: issuedAt
    };
}
