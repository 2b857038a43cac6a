/**
 * Asks the org's authorize endpoint about a consumer key and our callback URL
 * without signing anyone in: Salesforce refuses an unknown key or an
 * unregistered callback before it shows a login page. The answer is read from
 * a JSON error, an error redirect, or the error page's text.
 */
import { WEB_SERVER_SCOPES } from '../../../salesforce/oauth-web-server';

const PROBED_ERRORS = [
    'invalid_client_id',
    'redirect_uri_mismatch',
    'invalid_scope',
    'invalid_client'
] as const;
export type ProbeResult =
    | { ok: true }
    | { ok: false; error: string }
    | { ok: false; error: 'unreachable'; detail: string };

export async function probeAuthorize(
    loginUrl: string,
    clientId: string,
    redirectUri: string
): Promise<ProbeResult> {
    const url = new URL('/services/oauth2/authorize', loginUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', clientId);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('scope', WEB_SERVER_SCOPES.join(' '));

    let reply: Response;
    try {
        reply = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    } catch (error) {
        return {
            ok: false,
            error: 'unreachable',
            detail: error instanceof Error ? error.message : String(error)
        };
    }

    const location = reply.headers.get('location') ?? '';
    const text = await reply.text();
    const named = PROBED_ERRORS.find((error) => errorIn(location, text, error));
    return named ? { ok: false, error: named } : { ok: true };
}

function errorIn(location: string, body: string, error: string): boolean {
    if (location) {
        const target = new URL(location, 'http://placeholder.invalid');
        if (target.searchParams.get('error') === error) return true;
    }
    return body.includes(error);
}
