/**
 * Which URLs the admin may point the companion at. Salesforce login URLs are
 * limited to Salesforce's own login hosts and My Domains (plus the local
 * emulator when it runs), so a start link can never send the browser or a
 * token request anywhere else. Trustworthy must be https, except on loopback
 * where a local test server speaks plain http.
 */
import { ApiError } from '../../api/api-error';

/*
 * login/test.salesforce.com, and My Domains: `acme.my.salesforce.com`,
 * `acme--uat.sandbox.my.salesforce.com`, developer and scratch variants.
 * Government Cloud and Experience Cloud login hosts are not accepted yet:
 * such orgs cannot be connected through the web-server flow until added here.
 */
const SALESFORCE_LOGIN_HOST =
    /^(?:(?:login|test)\.salesforce\.com|[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?(?:\.(?:sandbox|develop|scratch))?\.my\.salesforce\.com)$/i;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkSalesforceLoginUrl(
    value: string,
    emulatorUrl: string | undefined,
    path = 'body.loginUrl'
): string {
    const url = parse(value, path);
    const origin = url.origin;
    if (emulatorUrl && origin === new URL(emulatorUrl).origin && plainOrigin(url)) return origin;

    if (
        url.protocol !== 'https:' ||
        !SALESFORCE_LOGIN_HOST.test(url.hostname) ||
        url.port !== '' ||
        !plainOrigin(url)
    ) {
        throw invalid(
            path,
            "must be https://login.salesforce.com, https://test.salesforce.com or the org's My Domain URL (https://<domain>.my.salesforce.com)"
        );
    }
    return origin;
}

export function checkTrustworthyBaseUrl(value: string, path = 'body.baseUrl'): string {
    const url = parse(value, path);
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
        throw invalid(path, 'must be an https URL');
    if (url.username || url.password || url.search || url.hash)
        throw invalid(path, 'must not carry credentials, a query or a fragment');
    return url.toString().replace(/\/+$/, '');
}

function parse(value: string, path: string): URL {
    try {
        return new URL(value);
    } catch {
        throw invalid(path, 'must be a URL');
    }
}

function plainOrigin(url: URL): boolean {
    return (
        !url.username &&
        !url.password &&
        (url.pathname === '/' || url.pathname === '') &&
        !url.search &&
        !url.hash
    );
}

function invalid(path: string, issue: string): ApiError {
    return new ApiError('validation_failed', 'the request body is not valid', [{ path, issue }]);
}
