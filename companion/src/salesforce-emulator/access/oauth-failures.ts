/**
 * OAuth endpoints answer errors as `{ error, error_description }`, not the
 * REST array envelope. The texts are the ones Salesforce sends (recorded
 * replies and documentation); clients match on them, so keep them exact.
 */
import type { Response } from 'express';

export type OAuthErrorCode =
    | 'invalid_grant'
    | 'invalid_client_id'
    | 'invalid_client'
    | 'invalid_request'
    | 'invalid_scope'
    | 'unsupported_grant_type'
    | 'unsupported_response_type'
    | 'redirect_uri_mismatch'
    | 'access_denied'
    | 'invalid_token';

export interface OAuthFailure {
    status: number;
    error: OAuthErrorCode;
    description: string;
}

function failure(error: OAuthErrorCode, description: string): OAuthFailure {
    return { status: 400, error, description };
}

export const OAUTH_FAILURES = {
    authenticationFailure: failure('invalid_grant', 'authentication failure'),
    expiredToken: failure('invalid_grant', 'expired access/refresh token'),
    invalidCode: failure('invalid_grant', 'invalid authorization code'),
    expiredCode: failure('invalid_grant', 'expired authorization code'),
    invalidCodeVerifier: failure('invalid_grant', 'invalid code verifier'),
    invalidAssertion: failure('invalid_grant', 'invalid assertion'),
    audienceMismatch: failure('invalid_grant', 'Audience validation failed'),
    inactiveUser: failure('invalid_grant', 'inactive user'),
    notApproved: failure('invalid_grant', "user hasn't approved this consumer"),
    noRunAsUser: failure('invalid_grant', 'no client credentials user enabled'),
    unknownClient: failure('invalid_client_id', 'client identifier invalid'),
    badClientSecret: failure('invalid_client', 'invalid client credentials'),
    unsupportedGrant: failure('unsupported_grant_type', 'grant type not supported'),
    unsupportedResponseType: failure('unsupported_response_type', 'response type not supported'),
    redirectMismatch: failure('redirect_uri_mismatch', 'redirect_uri must match configuration'),
    invalidCodeChallenge: failure('invalid_request', 'invalid code challenge'),
    invalidScope: failure('invalid_scope', 'the requested scope is not allowed'),
    accessDenied: failure('access_denied', 'end-user denied authorization'),
    invalidToken: failure('invalid_token', 'invalid token')
} as const;

export function sendOAuthFailure(res: Response, problem: OAuthFailure): void {
    res.status(problem.status).json({
        error: problem.error,
        error_description: problem.description
    });
}
