/**
 * Which field types each transform can read and write on either side. The
 * Salesforce names are describe's `type` values.
 */
import type { TrustworthyFieldInfo } from '../types';
import type { TransformKind } from './mapping-schema';

type TrustworthyType = TrustworthyFieldInfo['type'];

const SALESFORCE_TEXT = [
    'string',
    'textarea',
    'url',
    'email',
    'phone',
    'combobox',
    'encryptedstring',
    'picklist'
];

export const SALESFORCE_TYPES: Record<TransformKind, readonly string[]> = {
    text: SALESFORCE_TEXT,
    picklist: ['picklist', 'combobox', 'string'],
    multi_picklist: ['multipicklist'],
    date: ['date', 'datetime'],
    datetime: ['datetime', 'date'],
    number: ['currency', 'double', 'percent', 'int', 'long'],
    boolean: ['boolean'],
    email: ['email', 'string'],
    phone: ['phone', 'string'],
    address: ['address'],
    reference: ['reference', 'id']
};

export const TRUSTWORTHY_TYPES: Record<TransformKind, readonly TrustworthyType[]> = {
    text: ['string', 'text', 'url', 'email', 'phone', 'enum'],
    picklist: ['enum', 'string'],
    multi_picklist: ['multi_enum'],
    date: ['date', 'datetime'],
    datetime: ['datetime', 'date'],
    number: ['decimal', 'integer'],
    boolean: ['boolean'],
    email: ['email', 'string'],
    phone: ['phone', 'string'],
    address: ['address'],
    reference: ['reference']
};
