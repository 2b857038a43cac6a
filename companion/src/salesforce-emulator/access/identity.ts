/**
 * The identity service's two views of a user: the identity URL body
 * (`/id/<org>/<user>`) and the OpenID Connect userinfo body. The sf CLI reads
 * `user_id`, `organization_id` and `preferred_username` from userinfo.
 */
import type { EmulatorUser } from '../context';

/** The emulated org's users carry no locale settings; these are a new org's defaults. */
const DEFAULT_TIMEZONE = 'America/Los_Angeles';
const DEFAULT_UTC_OFFSET_MS = -8 * 60 * 60 * 1000;

interface SplitName {
    first: string | null;
    last: string;
}

function splitName(fullName: string): SplitName {
    const parts = fullName.trim().split(/\s+/);
    const last = parts.pop() ?? '';
    return { first: parts.length > 0 ? parts.join(' ') : null, last };
}

function serviceUrls(instanceUrl: string, orgId: string, userId: string): Record<string, string> {
    const rest = `${instanceUrl}/services/data/v{version}`;
    const org15 = orgId.slice(0, 15);
    return {
        enterprise: `${instanceUrl}/services/Soap/c/{version}/${org15}`,
        metadata: `${instanceUrl}/services/Soap/m/{version}/${org15}`,
        partner: `${instanceUrl}/services/Soap/u/{version}/${org15}`,
        rest: `${rest}/`,
        sobjects: `${rest}/sobjects/`,
        search: `${rest}/search/`,
        query: `${rest}/query/`,
        recent: `${rest}/recent/`,
        tooling_soap: `${instanceUrl}/services/Soap/T/{version}/${org15}`,
        tooling_rest: `${rest}/tooling/`,
        profile: `${instanceUrl}/${userId}`,
        feeds: `${rest}/chatter/feeds`,
        groups: `${rest}/chatter/groups`,
        users: `${rest}/chatter/users`,
        feed_items: `${rest}/chatter/feed-items`,
        feed_elements: `${rest}/chatter/feed-elements`,
        custom_domain: instanceUrl
    };
}

function photos(instanceUrl: string): Record<string, string> {
    return {
        picture: `${instanceUrl}/profilephoto/005/F`,
        thumbnail: `${instanceUrl}/profilephoto/005/T`
    };
}

function isoSeconds(instant: Date): string {
    return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface IdentityInput {
    user: EmulatorUser;
    orgId: string;
    instanceUrl: string;
    asOf: Date;
}

export function identityBody({ user, orgId, instanceUrl, asOf }: IdentityInput): object {
    const name = splitName(user.name);
    return {
        id: `${instanceUrl}/id/${orgId}/${user.id}`,
        asserted_user: true,
        user_id: user.id,
        organization_id: orgId,
        username: user.username,
        nick_name: user.username.split('@')[0] ?? user.username,
        display_name: user.name,
        email: user.email,
        email_verified: true,
        first_name: name.first,
        last_name: name.last,
        timezone: DEFAULT_TIMEZONE,
        photos: photos(instanceUrl),
        addr_street: null,
        addr_city: null,
        addr_state: null,
        addr_country: null,
        addr_zip: null,
        mobile_phone: null,
        mobile_phone_verified: false,
        is_lightning_login_user: false,
        status: { created_date: null, body: null },
        urls: serviceUrls(instanceUrl, orgId, user.id),
        active: user.isActive,
        user_type: 'STANDARD',
        language: 'en_US',
        locale: 'en_US',
        utcOffset: DEFAULT_UTC_OFFSET_MS,
        last_modified_date: isoSeconds(asOf),
        is_app_installed: true
    };
}

export function userInfoBody({ user, orgId, instanceUrl, asOf }: IdentityInput): object {
    const name = splitName(user.name);
    const pictures = photos(instanceUrl);
    return {
        sub: `${instanceUrl}/id/${orgId}/${user.id}`,
        user_id: user.id,
        organization_id: orgId,
        preferred_username: user.username,
        nickname: user.username.split('@')[0] ?? user.username,
        name: user.name,
        email: user.email,
        email_verified: true,
        given_name: name.first,
        family_name: name.last,
        zoneinfo: DEFAULT_TIMEZONE,
        photos: pictures,
        profile: `${instanceUrl}/${user.id}`,
        picture: pictures.picture,
        address: {},
        is_salesforce_integration_user: false,
        urls: serviceUrls(instanceUrl, orgId, user.id),
        active: user.isActive,
        user_type: 'STANDARD',
        language: 'en_US',
        locale: 'en_US',
        utcOffset: DEFAULT_UTC_OFFSET_MS,
        updated_at: isoSeconds(asOf),
        is_app_installed: true
    };
}
