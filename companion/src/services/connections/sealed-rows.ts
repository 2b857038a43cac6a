/**
 * The stored connection rows with their secrets opened. A value that cannot
 * be opened (another key, an edited row) surfaces as a clear error naming
 * the cause, never as a garbled token sent to Salesforce.
 */
import type { SecretBox } from '../../lib/secret-box';
import type { SalesforceConnectionRow } from '../../store/connections-repository';

export interface OpenedSalesforceSecrets {
    accessToken: string | undefined;
    refreshToken: string | undefined;
    clientSecret: string | undefined;
    privateKeyPem: string | undefined;
}

export function openSalesforceSecrets(
    box: SecretBox,
    row: SalesforceConnectionRow
): OpenedSalesforceSecrets {
    const open = (sealed: string | null): string | undefined =>
        sealed === null ? undefined : box.open(sealed);
    return {
        accessToken: open(row.access_token_sealed),
        refreshToken: open(row.refresh_token_sealed),
        clientSecret: open(row.client_secret_sealed),
        privateKeyPem: open(row.private_key_sealed)
    };
}

export function sealOptional(box: SecretBox, value: string | undefined): string | null {
    return value === undefined || value === '' ? null : box.seal(value);
}

export function scopesOf(text: string | undefined): string[] {
    return (text ?? '').split(/\s+/).filter((scope) => scope.length > 0);
}
