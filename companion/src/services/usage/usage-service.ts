/** API usage and the daily budget. The usage helper owns this file and its implementation. */

export interface UsageService {
    /** Throws ApiError('budget_exhausted') when the sync's share of the daily limit is spent. */
    assertBudget(): Promise<void>;
}
