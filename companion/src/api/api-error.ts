/**
 * The companion API's one error envelope:
 *   { "error": { "code": "mapping_invalid", "message": "...", "details": [...] } }
 * Codes are stable snake_case. Each code has exactly one HTTP status, decided
 * by an exhaustive switch: a new code that nobody maps fails to compile.
 */

export type ApiErrorCode =
    | 'validation_failed'
    | 'unauthenticated'
    | 'forbidden'
    | 'not_found'
    | 'route_not_found'
    | 'method_not_allowed'
    | 'payload_too_large'
    | 'unsupported_media_type'
    | 'rate_limited'
    | 'conflict'
    | 'mapping_invalid'
    | 'mapping_paused'
    | 'run_in_progress'
    | 'salesforce_not_connected'
    | 'trustworthy_not_connected'
    | 'salesforce_error'
    | 'trustworthy_error'
    | 'oauth_state_invalid'
    | 'oauth_link_expired'
    | 'connection_verification_failed'
    | 'budget_exhausted'
    | 'webhook_signature_invalid'
    | 'not_implemented'
    | 'internal_error';

export interface ApiErrorDetail {
    path?: string;
    issue: string;
}

export class ApiError extends Error {
    constructor(
        readonly code: ApiErrorCode,
        message: string,
        readonly details: ApiErrorDetail[] = []
    ) {
        super(message);
        this.name = 'ApiError';
    }

    get status(): number {
        return statusOf(this.code);
    }
}

export function statusOf(code: ApiErrorCode): number {
    switch (code) {
        case 'validation_failed':
        case 'mapping_invalid':
        case 'oauth_state_invalid':
        case 'connection_verification_failed':
            return 400;
        case 'unauthenticated':
        case 'webhook_signature_invalid':
            return 401;
        case 'forbidden':
            return 403;
        case 'not_found':
        case 'route_not_found':
            return 404;
        case 'method_not_allowed':
            return 405;
        case 'conflict':
        case 'mapping_paused':
        case 'run_in_progress':
        case 'salesforce_not_connected':
        case 'trustworthy_not_connected':
            return 409;
        case 'oauth_link_expired':
            return 410;
        case 'payload_too_large':
            return 413;
        case 'unsupported_media_type':
            return 415;
        case 'rate_limited':
        case 'budget_exhausted':
            return 429;
        case 'salesforce_error':
        case 'trustworthy_error':
            return 502;
        case 'not_implemented':
            return 501;
        case 'internal_error':
            return 500;
        default: {
            const unmapped: never = code;
            throw new Error(`no HTTP status for error code ${String(unmapped)}`);
        }
    }
}

export function errorBody(error: ApiError): {
    error: { code: ApiErrorCode; message: string; details: ApiErrorDetail[] };
} {
    return { error: { code: error.code, message: error.message, details: error.details } };
}
