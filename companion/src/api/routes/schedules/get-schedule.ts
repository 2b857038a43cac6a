import { defineRoute } from '../../define-route';
import { scheduleParams, scheduleStateContract } from './schedule-contracts';

export const getSchedule = defineRoute({
    method: 'get',
    path: '/api/v1/mappings/:name/schedule',
    summary:
        "A mapping's schedule (manual when none was set), its last run and when it is next due.",
    tag: 'schedules',
    auth: 'salesforce',
    params: scheduleParams,
    response: scheduleStateContract,
    errors: ['not_found'],
    handler: async ({ deps, params }) => ({ body: await deps.scheduler.scheduleOf(params.name) })
});
