/** What the admin pastes into the Connected App / External Client App, and the flows on offer. */
import { WEB_SERVER_SCOPES, callbackUrl } from '../../salesforce/oauth-web-server';
import type { SalesforceSetup } from './connection-types';

export function salesforceSetup(publicBaseUrl: string): SalesforceSetup {
    return {
        callbackUrl: callbackUrl(publicBaseUrl),
        scopes: [...WEB_SERVER_SCOPES],
        flows: [
            {
                flow: 'web_server',
                summary:
                    'An admin signs in once through a single-use link (PKCE and state); the companion keeps a refresh token.'
            },
            {
                flow: 'jwt',
                summary:
                    'A dedicated integration user, pre-authorized on the app, with a certificate uploaded to the app and its private key given to the companion.'
            },
            {
                flow: 'client_credentials',
                summary:
                    "The app's Client Credentials Flow with a Run As integration user; consumer key and secret given to the companion."
            }
        ]
    };
}
