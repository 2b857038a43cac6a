/**
 * Where real-time sync reaches the two systems: a TrustworthyClient (to
 * register the webhook) and a jsforce Connection (for the streaming client),
 * from the environment's credentials or the local emulators.
 *
 * Known gap: a Salesforce org or Trustworthy account connected through the
 * API (stored by the connections service) is not reached here, because the
 * connection manager offers engine ports only; real-time sync then falls back
 * to the environment's or emulated systems, or reports none.
 */
import type { Connection } from 'jsforce';

import { connectToSalesforce, readPrivateKey } from '../../salesforce/salesforce-connector';
import type { SalesforceCredentials } from '../../salesforce/salesforce-connector';
import { TrustworthyClient } from '../../trustworthy/trustworthy-client';
import type { ServiceContext } from '../service-context';

export interface RealtimeSources {
    trustworthyClient(): TrustworthyClient | undefined;
    salesforceConnection(): Promise<Connection | undefined>;
}

export function realtimeSources(ctx: ServiceContext): RealtimeSources {
    return {
        trustworthyClient() {
            const settings =
                ctx.config.trustworthy.mode === 'remote'
                    ? ctx.config.trustworthy
                    : ctx.local.trustworthy;
            if (!settings) return undefined;
            return new TrustworthyClient({
                baseUrl: settings.baseUrl,
                apiKey: settings.apiKey,
                logger: ctx.logger
            });
        },
        async salesforceConnection() {
            const credentials = credentialsFrom(ctx);
            if (!credentials) return undefined;
            const apiVersion =
                ctx.config.salesforce.mode === 'emulator'
                    ? '62.0'
                    : ctx.config.salesforce.apiVersion;
            return connectToSalesforce(credentials, apiVersion);
        }
    };
}

function credentialsFrom(ctx: ServiceContext): SalesforceCredentials | undefined {
    const settings = ctx.config.salesforce;
    switch (settings.mode) {
        case 'emulator':
            return ctx.local.salesforce?.credentials;
        case 'client_credentials':
            return {
                flow: 'client_credentials',
                loginUrl: settings.loginUrl,
                clientId: settings.clientId,
                clientSecret: settings.clientSecret
            };
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
