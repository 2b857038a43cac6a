/**
 * The OAuth web-server flow, from the admin's authenticated request to the
 * stored tokens:
 *   mint:     a random single-use link (10 minutes) – only API-secret holders can start
 *   start:    spends the link, makes `state` (single-use, 10 minutes) and a PKCE verifier,
 *             answers the org's authorize URL
 *   complete: spends the state, exchanges the code with the verifier, reads the identity,
 *             stores the tokens sealed.
 * Links and states are stored by their SHA-256, so the store never holds a usable value.
 */
import { createHash, randomBytes } from 'node:crypto';

import { ApiError } from '../../api/api-error';
import type { SecretBox } from '../../lib/secret-box';
import {
    OAUTH_START_PATH,
    authorizeUrl,
    callbackUrl,
    createPkcePair,
    exchangeCode,
    readIdentity
} from '../../salesforce/oauth-web-server';
import { describeFailure } from '../../salesforce/salesforce-failures';
import type { ConnectionsRepository } from '../../store/connections-repository';
import type { ServiceContext } from '../service-context';
import type {
    OAuthCallback,
    OAuthCallbackOutcome,
    OAuthLink,
    OAuthLinkRequest
} from './connection-types';
import { checkSalesforceLoginUrl } from './endpoint-urls';
import type { SalesforceSide } from './salesforce-side';
import { sealOptional } from './sealed-rows';

const LIFETIME_MS = 10 * 60 * 1000;
/** Spent and expired rows are kept a day (for support questions), then removed. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export interface OAuthFailureRecord {
    error: string;
    description: string;
    at: string;
}

export class OAuthWebFlow {
    /** The last refusal seen on a callback, for diagnostics until the next attempt starts (memory only). */
    lastFailure: OAuthFailureRecord | undefined;

    constructor(
        private readonly ctx: ServiceContext,
        private readonly box: SecretBox,
        private readonly repository: ConnectionsRepository,
        private readonly salesforce: SalesforceSide
    ) {}

    async mint(request: OAuthLinkRequest): Promise<OAuthLink> {
        const loginUrl = checkSalesforceLoginUrl(request.loginUrl, this.ctx.local.salesforce?.url);
        const now = this.ctx.now();
        await this.repository.forgetExpired(new Date(now.getTime() - RETENTION_MS).toISOString());

        const token = randomToken();
        const expiresAt = new Date(now.getTime() + LIFETIME_MS).toISOString();
        await this.repository.addLink({
            link_hash: hashOf(token),
            login_url: loginUrl,
            client_id: request.clientId,
            client_secret_sealed: sealOptional(this.box, request.clientSecret),
            created_at: now.toISOString(),
            expires_at: expiresAt,
            used_at: null
        });

        this.lastFailure = undefined;
        const url = new URL(`${this.baseUrl()}${OAUTH_START_PATH}`);
        url.searchParams.set('link', token);
        return { url: url.toString(), expiresAt };
    }

    async start(linkToken: string): Promise<string> {
        const linkHash = hashOf(linkToken);
        const link = await this.repository.link(linkHash);
        if (!link)
            throw new ApiError(
                'not_found',
                'this connection link is unknown; mint a new one from the setup page'
            );

        const now = this.ctx.now();
        if (link.expires_at <= now.toISOString())
            throw new ApiError(
                'oauth_link_expired',
                'this connection link has expired; mint a new one from the setup page'
            );
        if (!(await this.repository.useLink(linkHash, now.toISOString()))) {
            throw new ApiError(
                'oauth_link_expired',
                'this connection link was already used; mint a new one from the setup page'
            );
        }

        const state = randomToken();
        const pkce = createPkcePair();
        const redirectUri = callbackUrl(this.baseUrl());
        await this.repository.addState({
            state_hash: hashOf(state),
            link_hash: linkHash,
            code_verifier_sealed: this.box.seal(pkce.verifier),
            redirect_uri: redirectUri,
            created_at: now.toISOString(),
            expires_at: new Date(now.getTime() + LIFETIME_MS).toISOString(),
            used_at: null
        });
        return authorizeUrl({
            loginUrl: link.login_url,
            clientId: link.client_id,
            redirectUri,
            state,
            codeChallenge: pkce.challenge
        });
    }

    async complete(callback: OAuthCallback): Promise<OAuthCallbackOutcome> {
        const pending = await this.spendState(callback.state);

        if (callback.error !== undefined)
            return this.refused(callback.error, callback.errorDescription ?? '');
        if (!callback.code)
            return this.refused('invalid_request', 'Salesforce sent neither a code nor an error');

        const link = await this.repository.link(pending.link_hash);
        if (!link)
            throw new ApiError(
                'oauth_state_invalid',
                'this sign-in is no longer known; start again from the setup page'
            );
        const app = {
            loginUrl: link.login_url,
            clientId: link.client_id,
            clientSecret:
                link.client_secret_sealed === null
                    ? undefined
                    : this.box.open(link.client_secret_sealed)
        };

        let token;
        try {
            token = await exchangeCode(
                app,
                pending.redirect_uri,
                callback.code,
                this.box.open(pending.code_verifier_sealed)
            );
        } catch (error) {
            const failure = describeFailure(error);
            return this.refused(failure.code, failure.description);
        }
        const identity = await readIdentity(token, this.salesforce.apiVersion);

        const now = this.ctx.now().toISOString();
        await this.repository.saveSalesforce({
            flow: 'web_server',
            login_url: app.loginUrl,
            instance_url: token.instance_url,
            client_id: app.clientId,
            org_id: identity.orgId,
            user_id: identity.userId,
            username: identity.username,
            scopes: typeof token.scope === 'string' ? token.scope : '',
            access_token_sealed: this.box.seal(token.access_token),
            refresh_token_sealed: sealOptional(this.box, token.refresh_token),
            client_secret_sealed: sealOptional(this.box, app.clientSecret),
            private_key_sealed: null,
            status: 'connected',
            last_error: null,
            connected_at: now,
            updated_at: now
        });
        this.salesforce.changed();
        this.lastFailure = undefined;
        this.ctx.logger.info(
            { orgId: identity.orgId, username: identity.username, flow: 'web_server' },
            'salesforce org connected'
        );
        return {
            kind: 'connected',
            orgId: identity.orgId,
            username: identity.username,
            instanceUrl: token.instance_url
        };
    }

    /** Unknown, spent or expired states are refused before anything else happens. */
    private async spendState(
        state: string | undefined
    ): Promise<{ link_hash: string; redirect_uri: string; code_verifier_sealed: string }> {
        const refuse = (): ApiError =>
            new ApiError(
                'oauth_state_invalid',
                'this sign-in is not one the companion started, was already completed, or took longer than 10 minutes; start again from the setup page'
            );
        if (!state) throw refuse();

        const stateHash = hashOf(state);
        const pending = await this.repository.state(stateHash);
        const now = this.ctx.now().toISOString();
        if (!pending || pending.expires_at <= now) throw refuse();
        if (!(await this.repository.useState(stateHash, now))) throw refuse();
        return pending;
    }

    private refused(error: string, description: string): OAuthCallbackOutcome {
        this.lastFailure = { error, description, at: this.ctx.now().toISOString() };
        this.ctx.logger.warn({ error, description }, 'salesforce refused the connection');
        return { kind: 'refused', error, description };
    }

    private baseUrl(): string {
        return this.ctx.settings.publicBaseUrl.replace(/\/+$/, '');
    }
}

function randomToken(): string {
    return randomBytes(32).toString('base64url');
}

function hashOf(value: string): string {
    return createHash('sha256').update(value).digest('hex');
}
