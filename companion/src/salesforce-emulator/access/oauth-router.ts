/**
 * Every OAuth and identity endpoint of the emulated login service, in one
 * list. Mount it at the app's root.
 */
import express, { Router } from 'express';

import { AuthorizationCodes } from './authorization-codes';
import { createAuthorizeHandler } from './authorize-route';
import { createIdentityHandler, createUserInfoHandler } from './identity-routes';
import type { OAuthRouterOptions } from './oauth-options';
import { createRevokeHandler, createTokenHandler } from './token-routes';

export type { OAuthRouterOptions } from './oauth-options';

export function createOAuthRouter(options: OAuthRouterOptions): Router {
    const codes = new AuthorizationCodes(options.clock);
    const router = Router();
    const formBody = express.urlencoded({ extended: false, limit: '64kb' });

    router.get('/services/oauth2/authorize', createAuthorizeHandler(options, codes));
    router.post('/services/oauth2/token', formBody, createTokenHandler(options, codes));
    router.post('/services/oauth2/revoke', formBody, createRevokeHandler(options));
    router.get('/services/oauth2/revoke', createRevokeHandler(options));
    router.get('/services/oauth2/userinfo', createUserInfoHandler(options));
    router.post('/services/oauth2/userinfo', createUserInfoHandler(options));
    router.get('/id/:orgId/:userId', createIdentityHandler(options));
    return router;
}
