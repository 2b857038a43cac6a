/**
 * The two sides as one pairing's pass sees them: confidential fields are
 * never selected from Salesforce and are stripped from every record either
 * side returns (Trustworthy answers with whole records), so no confidential
 * value reaches planning, the audit log or a log line.
 */
import { redactConfidential, withoutConfidential } from '../mapping/confidential-fields';
import type { Pairing } from '../mapping/mapping-schema';
import type { Side, SideRecord } from '../types';
import type { SalesforcePort, TrustworthyPort } from './ports';

export function confidentialSafePorts(
    pairing: Pairing,
    salesforce: SalesforcePort,
    trustworthy: TrustworthyPort
): { salesforce: SalesforcePort; trustworthy: TrustworthyPort } {
    const anyConfidential =
        (pairing.confidentialFields?.salesforce.length ?? 0) +
            (pairing.confidentialFields?.trustworthy.length ?? 0) >
        0;
    if (!anyConfidential) return { salesforce, trustworthy };

    const clean =
        (side: Side) =>
        (record: SideRecord): SideRecord => ({
            ...record,
            values: redactConfidential(pairing, side, record.values)
        });
    const columns = (fields: string[]): string[] =>
        withoutConfidential(pairing, 'salesforce', fields);

    const safeSalesforce: SalesforcePort = Object.create(salesforce) as SalesforcePort;
    Object.assign(safeSalesforce, {
        changedSince: async (objectName: string, fields: string[], since: string | undefined) =>
            (await salesforce.changedSince(objectName, columns(fields), since)).map(
                clean('salesforce')
            ),
        findBy: async (objectName: string, fields: string[], field: string, values: string[]) =>
            (await salesforce.findBy(objectName, columns(fields), field, values)).map(
                clean('salesforce')
            )
    });

    const safeTrustworthy: TrustworthyPort = Object.create(trustworthy) as TrustworthyPort;
    Object.assign(safeTrustworthy, {
        changesSince: async (objectName: string, cursor: string | undefined) => {
            const feed = await trustworthy.changesSince(objectName, cursor);
            return {
                ...feed,
                changes: feed.changes.map((change) =>
                    change.record
                        ? { ...change, record: clean('trustworthy')(change.record) }
                        : change
                )
            };
        },
        findBy: async (objectName: string, field: string, values: string[]) =>
            (await trustworthy.findBy(objectName, field, values)).map(clean('trustworthy'))
    });
    return { salesforce: safeSalesforce, trustworthy: safeTrustworthy };
}
