/**
 * Salesforce's refusals, named in plain words with what the admin should do.
 * The codes are stable (the Lightning tab keys its help on them); the
 * sentences may improve.
 */
import type { SalesforceFailure } from '../../../salesforce/salesforce-failures';
import type { Diagnosis, SalesforceFlow } from '../connection-types';

const APP_SETTINGS = 'Setup → App Manager → your app → View / Manage Consumer Details';

export function unknownConsumerKey(): Diagnosis {
    return {
        code: 'unknown_consumer_key',
        message: 'Salesforce does not know this consumer key (invalid_client_id).',
        action: `Copy the Consumer Key again from ${APP_SETTINGS}; a newly created app can take up to 10 minutes before Salesforce accepts it.`
    };
}

export function callbackMismatch(callbackUrl: string): Diagnosis {
    return {
        code: 'callback_mismatch',
        message:
            "The app's Callback URL list does not contain the companion's callback (redirect_uri_mismatch).",
        action: `Add ${callbackUrl} to the Connected App / External Client App Callback URL list, exactly as shown, then wait a few minutes.`
    };
}

export function missingScope(missing: string[], granted: string[]): Diagnosis {
    return {
        code: 'missing_scope',
        message: `The authorization lacks the scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (granted: ${granted.join(' ') || 'none'}).`,
        action: 'Add "Manage user data via APIs (api)" and "Perform requests at any time (refresh_token, offline_access)" to the app\'s OAuth scopes, then connect again.'
    };
}

export function apiDisabled(code: string): Diagnosis {
    return {
        code: 'api_disabled',
        message: `The org does not allow API access (${code}): its edition has no API, or the API is turned off for it.`,
        action: 'Use an edition with API access (Enterprise, Unlimited, Developer, Performance, or Professional with the API add-on), and give the integration user the "API Enabled" permission.'
    };
}

export function objectNotAccessible(object: string, detail: string): Diagnosis {
    return {
        code: 'object_not_accessible',
        object,
        message: `The integration user cannot see the object ${object} (${detail}).`,
        action: `Give the integration user Read access to ${object} (plus Create and Edit for the directions that write it) in its permission set.`
    };
}

export function fieldNotAccessible(object: string, field: string): Diagnosis {
    return {
        code: 'field_not_accessible',
        object,
        field,
        message: `The mapped field ${object}.${field} is missing from what the integration user can see: it does not exist or field-level security hides it.`,
        action: `Grant the integration user Read (and Edit, if the sync writes it) on ${object}.${field} in its permission set, or remove it from the mapping.`
    };
}

export function authorizationRevoked(description: string): Diagnosis {
    return {
        code: 'authorization_revoked',
        message: `Salesforce no longer accepts the stored authorization (invalid_grant: ${description}): it was revoked, expired under the app's refresh-token policy, or the user was deactivated.`,
        action: 'Connect the org again from the setup page; if this recurs, set the app\'s Refresh Token Policy to "valid until revoked".'
    };
}

export function diagnoseOAuthFailure(
    failure: SalesforceFailure,
    flow: SalesforceFlow | null,
    callbackUrl = ''
): Diagnosis {
    if (failure.kind === 'network') {
        return {
            code: 'salesforce_unreachable',
            message: `Salesforce could not be reached (${failure.code}).`,
            action: "Check the login URL (the org's My Domain for client credentials) and that the companion can reach it."
        };
    }
    if (
        failure.kind === 'rest' &&
        (failure.code === 'API_DISABLED_FOR_ORG' || failure.code === 'API_CURRENTLY_DISABLED')
    )
        return apiDisabled(failure.code);

    switch (failure.code) {
        case 'invalid_client_id':
            return unknownConsumerKey();
        case 'invalid_client':
            return {
                code: 'client_secret_invalid',
                message: 'The consumer secret does not match the app (invalid_client).',
                action: `Copy the Consumer Secret again from ${APP_SETTINGS}.`
            };
        case 'redirect_uri_mismatch':
            return callbackMismatch(callbackUrl || 'the callback URL shown by the setup page');
        case 'invalid_scope':
            return missingScope(['api', 'refresh_token'], []);
        case 'invalid_grant':
            return flow === 'web_server' || flow === 'refresh_token'
                ? authorizationRevoked(failure.description)
                : serverToServerGrant(failure.description);
        default:
            return {
                code: 'salesforce_error',
                message: `Salesforce answered ${failure.code}: ${failure.description}`,
                action: "Check the app and integration user settings; the code above is Salesforce's own."
            };
    }
}

/** JWT and client-credentials refusals all say invalid_grant; the description tells them apart. */
function serverToServerGrant(description: string): Diagnosis {
    const lower = description.toLowerCase();
    let action = "Check the consumer key, the integration user and the app's policies.";
    if (lower.includes('approved')) {
        action =
            'Set the app\'s Permitted Users to "Admin approved users are pre-authorized" and add the integration user\'s profile or permission set to the app.';
    } else if (lower.includes('client credentials user')) {
        action = 'Enable the Client Credentials Flow on the app and choose its Run As user.';
    } else if (lower.includes('assertion') || lower.includes('audience')) {
        action =
            'Upload the certificate matching the private key to the app, and use https://login.salesforce.com (production) or https://test.salesforce.com (sandbox) as the login URL.';
    } else if (lower.includes('inactive') || lower.includes('authentication failure')) {
        action = 'Check that the integration user exists, is active and is the username given.';
    }
    return {
        code: 'authentication_failed',
        message: `Salesforce refused the sign-in (invalid_grant: ${description}).`,
        action
    };
}

/** Stored `last_error` values are `<code>: <description>`. */
export function failureFromLastError(lastError: string): SalesforceFailure {
    const separator = lastError.indexOf(': ');
    const code = separator < 0 ? lastError : lastError.slice(0, separator);
    const description = separator < 0 ? '' : lastError.slice(separator + 2);
    const kind = /^[A-Z_]+$/.test(code) ? 'rest' : /^E[A-Z]+$/.test(code) ? 'network' : 'oauth';
    return { kind, code, description };
}
