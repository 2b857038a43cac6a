/**
 * Test connection, Trustworthy side: one schema read with the key in effect,
 * no retries, and the refusal named (invalid key, unreachable, other).
 */
import { ApiError } from '../../../api/api-error';
import { TrustworthyApiError } from '../../../trustworthy/api-error';
import { TrustworthyClient } from '../../../trustworthy/trustworthy-client';
import type { Diagnosis, SideDiagnostics } from '../connection-types';
import type { TrustworthySide } from '../trustworthy-side';

export async function diagnoseTrustworthy(side: TrustworthySide): Promise<SideDiagnostics> {
    let account;
    try {
        account = await side.account();
    } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const diagnosis: Diagnosis = {
            code: 'trustworthy_error',
            message: error.message,
            action: 'Connect the Trustworthy account again (base URL and API key).'
        };
        return { verdict: 'failed', source: 'none', diagnoses: [diagnosis] };
    }

    try {
        await new TrustworthyClient({
            baseUrl: account.baseUrl,
            apiKey: account.apiKey,
            maxRetries: 0,
            timeoutMs: 10_000
        }).getSchema();
        return { verdict: 'ok', source: account.source, diagnoses: [] };
    } catch (error) {
        return { verdict: 'failed', source: account.source, diagnoses: [diagnosisOf(error)] };
    }
}

function diagnosisOf(error: unknown): Diagnosis {
    if (error instanceof TrustworthyApiError && (error.status === 401 || error.status === 403)) {
        return {
            code: 'trustworthy_key_invalid',
            message: `Trustworthy refused the API key (${error.status} ${error.code}).`,
            action: "Create a new API key in the Trustworthy account and save it in the companion's connection settings."
        };
    }
    if (error instanceof TrustworthyApiError && error.status === 0) {
        return {
            code: 'trustworthy_unreachable',
            message: `Trustworthy could not be reached (${error.code}).`,
            action: 'Check the base URL and that the companion can reach it.'
        };
    }
    const detail =
        error instanceof TrustworthyApiError
            ? `${error.status} ${error.code}`
            : 'unexpected failure';
    return {
        code: 'trustworthy_error',
        message: `Trustworthy answered with an error (${detail}).`,
        action: 'Try again later; if it persists, contact Trustworthy support with the time of the test.'
    };
}
