/**
 * The connection manager the companion starts with: the org and account
 * from the environment, or the local emulators. Connects on first use, so a
 * companion without a reachable org still starts and can report it.
 */
import { trustworthyPort } from '../../app/trustworthy-port';
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import { connectToSalesforce, readPrivateKey } from '../../salesforce/salesforce-connector';
import type { SalesforceCredentials } from '../../salesforce/salesforce-connector';
import { SalesforceGateway } from '../../salesforce/salesforce-gateway';
import { TrustworthyClient } from '../../trustworthy/trustworthy-client';
import { ApiError } from '../../api/api-error';
import type { LazyDeps, ServiceContext } from '../service-context';
import type { ConnectionManager } from './connection-manager';

export function createConnections(ctx: ServiceContext, _deps: LazyDeps): ConnectionManager {
    let salesforce: Promise<SalesforcePort> | undefined;
    let trustworthy: TrustworthyPort | undefined;

    return {
        salesforce: () => {
            salesforce ??= connect(ctx).catch((error: unknown) => {
                salesforce = undefined;
                throw error;
            });
            return salesforce;
        },
        trustworthy: async () => {
            if (trustworthy) return trustworthy;
            const settings = ctx.config.trustworthy.mode === 'remote' ? ctx.config.trustworthy : ctx.local.trustworthy;
            if (!settings) throw new ApiError('trustworthy_not_connected', 'no Trustworthy account is configured');
            trustworthy = trustworthyPort(new TrustworthyClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey, logger: ctx.logger }));
            return trustworthy;
        }
    };
}

async function connect(ctx: ServiceContext): Promise<SalesforcePort> {
    const credentials = credentialsFrom(ctx);
    const apiVersion = ctx.config.salesforce.mode === 'emulator' ? '62.0' : ctx.config.salesforce.apiVersion;
    return new SalesforceGateway(await connectToSalesforce(credentials, apiVersion));
}

function credentialsFrom(ctx: ServiceContext): SalesforceCredentials {
    const settings = ctx.config.salesforce;
    switch (settings.mode) {
        case 'emulator':
            if (!ctx.local.salesforce) throw new ApiError('salesforce_not_connected', 'the Salesforce emulator did not start');
            return ctx.local.salesforce.credentials;
        case 'client_credentials':
            return { flow: 'client_credentials', loginUrl: settings.loginUrl, clientId: settings.clientId, clientSecret: settings.clientSecret };
        case 'jwt':
            return {
                flow: 'jwt',
                loginUrl: settings.loginUrl,
                clientId: settings.clientId,
                username: settings.username,
                privateKeyPem: readPrivateKey(settings.privateKeyFile)
            };
        case 'refresh_token':
            return {
                flow: 'refresh_token',
                loginUrl: settings.loginUrl,
                instanceUrl: settings.instanceUrl,
                clientId: settings.clientId,
                refreshToken: settings.refreshToken,
                ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {})
            };
    }
}
