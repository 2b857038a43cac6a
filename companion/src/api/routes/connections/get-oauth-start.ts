import { z } from 'zod';

import { defineRoute } from '../../define-route';
import { OAUTH_START_PATH } from '../../../salesforce/oauth-web-server';

export const getOAuthStart = defineRoute({
    method: 'get',
    path: OAUTH_START_PATH,
    summary:
        "Opened in the admin's browser: spends the link and redirects to the org's authorize page (state + PKCE S256).",
    tag: 'connections',
    auth: 'public',
    query: z.object({ link: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a connection link') }),
    response: null,
    successStatus: 302,
    errors: ['not_found', 'oauth_link_expired'],
    handler: async ({ query, deps, res }) => {
        const target = await deps.connections.startOAuth(query.link);
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Referrer-Policy', 'no-referrer');
        res.redirect(302, target);
    }
});
