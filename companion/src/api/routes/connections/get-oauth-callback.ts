import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { OAUTH_CALLBACK_PATH } from '../../../salesforce/oauth-web-server';
import { sendCallbackPage } from './callback-page';

export const getOAuthCallback = defineRoute({
    method: 'get',
    path: OAUTH_CALLBACK_PATH,
    summary:
        'Salesforce redirects here: the state is checked and spent, the code exchanged with the PKCE verifier, the tokens stored encrypted; answers a small HTML page.',
    tag: 'connections',
    auth: 'public',
    query: z.object({
        code: z.string().min(1).max(2000).optional(),
        state: z.string().min(1).max(200).optional(),
        error: z.string().min(1).max(200).optional(),
        error_description: z.string().max(2000).optional()
    }),
    response: null,
    errors: ['oauth_state_invalid'],
    handler: async ({ query, deps, res }) => {
        const outcome = await deps.connections.completeOAuth({
            code: query.code,
            state: query.state,
            error: query.error,
            errorDescription: query.error_description
        });
        sendCallbackPage(res, outcome);
    }
});
