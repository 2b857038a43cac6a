// Short headings for the codes an admin meets most; the sentence under the
// heading (from Apex or Salesforce) says what to do.
const TITLES: Record<string, string> = {
    validation_failed: 'Some values are not valid',
    invalid_input: 'Some values are not valid',
    mapping_invalid: 'The mapping has problems',
    mapping_paused: 'This mapping is paused',
    run_in_progress: 'A run is already in progress',
    conflict: 'This clashes with the current state',
    not_found: 'Not found',
    unauthenticated: 'The companion refused Salesforce’s secret',
    forbidden: 'Not allowed',
    configure_permission_required: 'Permission needed',
    credential_access_missing: 'Permission needed',
    record_not_accessible: 'No access to this record',
    rate_limited: 'Too many requests',
    budget_exhausted: 'Daily API share used up',
    salesforce_not_connected: 'Salesforce is not connected',
    trustworthy_not_connected: 'Trustworthy is not connected',
    salesforce_error: 'Salesforce returned an error',
    trustworthy_error: 'Trustworthy returned an error',
    companion_unreachable: 'The companion cannot be reached',
    unexpected_reply: 'Unexpected reply',
    oauth_state_invalid: 'Sign-in expired',
    oauth_link_expired: 'Sign-in expired',
    connection_verification_failed: 'Could not sign in',
    internal_error: 'The companion hit an error'
};

const FALLBACK_TITLE = 'The action did not complete';

export function titleFor(code: string): string {
    return TITLES[code] ?? FALLBACK_TITLE;
}
