/**
 * The `/limits` resource: every limit as `{ Max, Remaining }` integers.
 * Only the daily API allowance is live; the rest report a fresh Developer
 * Edition org with nothing used, which is all a sync client looks at.
 */
import type { ApiUsageSnapshot } from './api-usage';

const STATIC_LIMITS: ReadonlyArray<readonly [string, number]> = [
    ['AnalyticsExternalDataSizeMB', 40960],
    ['BOZosCalloutHourlyLimit', 20000],
    ['ConcurrentAsyncGetReportInstances', 200],
    ['ConcurrentEinsteinDataInsightsStoryCreation', 5],
    ['ConcurrentEinsteinDiscoveryStoryCreation', 2],
    ['ConcurrentSyncReportRuns', 20],
    ['DailyAnalyticsDataflowJobExecutions', 60],
    ['DailyAnalyticsUploadedFilesSizeMB', 51200],
    ['DailyAsyncApexExecutions', 250000],
    ['DailyBulkApiBatches', 15000],
    ['DailyBulkV2QueryFileStorageMB', 976562],
    ['DailyBulkV2QueryJobs', 10000],
    ['DailyDurableGenericStreamingApiEvents', 10000],
    ['DailyDurableStreamingApiEvents', 10000],
    ['DailyEinsteinDataInsightsStoryCreation', 1000],
    ['DailyEinsteinDiscoveryPredictAPICalls', 50000],
    ['DailyEinsteinDiscoveryPredictionsByCDC', 500000],
    ['DailyEinsteinDiscoveryStoryCreation', 100],
    ['DailyFunctionsApiCallLimit', 50000],
    ['DailyGenericStreamingApiEvents', 10000],
    ['DailyStandardVolumePlatformEvents', 10000],
    ['DailyStreamingApiEvents', 10000],
    ['DailyWorkflowEmails', 195],
    ['DataStorageMB', 5],
    ['DurableStreamingApiConcurrentClients', 20],
    ['FileStorageMB', 20],
    ['HourlyAsyncReportRuns', 1200],
    ['HourlyDashboardRefreshes', 200],
    ['HourlyDashboardResults', 5000],
    ['HourlyDashboardStatuses', 999999999],
    ['HourlyLongTermIdMapping', 100000],
    ['HourlyManagedContentPublicRequests', 50000],
    ['HourlyODataCallout', 1000],
    ['HourlyPublishedPlatformEvents', 50000],
    ['HourlyPublishedStandardVolumePlatformEvents', 1000],
    ['HourlyShortTermIdMapping', 100000],
    ['HourlySyncReportRuns', 500],
    ['HourlyTimeBasedWorkflow', 50],
    ['MassEmail', 10],
    ['MonthlyEinsteinDiscoveryStoryCreation', 500],
    ['MonthlyPlatformEventsUsageEntitlement', 0],
    ['Package2VersionCreates', 6],
    ['Package2VersionCreatesWithoutValidation', 500],
    ['PermissionSets', 1500],
    ['PrivateConnectOutboundCalloutHourlyLimitMB', 0],
    ['SingleEmail', 15],
    ['StreamingApiConcurrentClients', 20]
];

export interface LimitValue {
    Max: number;
    Remaining: number;
}

export function limitsBody(api: ApiUsageSnapshot): Record<string, LimitValue> {
    const entries: Array<[string, LimitValue]> = STATIC_LIMITS.map(([name, max]) => [
        name,
        { Max: max, Remaining: max }
    ]);
    const remaining = Math.max(0, api.limit - api.used);
    entries.push(['DailyApiRequests', { Max: api.limit, Remaining: remaining }]);

    // Keep Salesforce's alphabetical order so the reply reads like a real org's.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
}
