/**
 * The one error the adapter throws. It keeps the API's own code and details,
 * and says whether trying again later could succeed, so the sync engine can
 * tell "back off" from "this record is wrong" without reading messages.
 */

export interface TrustworthyErrorDetail {
    path: string;
    issue: string;
}

export interface TrustworthyApiErrorInit {
    status: number;
    code: string;
    message: string;
    details?: TrustworthyErrorDetail[];
    retryable: boolean;
    retryAfterSeconds?: number;
}

/** Codes the adapter itself produces; the rest come from the API's envelope. */
export const CLIENT_ERROR_CODES = {
    network: 'network_error',
    contract: 'contract_violation',
    unexpectedReply: 'unexpected_reply',
    badArgument: 'invalid_argument'
} as const;

export class TrustworthyApiError extends Error {
    /** 0 when no HTTP reply arrived (network failure, timeout). */
    readonly status: number;
    readonly code: string;
    readonly details: TrustworthyErrorDetail[];
    readonly retryable: boolean;
    readonly retryAfterSeconds?: number;

    constructor(init: TrustworthyApiErrorInit) {
        super(init.message);
        this.name = 'TrustworthyApiError';
        this.status = init.status;
        this.code = init.code;
        this.details = init.details ?? [];
        this.retryable = init.retryable;
        if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    }
}

export function isRetryableStatus(status: number): boolean {
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
