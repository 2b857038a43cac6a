/**
 * Test connection, Salesforce side: the app settings (consumer key, callback
 * URL), the stored authorization (revoked, scopes), then live calls with the
 * connection the sync would use (API enabled, every mapped object and field
 * visible to the integration user). Each problem found is one diagnosis.
 */
import { ApiError } from '../../../api/api-error';
import { SecretBoxError } from '../../../lib/secret-box';
import { describeFailure } from '../../../salesforce/salesforce-failures';
import type {
    ConnectionsRepository,
    SalesforceConnectionRow
} from '../../../store/connections-repository';
import type { MappingService } from '../../mappings/mapping-service';
import type { DiagnoseOptions, Diagnosis, SideDiagnostics } from '../connection-types';
import type { OAuthWebFlow } from '../oauth-web-flow';
import type { SalesforceSide } from '../salesforce-side';
import { openSalesforceSecrets, scopesOf } from '../sealed-rows';
import type { SecretBox } from '../../../lib/secret-box';
import { probeAuthorize } from './authorize-probe';
import { checkMappedAccess } from './permission-check';
import {
    authorizationRevoked,
    callbackMismatch,
    diagnoseOAuthFailure,
    failureFromLastError,
    missingScope,
    unknownConsumerKey
} from './salesforce-causes';

export interface SalesforceDiagnosticsInput {
    side: SalesforceSide;
    oauth: OAuthWebFlow;
    repository: ConnectionsRepository;
    box: SecretBox;
    mappings: MappingService;
    callbackUrl: string;
    options: DiagnoseOptions;
}

export async function diagnoseSalesforce(
    input: SalesforceDiagnosticsInput
): Promise<SideDiagnostics> {
    const row = await input.repository.salesforce();
    const source = row ? 'stored' : input.side.fallbackSource();
    const diagnoses: Diagnosis[] = [];
    const add = (found: Diagnosis | undefined): void => {
        if (
            found &&
            !diagnoses.some(
                (known) =>
                    known.code === found.code &&
                    known.object === found.object &&
                    known.field === found.field
            )
        )
            diagnoses.push(found);
    };

    const app =
        input.options.salesforceApp ??
        (row?.flow === 'web_server'
            ? { loginUrl: row.login_url, clientId: row.client_id }
            : undefined);
    if (app) add(await appDiagnosis(app.loginUrl, app.clientId, input.callbackUrl));
    if (!row && input.oauth.lastFailure) {
        add(
            diagnoseOAuthFailure(
                {
                    kind: 'oauth',
                    code: input.oauth.lastFailure.error,
                    description: input.oauth.lastFailure.description
                },
                'web_server',
                input.callbackUrl
            )
        );
    }

    if (row) {
        const stored = storedDiagnosis(row, input.box);
        if (stored) return { verdict: 'failed', source, diagnoses: [...diagnoses, stored] };
        add(scopeDiagnosis(row));
    }
    if (source === 'none') {
        add({
            code: 'salesforce_not_connected',
            message: 'No Salesforce org is connected.',
            action: 'Connect the org from the setup page.'
        });
        return { verdict: 'failed', source, diagnoses };
    }

    for (const found of await liveDiagnoses(input, row)) add(found);
    return { verdict: diagnoses.length === 0 ? 'ok' : 'failed', source, diagnoses };
}

async function appDiagnosis(
    loginUrl: string,
    clientId: string,
    callbackUrl: string
): Promise<Diagnosis | undefined> {
    const probe = await probeAuthorize(loginUrl, clientId, callbackUrl);
    if (probe.ok) return undefined;
    if (probe.error === 'invalid_client_id') return unknownConsumerKey();
    if (probe.error === 'redirect_uri_mismatch') return callbackMismatch(callbackUrl);
    if (probe.error === 'invalid_scope') return missingScope(['api', 'refresh_token'], []);
    return diagnoseOAuthFailure(
        {
            kind: probe.error === 'unreachable' ? 'network' : 'oauth',
            code: probe.error,
            description: ''
        },
        'web_server',
        callbackUrl
    );
}

/** A connection already known to be unusable needs no live call to say so. */
function storedDiagnosis(row: SalesforceConnectionRow, box: SecretBox): Diagnosis | undefined {
    if (row.status === 'revoked')
        return authorizationRevoked(
            failureFromLastError(row.last_error ?? 'invalid_grant').description
        );
    try {
        openSalesforceSecrets(box, row);
    } catch (error) {
        if (!(error instanceof SecretBoxError)) throw error;
        return {
            code: 'secret_unreadable',
            message: error.message,
            action: 'Start the companion with the COMPANION_ENCRYPTION_KEY it stored the connection with, or connect the org again.'
        };
    }
    return undefined;
}

function scopeDiagnosis(row: SalesforceConnectionRow): Diagnosis | undefined {
    const granted = scopesOf(row.scopes);
    if (granted.length === 0) return undefined;
    const missing: string[] = [];
    if (!granted.includes('api') && !granted.includes('full')) missing.push('api');
    if (
        row.flow === 'web_server' &&
        !granted.includes('refresh_token') &&
        !granted.includes('offline_access')
    )
        missing.push('refresh_token');
    return missing.length > 0 ? missingScope(missing, granted) : undefined;
}

async function liveDiagnoses(
    input: SalesforceDiagnosticsInput,
    row: SalesforceConnectionRow | undefined
): Promise<Diagnosis[]> {
    const flow = row ? (row.flow as 'web_server' | 'jwt' | 'client_credentials') : null;
    try {
        const port = await input.side.port();
        const check = await checkMappedAccess(port, input.mappings);
        if (!check.stopped) return check.diagnoses;
        return [...check.diagnoses, await afterFailure(input, check.stopped.error, flow)];
    } catch (error) {
        return [await afterFailure(input, error, flow)];
    }
}

/** A stored connection records the precise refusal; the error in hand may only be jsforce's summary of it. */
async function afterFailure(
    input: SalesforceDiagnosticsInput,
    error: unknown,
    flow: 'web_server' | 'jwt' | 'client_credentials' | null
): Promise<Diagnosis> {
    const row = await input.repository.salesforce();
    if (row?.status === 'revoked')
        return authorizationRevoked(
            failureFromLastError(row.last_error ?? 'invalid_grant').description
        );
    const failure = describeFailure(error);
    if (row?.last_error && (error instanceof ApiError || failure.code === 'refresh_failed')) {
        return diagnoseOAuthFailure(failureFromLastError(row.last_error), flow, input.callbackUrl);
    }
    return diagnoseOAuthFailure(failure, flow ?? input.side.fallbackFlow(), input.callbackUrl);
}
