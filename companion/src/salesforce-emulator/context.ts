/**
 * The seams between the emulator's parts. Each part (auth, records, query)
 * is written against these small interfaces so it can be built and tested on
 * its own, and `server.ts` wires the real implementations together.
 */
import type Database from 'better-sqlite3';

import type { EmulatorClock } from './clock';
import type { FaultSwitches } from './faults';
import type { SObjectDef } from './schema/types';

export interface EmulatorUser {
    id: string;
    username: string;
    name: string;
    email: string;
    profileId: string;
    isActive: boolean;
}

/** A stored record: every field's API value (Id, IsDeleted, SystemModstamp included). */
export interface StoredRow {
    values: Record<string, unknown>;
    isDeleted: boolean;
}

/** The org's objects as one user sees them, after field-level security. */
export interface SchemaView {
    objectNames(userId: string): string[];
    /** undefined when the object does not exist or the user cannot see it. */
    describeFor(objectName: string, userId: string): SObjectDef | undefined;
}

export interface RowSource {
    /** Every row of the object, deleted ones included (queryAll needs them). */
    rows(objectName: string): Iterable<StoredRow>;
}

export interface UserDirectory {
    orgId: string;
    findById(id: string): EmulatorUser | undefined;
    findByUsername(username: string): EmulatorUser | undefined;
}

/** What the request pipeline leaves in `res.locals` for route handlers. */
export interface EmulatorLocals {
    session: { userId: string; orgId: string; clientId: string };
    apiVersion: string;
}

export interface EmulatorDeps {
    db: Database.Database;
    clock: EmulatorClock;
    faults: FaultSwitches;
}
