/**
 * The notification type the Trustworthy package deploys, present in the
 * emulated org as if the package were installed. Idempotent: a restarted
 * emulator keeps the same Id.
 */
import { formatSalesforceDateTime, type EmulatorClock } from '../clock';
import type { RecordStore } from './record-store';

export const SYNC_ALERT_NOTIFICATION_TYPE = 'Trustworthy_Sync_Alert';

export function seedNotificationType(
    store: RecordStore,
    clock: EmulatorClock,
    createdById: string
): string {
    const existing = [...store.rows('CustomNotificationType')].find(
        (row) => row.values.DeveloperName === SYNC_ALERT_NOTIFICATION_TYPE
    );
    if (existing) return existing.values.Id as string;

    const stamp = formatSalesforceDateTime(clock.now());
    const id = store.mintId('0ML');
    const values = {
        Id: id,
        DeveloperName: SYNC_ALERT_NOTIFICATION_TYPE,
        MasterLabel: 'Trustworthy Sync Alert',
        CustomNotifTypeName: 'Trustworthy Sync Alert',
        Description: 'Failed runs, held conflicts, revoked authorisation and a reached API budget.',
        Desktop: true,
        Mobile: true,
        NamespacePrefix: null,
        CreatedDate: stamp,
        CreatedById: createdById,
        LastModifiedDate: stamp,
        LastModifiedById: createdById,
        SystemModstamp: stamp
    };
    const txn = store.begin();
    txn.put({ objectName: 'CustomNotificationType', values, isDeleted: false, deletedDate: null });
    txn.commit();
    return id;
}
