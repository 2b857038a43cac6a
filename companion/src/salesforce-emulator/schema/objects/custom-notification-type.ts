import { auditFields, idField } from '../common-fields';
import { checkbox, readOnly, text, textArea } from '../field-builders';
import type { SObjectDef } from '../types';

/**
 * A notification type set up in Setup (Notification Builder). Read-only
 * through the API; its Id is what the custom notification action needs.
 */
export const CUSTOM_NOTIFICATION_TYPE: SObjectDef = {
    name: 'CustomNotificationType',
    label: 'Custom Notification Type',
    labelPlural: 'Custom Notification Types',
    keyPrefix: '0ML',
    custom: false,
    fields: [
        idField('Custom Notification Type'),
        readOnly(text('DeveloperName', 'API Name', 40, { nillable: false })),
        readOnly(text('MasterLabel', 'Label', 80, { nillable: false })),
        readOnly(text('CustomNotifTypeName', 'Custom Notification Name', 80, { nillable: false })),
        readOnly(textArea('Description', 'Description', 255)),
        readOnly(checkbox('Desktop', 'Desktop')),
        readOnly(checkbox('Mobile', 'Mobile')),
        readOnly(text('NamespacePrefix', 'Namespace Prefix', 15)),
        ...auditFields()
    ]
};
