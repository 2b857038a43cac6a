/**
 * Turns what jsforce throws into one plain shape: OAuth endpoint errors
 * (`name` = Salesforce's `error`, `message` = its description), REST errors
 * (`errorCode`), and network failures. Callers decide what each means.
 */

export interface SalesforceFailure {
    kind: 'oauth' | 'rest' | 'network' | 'other';
    code: string;
    description: string;
}

const OAUTH_CODES = new Set([
    'invalid_grant',
    'invalid_client_id',
    'invalid_client',
    'invalid_request',
    'invalid_scope',
    'unsupported_grant_type',
    'unsupported_response_type',
    'redirect_uri_mismatch',
    'access_denied',
    'invalid_token'
]);

const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'UND_ERR_SOCKET'
]);

/** jsforce's session refresh wraps the OAuth error's description in this sentence. */
const REFRESH_PREFIX = 'Unable to refresh session due to: ';

export function describeFailure(error: unknown): SalesforceFailure {
    if (!(error instanceof Error))
        return { kind: 'other', code: 'unknown', description: String(error) };

    const name = error.name;
    if (OAUTH_CODES.has(name)) return { kind: 'oauth', code: name, description: error.message };

    const errorCode = (error as { errorCode?: unknown }).errorCode;
    if (typeof errorCode === 'string' && errorCode !== '')
        return { kind: 'rest', code: errorCode, description: error.message };

    const network = networkCode(error);
    if (network) return { kind: 'network', code: network, description: error.message };

    if (error.message.startsWith(REFRESH_PREFIX)) {
        return {
            kind: 'oauth',
            code: 'refresh_failed',
            description: error.message.slice(REFRESH_PREFIX.length)
        };
    }
    return { kind: 'other', code: name || 'Error', description: error.message };
}

function networkCode(error: Error): string | undefined {
    const direct = (error as { code?: unknown }).code;
    if (typeof direct === 'string' && NETWORK_CODES.has(direct)) return direct;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) return networkCode(cause);
    return error.message === 'fetch failed' ? 'fetch_failed' : undefined;
}
