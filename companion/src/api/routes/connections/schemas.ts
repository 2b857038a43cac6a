/** Contracts shared by the connections endpoints. No schema here has room for a secret in a reply. */
import { z } from 'zod';

export const connectionSource = z.enum(['stored', 'environment', 'emulator', 'none']);
export const connectionStatus = z.enum([
    'connected',
    'configured',
    'not_connected',
    'revoked',
    'error'
]);

export const salesforceState = z.object({
    source: connectionSource,
    status: connectionStatus,
    flow: z.enum(['web_server', 'jwt', 'client_credentials', 'refresh_token']).nullable(),
    loginUrl: z.string().nullable(),
    instanceUrl: z.string().nullable(),
    orgId: z.string().nullable(),
    userId: z.string().nullable(),
    username: z.string().nullable(),
    scopes: z.array(z.string()),
    connectedAt: z.string().nullable(),
    lastError: z.string().nullable()
});

export const trustworthyState = z.object({
    source: connectionSource,
    status: connectionStatus,
    baseUrl: z.string().nullable(),
    connectedAt: z.string().nullable(),
    lastError: z.string().nullable()
});

/** Salesforce consumer keys are printable ASCII without spaces (typically 85 characters). */
export const clientId = z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'must be the Consumer Key, without spaces');
export const loginUrl = z.string().min(1).max(300);
export const secretText = z.string().min(1).max(500);

export const diagnosis = z.object({
    code: z.string(),
    message: z.string(),
    action: z.string(),
    object: z.string().optional(),
    field: z.string().optional()
});

export const sideDiagnostics = z.object({
    verdict: z.enum(['ok', 'failed']),
    source: connectionSource,
    diagnoses: z.array(diagnosis)
});
