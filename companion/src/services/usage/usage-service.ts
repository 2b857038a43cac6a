/** API usage and the daily budget. The usage helper owns this file and its implementation. */

export interface UsageService {
    /** True once the sync's share of the org's daily API limit is spent; runs check it between batches. */
    budgetReached(): Promise<boolean>;
    /** Throws ApiError('budget_exhausted') when the sync's share of the daily limit is spent. */
    assertBudget(): Promise<void>;
}
