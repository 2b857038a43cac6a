/**
 * The rows every org has before anyone writes: the Organization record, an
 * admin and the integration user the product connects as. Seeding is
 * idempotent, so an emulator restarted on the same database keeps its Ids.
 */
import { formatSalesforceDateTime, type EmulatorClock } from '../clock';
import { findObject } from '../schema/catalog';
import type { RecordStore, StoredRecord } from './record-store';

export interface SeedOptions {
    orgName?: string;
    adminUsername?: string;
    /** The user the product's connected app runs as. */
    integrationUsername?: string;
    isSandbox?: boolean;
}

export interface OrgIdentity {
    orgId: string;
    adminUserId: string;
    integrationUserId: string;
    createdDate: Date;
}

export const DEFAULT_ADMIN_USERNAME = 'admin@trustworthy-sync.example';
export const DEFAULT_INTEGRATION_USERNAME = 'integration@trustworthy-sync.example';

function blank(objectName: string): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const field of findObject(objectName)?.fields ?? []) {
        values[field.name] = field.type === 'boolean' ? false : null;
    }
    return values;
}

function stamps(stamp: string, byUserId: string): Record<string, unknown> {
    return {
        CreatedDate: stamp,
        CreatedById: byUserId,
        LastModifiedDate: stamp,
        LastModifiedById: byUserId,
        SystemModstamp: stamp
    };
}

function ensureUser(
    store: RecordStore,
    username: string,
    firstName: string,
    lastName: string,
    stamp: string,
    createdById: string | undefined
): StoredRecord {
    const existing = [...store.rows('User')].find(
        (row) => String(row.values.Username).toLowerCase() === username.toLowerCase()
    );
    if (existing) return existing;

    const id = store.mintId('005');
    const values = {
        ...blank('User'),
        Id: id,
        Username: username,
        FirstName: firstName,
        LastName: lastName,
        Name: `${firstName} ${lastName}`,
        Alias: lastName.slice(0, 8).toLowerCase(),
        Email: username,
        IsActive: true,
        ProfileId: store.mintId('00e'),
        UserType: 'Standard',
        TimeZoneSidKey: 'Europe/London',
        LocaleSidKey: 'en_GB',
        LanguageLocaleKey: 'en_US',
        ...stamps(stamp, createdById ?? id)
    };
    const row: StoredRecord = { objectName: 'User', values, isDeleted: false, deletedDate: null };
    const txn = store.begin();
    txn.put(row);
    txn.commit();
    return row;
}

export function seedOrg(
    store: RecordStore,
    clock: EmulatorClock,
    options: SeedOptions
): OrgIdentity {
    const stamp = formatSalesforceDateTime(clock.now());
    const adminUsername = options.adminUsername ?? DEFAULT_ADMIN_USERNAME;
    const admin = ensureUser(store, adminUsername, 'Org', 'Admin', stamp, undefined);
    const adminId = admin.values.Id as string;
    const integration = ensureUser(
        store,
        options.integrationUsername ?? DEFAULT_INTEGRATION_USERNAME,
        'Trustworthy',
        'Integration',
        stamp,
        adminId
    );

    let organization = [...store.rows('Organization')][0];
    if (!organization) {
        const values = {
            ...blank('Organization'),
            Id: store.mintId('00D'),
            Name: options.orgName ?? 'Trustworthy Emulated Org',
            Country: 'GB',
            InstanceName: 'EU42',
            IsSandbox: options.isSandbox ?? false,
            OrganizationType: 'Developer Edition',
            DefaultLocaleSidKey: 'en_GB',
            TimeZoneSidKey: 'Europe/London',
            LanguageLocaleKey: 'en_US',
            ...stamps(stamp, adminId)
        };
        organization = { objectName: 'Organization', values, isDeleted: false, deletedDate: null };
        const txn = store.begin();
        txn.put(organization);
        txn.commit();
    }

    const createdDate = organization.values.CreatedDate;
    return {
        orgId: organization.values.Id as string,
        adminUserId: adminId,
        integrationUserId: integration.values.Id as string,
        createdDate: new Date(
            typeof createdDate === 'string' ? createdDate.replace('+0000', 'Z') : stamp
        )
    };
}
