/**
 * The environment, parsed once at start. A bad or incomplete setting stops
 * the process with every problem named, rather than failing later mid-sync.
 * With no Salesforce or Trustworthy credentials at all, the companion runs
 * on its embedded emulators; a half-configured side is an error, never a
 * silent fallback to the emulator.
 */
import path from 'node:path';

import { z } from 'zod';

import { parseEncryptionKey } from '../lib/secret-box';

const optionalText = z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional();

/* Digits only: `1e3`, `0x10` and an empty value are mistakes, not ports. */
const port = z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number from 0 to 65535'));

const EnvSchema = z.object({
    PORT: z
        .preprocess((value) => (value === '' ? undefined : value), port.optional())
        .transform((value) => value ?? 4610),
    DATA_DIR: z.string().trim().min(1).default('data'),
    LOG_LEVEL: z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
        .default('info'),
    SYNC_INTERVAL_SECONDS: z.coerce.number().int().min(300).max(86_400).default(900),

    SALESFORCE_LOGIN_URL: optionalText.pipe(z.url().optional()),
    SALESFORCE_INSTANCE_URL: optionalText.pipe(z.url().optional()),
    SALESFORCE_CLIENT_ID: optionalText,
    SALESFORCE_CLIENT_SECRET: optionalText,
    SALESFORCE_USERNAME: optionalText,
    SALESFORCE_PRIVATE_KEY_FILE: optionalText,
    SALESFORCE_REFRESH_TOKEN: optionalText,
    SALESFORCE_API_VERSION: z
        .string()
        .regex(/^\d{2}\.0$/, 'must look like 62.0')
        .default('62.0'),

    COMPANION_API_SECRET: optionalText.pipe(
        z.string().min(32, 'must be at least 32 characters').optional()
    ),
    COMPANION_PUBLIC_URL: optionalText.pipe(z.url().optional()),
    COMPANION_ENCRYPTION_KEY: optionalText.pipe(
        z
            .string()
            .refine(
                isEncryptionKey,
                'must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`)'
            )
            .optional()
    ),

    TRUSTWORTHY_BASE_URL: optionalText.pipe(z.url().optional()),
    TRUSTWORTHY_API_KEY: optionalText
});

type RawEnv = z.infer<typeof EnvSchema>;

export type SalesforceSettings =
    | { mode: 'emulator' }
    | {
          mode: 'jwt';
          loginUrl: string;
          clientId: string;
          username: string;
          privateKeyFile: string;
          apiVersion: string;
      }
    | {
          mode: 'refresh_token';
          loginUrl: string;
          instanceUrl: string;
          clientId: string;
          clientSecret?: string;
          refreshToken: string;
          apiVersion: string;
      }
    | {
          mode: 'client_credentials';
          loginUrl: string;
          clientId: string;
          clientSecret: string;
          apiVersion: string;
      };

export type TrustworthySettings =
    { mode: 'emulator' } | { mode: 'remote'; baseUrl: string; apiKey: string };

export interface AppConfig {
    port: number;
    /** Unset on the embedded default: a local secret is made and kept in DATA_DIR. */
    apiSecret: string | undefined;
    publicUrl: string | undefined;
    /** Base64 AES-256 key for secrets at rest; unset on the embedded default (a local key is made in DATA_DIR). */
    encryptionKey?: string | undefined;
    dataDir: string;
    logLevel: RawEnv['LOG_LEVEL'];
    syncIntervalSeconds: number;
    salesforce: SalesforceSettings;
    trustworthy: TrustworthySettings;
}

export class ConfigError extends Error {
    constructor(readonly problems: string[]) {
        super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
        this.name = 'ConfigError';
    }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
    const parsed = EnvSchema.safeParse(env);
    if (!parsed.success) {
        throw new ConfigError(
            parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        );
    }

    const raw = parsed.data;
    const problems: string[] = [];
    const salesforce = salesforceSettings(raw, problems);
    const trustworthy = trustworthySettings(raw, problems);
    if (problems.length > 0) throw new ConfigError(problems);

    if (
        !raw.COMPANION_API_SECRET &&
        (salesforce?.mode !== 'emulator' || trustworthy?.mode !== 'emulator')
    ) {
        problems.push(
            'COMPANION_API_SECRET: required (at least 32 characters) when a real Salesforce org or Trustworthy account is configured'
        );
    }
    if (
        !raw.COMPANION_ENCRYPTION_KEY &&
        (salesforce?.mode !== 'emulator' || trustworthy?.mode !== 'emulator')
    ) {
        problems.push(
            'COMPANION_ENCRYPTION_KEY: required (32 bytes, base64) when a real Salesforce org or Trustworthy account is configured'
        );
    }
    if (problems.length > 0) throw new ConfigError(problems);

    return {
        port: raw.PORT,
        apiSecret: raw.COMPANION_API_SECRET,
        publicUrl: raw.COMPANION_PUBLIC_URL,
        encryptionKey: raw.COMPANION_ENCRYPTION_KEY,
        dataDir: path.resolve(raw.DATA_DIR),
        logLevel: raw.LOG_LEVEL,
        syncIntervalSeconds: raw.SYNC_INTERVAL_SECONDS,
        salesforce: salesforce as SalesforceSettings,
        trustworthy: trustworthy as TrustworthySettings
    };
}

function isEncryptionKey(value: string): boolean {
    try {
        parseEncryptionKey(value);
        return true;
    } catch {
        return false;
    }
}

function salesforceSettings(raw: RawEnv, problems: string[]): SalesforceSettings | undefined {
    const anySet = [
        raw.SALESFORCE_LOGIN_URL,
        raw.SALESFORCE_INSTANCE_URL,
        raw.SALESFORCE_CLIENT_ID,
        raw.SALESFORCE_CLIENT_SECRET,
        raw.SALESFORCE_USERNAME,
        raw.SALESFORCE_PRIVATE_KEY_FILE,
        raw.SALESFORCE_REFRESH_TOKEN
    ].some((value) => value !== undefined);
    if (!anySet) return { mode: 'emulator' };

    const loginUrl = raw.SALESFORCE_LOGIN_URL ?? 'https://test.salesforce.com';
    const apiVersion = raw.SALESFORCE_API_VERSION;
    const clientId = raw.SALESFORCE_CLIENT_ID;
    if (!clientId)
        problems.push('SALESFORCE_CLIENT_ID: required when any SALESFORCE_* credential is set');

    if (raw.SALESFORCE_PRIVATE_KEY_FILE || raw.SALESFORCE_USERNAME) {
        if (!raw.SALESFORCE_USERNAME)
            problems.push('SALESFORCE_USERNAME: required for the JWT bearer flow');
        if (!raw.SALESFORCE_PRIVATE_KEY_FILE)
            problems.push('SALESFORCE_PRIVATE_KEY_FILE: required for the JWT bearer flow');
        if (!clientId || !raw.SALESFORCE_USERNAME || !raw.SALESFORCE_PRIVATE_KEY_FILE)
            return undefined;
        return {
            mode: 'jwt',
            loginUrl,
            clientId,
            username: raw.SALESFORCE_USERNAME,
            privateKeyFile: raw.SALESFORCE_PRIVATE_KEY_FILE,
            apiVersion
        };
    }

    if (raw.SALESFORCE_REFRESH_TOKEN) {
        if (!raw.SALESFORCE_INSTANCE_URL)
            problems.push('SALESFORCE_INSTANCE_URL: required with SALESFORCE_REFRESH_TOKEN');
        if (!clientId || !raw.SALESFORCE_INSTANCE_URL) return undefined;
        return {
            mode: 'refresh_token',
            loginUrl,
            instanceUrl: raw.SALESFORCE_INSTANCE_URL,
            clientId,
            ...(raw.SALESFORCE_CLIENT_SECRET ? { clientSecret: raw.SALESFORCE_CLIENT_SECRET } : {}),
            refreshToken: raw.SALESFORCE_REFRESH_TOKEN,
            apiVersion
        };
    }

    if (!raw.SALESFORCE_CLIENT_SECRET) {
        problems.push(
            'SALESFORCE_CLIENT_SECRET: required for the client-credentials flow (or set SALESFORCE_USERNAME + SALESFORCE_PRIVATE_KEY_FILE for JWT, or SALESFORCE_REFRESH_TOKEN)'
        );
    }
    if (!raw.SALESFORCE_LOGIN_URL) {
        problems.push(
            "SALESFORCE_LOGIN_URL: the org's My Domain URL is required for the client-credentials flow"
        );
    }
    if (!clientId || !raw.SALESFORCE_CLIENT_SECRET || !raw.SALESFORCE_LOGIN_URL) return undefined;
    return {
        mode: 'client_credentials',
        loginUrl,
        clientId,
        clientSecret: raw.SALESFORCE_CLIENT_SECRET,
        apiVersion
    };
}

function trustworthySettings(raw: RawEnv, problems: string[]): TrustworthySettings | undefined {
    if (!raw.TRUSTWORTHY_BASE_URL && !raw.TRUSTWORTHY_API_KEY) return { mode: 'emulator' };
    if (!raw.TRUSTWORTHY_BASE_URL)
        problems.push('TRUSTWORTHY_BASE_URL: required with TRUSTWORTHY_API_KEY');
    if (!raw.TRUSTWORTHY_API_KEY)
        problems.push('TRUSTWORTHY_API_KEY: required with TRUSTWORTHY_BASE_URL');
    if (!raw.TRUSTWORTHY_BASE_URL || !raw.TRUSTWORTHY_API_KEY) return undefined;
    return { mode: 'remote', baseUrl: raw.TRUSTWORTHY_BASE_URL, apiKey: raw.TRUSTWORTHY_API_KEY };
}
