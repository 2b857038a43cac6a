/**
 * One call that builds the access part of the emulator from its settings.
 * The server mounts the pieces in this order:
 *   normalisePath → oauthRouter → controlRouter → restGate → records/query routers.
 */
import type { Router } from 'express';

import type { EmulatorDeps, UserDirectory } from '../context';
import { createApiUsage, type ApiUsage } from './api-usage';
import { DEFAULT_API_VERSIONS, type ApiVersionRange } from './api-versions';
import { ConnectedAppRegistry, type ConnectedApp } from './connected-apps';
import { createControlRouter } from './control-router';
import { normalisePath } from './normalise-path';
import { createOAuthRouter } from './oauth-router';
import { createRestGate } from './rest-gate';
import { SessionAuthority, type PreIssuedToken } from './session-authority';
import { TokenStore } from './token-store';

/** A Developer Edition org's daily allowance. */
export const DEFAULT_DAILY_API_LIMIT = 15000;

export interface AccessLayerOptions {
    deps: EmulatorDeps;
    users: UserDirectory;
    apps: readonly ConnectedApp[];
    /** Who approves authorize requests (see `OAuthRouterOptions`). */
    approvingUsername: string;
    dailyApiLimit?: number;
    versions?: ApiVersionRange;
    preIssuedTokens?: readonly PreIssuedToken[];
    /** Fixed instance URL; by default each reply names the origin the request came in on. */
    instanceUrl?: string;
    /** Serve `/__emulator`; off unless a test harness asks for it. */
    controlEnabled?: boolean;
}

export interface AccessLayer {
    normalisePath: typeof normalisePath;
    oauthRouter: Router;
    controlRouter: Router;
    restGate: Router;
    apps: ConnectedAppRegistry;
    sessions: SessionAuthority;
    usage: ApiUsage;
}

export function createAccessLayer(options: AccessLayerOptions): AccessLayer {
    const { db, clock, faults } = options.deps;
    const apps = new ConnectedAppRegistry(options.apps);
    const sessions = new SessionAuthority({
        store: new TokenStore(db),
        users: options.users,
        clock,
        faults,
        ...(options.preIssuedTokens ? { preIssuedTokens: options.preIssuedTokens } : {})
    });
    const usage = createApiUsage({
        db,
        clock,
        dailyLimit: options.dailyApiLimit ?? DEFAULT_DAILY_API_LIMIT
    });
    const instanceUrl = options.instanceUrl ? { instanceUrl: options.instanceUrl } : {};

    return {
        normalisePath,
        oauthRouter: createOAuthRouter({
            apps,
            sessions,
            clock,
            approvingUsername: options.approvingUsername,
            ...instanceUrl
        }),
        controlRouter: createControlRouter(faults, usage, {
            enabled: options.controlEnabled ?? false
        }),
        restGate: createRestGate({
            sessions,
            usage,
            faults,
            versions: options.versions ?? DEFAULT_API_VERSIONS,
            ...instanceUrl
        }),
        apps,
        sessions,
        usage
    };
}
