import { defineRoute } from '../../define-route';

export const getMetrics = defineRoute({
    method: 'get',
    path: '/metrics',
    summary:
        'Prometheus metrics (text exposition format): runs by status, records by direction and outcome, errors by code, API calls by system, API usage.',
    tag: 'usage',
    auth: 'salesforce',
    response: null,
    handler: async ({ deps, res }) => {
        const { contentType, body } = await deps.usage.metrics();
        res.status(200).type(contentType).send(body);
    }
});
