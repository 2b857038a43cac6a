/**
 * Operational logs: JSON lines with a fixed message and the values as fields.
 * A run gets a child logger carrying its run id, so every line it writes can
 * be found again. Secrets are redacted by path as a last line of defence;
 * the first is never logging them.
 */
import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

const REDACTED_PATHS = [
    'accessToken',
    'refreshToken',
    'clientSecret',
    'apiKey',
    'password',
    'authorization',
    '*.accessToken',
    '*.refreshToken',
    '*.clientSecret',
    '*.apiKey',
    'headers.authorization'
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    const options: pino.LoggerOptions = {
        level,
        base: { service: 'trustworthy-sync-companion' },
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
        timestamp: pino.stdTimeFunctions.isoTime
    };
    return destination ? pino(options, destination) : pino(options, pino.destination(2));
}

export function runLogger(parent: Logger, runId: string): Logger {
    return parent.child({ runId });
}
