/**
 * What the OAuth and identity routes share: the registered apps, the token
 * authority, and where the emulator says it lives.
 */
import type { Request } from 'express';

import type { EmulatorClock } from '../clock';
import type { ConnectedAppRegistry } from './connected-apps';
import { requestOrigin } from './request-values';
import type { SessionAuthority } from './session-authority';

export interface OAuthRouterOptions {
    apps: ConnectedAppRegistry;
    sessions: SessionAuthority;
    clock: EmulatorClock;
    /** Who approves an authorize request that carries no `login_hint` naming someone else. */
    approvingUsername: string;
    /** Fixed instance URL for token replies; by default the origin each request came in on. */
    instanceUrl?: string;
}

const PUBLIC_LOGIN_URLS = ['https://login.salesforce.com', 'https://test.salesforce.com'];

export function instanceUrlFor(options: OAuthRouterOptions, req: Request): string {
    return (options.instanceUrl ?? requestOrigin(req)).replace(/\/+$/, '');
}

/** JWT audiences accepted: this emulator under either name, or the public login hosts. */
export function acceptedAudiences(options: OAuthRouterOptions, req: Request): string[] {
    return [requestOrigin(req), instanceUrlFor(options, req), ...PUBLIC_LOGIN_URLS];
}
