/**
 * Helpers for tests that need a running emulator: an in-memory database, a
 * manual clock, one API key, and ids that fit the contract's id pattern.
 */
import Database from 'better-sqlite3';

import { makeSalesforceId } from '../../salesforce/ids';
import { ManualClock } from '../clock';
import type { StartedTrustworthyEmulator, TrustworthyEmulatorOptions } from '../emulator';
import { startTrustworthyEmulator } from '../emulator';

export const TEST_API_KEY = 'tw_test_key_0123456789';

export interface TestEmulator extends StartedTrustworthyEmulator {
    clock: ManualClock;
    db: Database.Database;
    /** Stops the server and closes the database. */
    stop(): Promise<void>;
}

export async function startTestEmulator(
    options: Partial<TrustworthyEmulatorOptions> & { dbPath?: string } = {}
): Promise<TestEmulator> {
    const db = options.db ?? new Database(options.dbPath ?? ':memory:');
    const clock = options.clock instanceof ManualClock ? options.clock : new ManualClock();
    const started = await startTrustworthyEmulator({
        apiKeys: [TEST_API_KEY],
        ...options,
        db,
        clock
    });
    return {
        ...started,
        clock,
        db,
        stop: async () => {
            await started.close();
            db.close();
        }
    };
}

/** `hh_` + 26 Crockford characters ending in the number, e.g. testId('hh_', 7). */
export function testId(prefix: string, n: number): string {
    return prefix + String(n).padStart(26, '0');
}

/** A valid 18-character Contact Id. */
export function testContactId(n: number): string {
    return makeSalesforceId('003', '5g', n);
}
