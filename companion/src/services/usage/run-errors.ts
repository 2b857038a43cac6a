/** The error codes a finished run met: each failed record's, and the run's own when it failed. */
import type { RunSummary } from '../../engine/runner/summary';
import type { Repositories } from '../../store/repositories';

const ERROR_CODE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;

export async function errorCodesOf(
    summary: RunSummary,
    repositories: Repositories
): Promise<string[]> {
    const codes: string[] = [];
    if (summary.totals.failed > 0) {
        for (const change of await repositories.audit.forRun(summary.runId)) {
            if (change.action === 'fail') codes.push(change.errorCode ?? 'UNKNOWN_ERROR');
        }
    }
    if (summary.status === 'failed')
        codes.push(ERROR_CODE.exec(summary.error ?? '')?.[0] ?? 'RUN_FAILED');
    return codes;
}
