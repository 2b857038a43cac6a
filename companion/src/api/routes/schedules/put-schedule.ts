import { defineRoute } from '../../define-route';
import { scheduleBody, scheduleParams, scheduleStateContract } from './schedule-contracts';

export const putSchedule = defineRoute({
    method: 'put',
    path: '/api/v1/mappings/:name/schedule',
    summary:
        "Sets a mapping's schedule: manual, interval (every 5 to 1440 minutes), daily (HH:MM in an IANA time zone), " +
        'cron (5 fields, time zone optional, UTC by default) or realtime (Trustworthy webhooks and Salesforce Change Data Capture).',
    tag: 'schedules',
    auth: 'salesforce',
    params: scheduleParams,
    body: scheduleBody,
    response: scheduleStateContract,
    errors: ['not_found'],
    handler: async ({ deps, params, body }) => ({
        body: await deps.scheduler.setSchedule(params.name, body)
    })
});
