/**
 * One emulated Salesforce org: its objects as each user sees them, its rows,
 * its users, and the routers that serve them. The lead wires `routers` under
 * `/services/data/v:version`; tests and seed scripts use the methods directly.
 */
import type { Router } from 'express';

import type { EmulatorDeps, EmulatorUser, RowSource, SchemaView, UserDirectory } from './context';
import { seedOrg, type OrgIdentity, type SeedOptions } from './records/org-seed';
import { RecordStore, type StoredRecord } from './records/record-store';
import type { ObjectAccess } from './records/record-validation';
import { RecordWriter, type SchemaAccess } from './records/record-writer';
import { locatorFor, parseRecordBody } from './records/value-parsing';
import { createSobjectRouters } from './routes/sobjects';
import { findObject, OBJECT_CATALOG } from './schema/catalog';
import {
    FieldSecurity,
    type FieldSecurityRules,
    type ObjectAccessRules
} from './schema/field-security';
import type { SObjectDef } from './schema/types';
import { toId18 } from '../salesforce/ids';

export interface EmulatorOrgOptions extends SeedOptions {
    /** Two characters of every minted Id after the key prefix (the "pod"). */
    pod?: string;
}

export interface EmulatorOrg extends SchemaView, RowSource, UserDirectory, SchemaAccess {
    readonly adminUserId: string;
    readonly integrationUserId: string;
    readonly store: RecordStore;
    readonly writer: RecordWriter;
    /** Mount each, in order, under `/services/data/v:version`. */
    readonly routers: Router[];

    /** Bulk seeding: full validation, no API accounting; throws on the first failure. */
    insertRecords(
        type: string,
        records: ReadonlyArray<Record<string, unknown>>,
        asUserId?: string
    ): string[];
    setFieldSecurity(userId: string, rules: FieldSecurityRules): void;
    /** Replaces the user's object permissions, e.g. `{ Contact: { create: false } }`; unnamed objects keep full access. */
    setObjectAccess(userId: string, rules: ObjectAccessRules): void;
    getRecord(type: string, id: string): Record<string, unknown> | undefined;
    countRecords(type: string): number;
    createdDate(): Date;
}

const DEFAULT_POD = '8d';

export function createEmulatorOrg(
    deps: EmulatorDeps,
    options: EmulatorOrgOptions = {}
): EmulatorOrg {
    const store = new RecordStore(deps.db, options.pod ?? DEFAULT_POD);
    const identity: OrgIdentity = seedOrg(store, deps.clock, options);
    const security = new FieldSecurity();

    const describeFor = (objectName: string, userId: string): SObjectDef | undefined => {
        const def = findObject(objectName);
        return def ? security.apply(def, userId) : undefined;
    };
    const accessFor = (objectName: string, userId: string): ObjectAccess | undefined => {
        const full = findObject(objectName);
        return full ? { full, visible: security.apply(full, userId) } : undefined;
    };

    const writer = new RecordWriter(store, { accessFor }, deps.clock, deps.faults);
    const users = (): EmulatorUser[] => [...store.rows('User')].map(toEmulatorUser);

    const org: EmulatorOrg = {
        orgId: identity.orgId,
        adminUserId: identity.adminUserId,
        integrationUserId: identity.integrationUserId,
        store,
        writer,
        routers: [],

        objectNames: () => OBJECT_CATALOG.map((def) => def.name),
        describeFor,
        accessFor,
        rows: (objectName) => store.rows(findObject(objectName)?.name ?? objectName),

        findById: (id) => users().find((user) => user.id === (toId18(id) ?? id)),
        findByUsername: (username) =>
            users().find((user) => user.username.toLowerCase() === username.toLowerCase()),

        insertRecords(type, records, asUserId = identity.adminUserId) {
            const access = accessFor(type, asUserId);
            if (!access) throw new Error(`No such object: ${type}`);
            const prepared = records.map((record) =>
                parseRecordBody(access.full, record, locatorFor(record))
            );
            const outcomes = writer.batch(true, prepared, (txn, parsed) =>
                writer.create(txn, access.full.name, parsed, asUserId)
            );

            // All or none: name the record that really failed, not the first one rolled back with it.
            const culprit = outcomes.findIndex(
                (outcome) =>
                    !outcome.ok &&
                    outcome.errors.some(
                        (error) => error.statusCode !== 'ALL_OR_NONE_OPERATION_ROLLED_BACK'
                    )
            );
            const failedAt = culprit >= 0 ? culprit : outcomes.findIndex((outcome) => !outcome.ok);
            const failed = outcomes[failedAt];
            if (failed && !failed.ok) {
                const reason = failed.errors
                    .map((error) => `${error.statusCode}: ${error.message}`)
                    .join('; ');
                throw new Error(`Seeding ${type} record ${failedAt} failed: ${reason}`);
            }
            return outcomes.map((outcome) => (outcome.ok ? outcome.id : ''));
        },

        setFieldSecurity: (userId, rules) => security.set(userId, rules),
        setObjectAccess: (userId, rules) => security.setObjectAccess(userId, rules),

        getRecord(type, id) {
            const def = findObject(type);
            const id18 = toId18(id);
            const row = def && id18 ? store.get(def.name, id18) : undefined;
            return row ? { ...row.values } : undefined;
        },

        countRecords: (type) => store.countLive(findObject(type)?.name ?? type),
        createdDate: () => identity.createdDate
    };

    (org as { routers: Router[] }).routers = createSobjectRouters({
        schema: org,
        store,
        writer,
        clock: deps.clock,
        orgCreatedDate: () => identity.createdDate
    });
    return org;
}

function toEmulatorUser(row: StoredRecord): EmulatorUser {
    const values = row.values;
    return {
        id: values.Id as string,
        username: values.Username as string,
        name: values.Name as string,
        email: values.Email as string,
        profileId: values.ProfileId as string,
        isActive: values.IsActive === true
    };
}
