/**
 * A pilot's field condition may only name a field that one of the mapping's
 * objects really has (as describe or the Trustworthy schema says), so a
 * caller's text is never taken for a field name the run does not know.
 */
import { ApiError } from '../../api/api-error';
import { isConfidential } from '../../engine/mapping/confidential-fields';
import type { MappingFile } from '../../engine/mapping/mapping-schema';
import { cachedTrustworthyFields, salesforceFieldInfos } from '../../engine/runner/pairing-context';
import type { SalesforcePort, TrustworthyPort } from '../../engine/runner/ports';
import type { PilotFilter } from '../../engine/runner/run-control';
import type { Repositories } from '../../store/repositories';

export async function checkPilot(
    pilot: PilotFilter | undefined,
    mapping: MappingFile,
    sides: { salesforce: SalesforcePort; trustworthy: TrustworthyPort },
    repositories: Repositories,
    now: string,
    path: string
): Promise<void> {
    const where = pilot?.where;
    if (!where) return;

    for (const pairing of mapping.pairings) {
        const names =
            where.side === 'salesforce'
                ? (
                      await salesforceFieldInfos(
                          pairing.salesforceObject,
                          sides.salesforce,
                          repositories,
                          now
                      )
                  ).map((field) => field.name)
                : (
                      await cachedTrustworthyFields(
                          pairing.trustworthyObject,
                          sides.trustworthy,
                          repositories,
                          now
                      )
                  ).map((field) => field.name);
        if (names.includes(where.field) && !isConfidential(pairing, where.side, where.field))
            return;
    }
    throw new ApiError(
        'validation_failed',
        `the pilot condition names a field no object of mapping ${mapping.name} has (or a confidential one)`,
        [{ path: `${path}.where.field`, issue: `unknown ${where.side} field ${where.field}` }]
    );
}
