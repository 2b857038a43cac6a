/**
 * The Salesforce credentials the environment configures (or the local
 * emulator's), for everything that connects without a stored connection.
 * Undefined when the emulator was meant to run but did not start.
 */
import type { LocalSystems } from '../../app/local-systems';
import type { AppConfig } from '../../config/env';
import { readPrivateKey } from '../../salesforce/salesforce-connector';
import type { SalesforceCredentials } from '../../salesforce/salesforce-connector';

export function environmentCredentials(
    config: AppConfig,
    local: LocalSystems
): SalesforceCredentials | undefined {
    const settings = config.salesforce;
    switch (settings.mode) {
        case 'emulator':
            return local.salesforce?.credentials;
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
