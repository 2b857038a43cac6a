/**
 * Server-to-server connections for a dedicated integration user: JWT bearer
 * (consumer key + username + private key) or client credentials (consumer
 * key + secret, run-as user set on the app). Verified by signing in and
 * reading the identity; only a working set is stored, sealed.
 */
import { createPrivateKey } from 'node:crypto';

import { ApiError } from '../../api/api-error';
import type { ApiErrorDetail } from '../../api/api-error';
import type { SecretBox } from '../../lib/secret-box';
import { readIdentity } from '../../salesforce/oauth-web-server';
import { requestTokenFor } from '../../salesforce/salesforce-connector';
import type { SalesforceCredentials } from '../../salesforce/salesforce-connector';
import { describeFailure } from '../../salesforce/salesforce-failures';
import type { ConnectionsRepository } from '../../store/connections-repository';
import type { ServiceContext } from '../service-context';
import type { SalesforceConnectionState, ServerToServerRequest } from './connection-types';
import { diagnoseOAuthFailure } from './diagnostics/salesforce-causes';
import { checkSalesforceLoginUrl } from './endpoint-urls';
import type { SalesforceSide } from './salesforce-side';
import { scopesOf, sealOptional } from './sealed-rows';

export async function connectServerToServer(
    ctx: ServiceContext,
    box: SecretBox,
    repository: ConnectionsRepository,
    salesforce: SalesforceSide,
    request: ServerToServerRequest
): Promise<SalesforceConnectionState> {
    const loginUrl = checkSalesforceLoginUrl(request.loginUrl, ctx.local.salesforce?.url);
    if (request.flow === 'jwt') checkPrivateKey(request.privateKeyPem);
    const credentials: SalesforceCredentials =
        request.flow === 'jwt'
            ? {
                  flow: 'jwt',
                  loginUrl,
                  clientId: request.clientId,
                  username: request.username,
                  privateKeyPem: request.privateKeyPem
              }
            : {
                  flow: 'client_credentials',
                  loginUrl,
                  clientId: request.clientId,
                  clientSecret: request.clientSecret
              };

    let token;
    try {
        token = await requestTokenFor(credentials);
    } catch (error) {
        throw verificationFailed(request.flow, error);
    }

    const scopes = scopesOf(typeof token.scope === 'string' ? token.scope : undefined);
    if (scopes.length > 0 && !scopes.includes('api') && !scopes.includes('full')) {
        throw new ApiError(
            'connection_verification_failed',
            'the Connected App does not grant the `api` scope (missing_scope)',
            [
                {
                    path: 'body.clientId',
                    issue: `granted scopes: ${scopes.join(' ')}; add "Manage user data via APIs (api)" to the app`
                }
            ]
        );
    }
    const identity = await readIdentity(token, salesforce.apiVersion);

    const now = ctx.now().toISOString();
    await repository.saveSalesforce({
        flow: request.flow,
        login_url: loginUrl,
        instance_url: token.instance_url,
        client_id: request.clientId,
        org_id: identity.orgId,
        user_id: identity.userId,
        username: identity.username,
        scopes: scopes.join(' '),
        access_token_sealed: null,
        refresh_token_sealed: null,
        client_secret_sealed:
            request.flow === 'client_credentials' ? box.seal(request.clientSecret) : null,
        private_key_sealed:
            request.flow === 'jwt' ? sealOptional(box, request.privateKeyPem) : null,
        status: 'connected',
        last_error: null,
        connected_at: now,
        updated_at: now
    });
    salesforce.changed();
    ctx.logger.info(
        { orgId: identity.orgId, username: identity.username, flow: request.flow },
        'salesforce org connected'
    );
    return salesforce.state();
}

function verificationFailed(flow: ServerToServerRequest['flow'], error: unknown): ApiError {
    const failure = describeFailure(error);
    if (failure.kind === 'other') throw error;

    const diagnosis = diagnoseOAuthFailure(failure, flow);
    const path = pathFor(diagnosis.code, flow);
    const details: ApiErrorDetail[] = [{ path, issue: `${diagnosis.message} ${diagnosis.action}` }];
    return new ApiError(
        'connection_verification_failed',
        `Salesforce refused the ${flow} credentials (${diagnosis.code})`,
        details
    );
}

/** A key Node cannot read would only fail later, as a confusing signing error. */
function checkPrivateKey(pem: string): void {
    let key;
    try {
        key = createPrivateKey(pem);
    } catch {
        throw new ApiError('validation_failed', 'the request body is not valid', [
            { path: 'body.privateKeyPem', issue: 'is not a PEM private key' }
        ]);
    }
    if (key.asymmetricKeyType !== 'rsa') {
        throw new ApiError('validation_failed', 'the request body is not valid', [
            {
                path: 'body.privateKeyPem',
                issue: 'must be an RSA key (Salesforce signs JWT bearer assertions with RS256)'
            }
        ]);
    }
}

function pathFor(code: string, flow: ServerToServerRequest['flow']): string {
    switch (code) {
        case 'unknown_consumer_key':
            return 'body.clientId';
        case 'client_secret_invalid':
            return 'body.clientSecret';
        case 'salesforce_unreachable':
            return 'body.loginUrl';
        default:
            return flow === 'jwt' ? 'body.username' : 'body.clientId';
    }
}
