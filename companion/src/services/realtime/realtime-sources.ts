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

import { connectToSalesforce } from '../../salesforce/salesforce-connector';
import { environmentCredentials } from '../connections/environment-credentials';
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
            const credentials = environmentCredentials(ctx.config, ctx.local);
            if (!credentials) return undefined;
            const apiVersion =
                ctx.config.salesforce.mode === 'emulator'
                    ? '62.0'
                    : ctx.config.salesforce.apiVersion;
            return connectToSalesforce(credentials, apiVersion);
        }
    };
}
