/** The zod contracts the schema endpoints share. */
import { z } from 'zod';

/* API names only: the name reaches describe and, through mappings, SOQL. */
export const salesforceObjectName = z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,79}$/, 'a Salesforce API name such as Contact or Household__c');
export const trustworthyObjectName = z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a Trustworthy object name such as member');

export const refreshQuery = z.strictObject({
    refresh: z.enum(['true', 'false']).optional()
});

export const salesforceFieldContract = z.object({
    name: z.string(),
    label: z.string(),
    type: z.string(),
    length: z.number(),
    precision: z.number(),
    scale: z.number(),
    digits: z.number(),
    nillable: z.boolean(),
    createable: z.boolean(),
    updateable: z.boolean(),
    defaultedOnCreate: z.boolean(),
    externalId: z.boolean(),
    calculated: z.boolean(),
    autoNumber: z.boolean(),
    restrictedPicklist: z.boolean(),
    picklistValues: z.array(
        z.object({ value: z.string(), label: z.string().nullable(), active: z.boolean() })
    ),
    referenceTo: z.array(z.string()),
    compoundFieldName: z.string().nullable()
});

export const trustworthyFieldContract = z.object({
    name: z.string(),
    type: z.string(),
    required: z.boolean(),
    readOnly: z.boolean(),
    maxLength: z.number().optional(),
    precision: z.number().optional(),
    scale: z.number().optional(),
    enumValues: z.array(z.string()).optional(),
    referenceTo: z.string().optional()
});

export const SCHEMA_ERRORS = [
    'salesforce_not_connected',
    'trustworthy_not_connected',
    'salesforce_error',
    'trustworthy_error'
];
