/** Helpers for the mappings endpoints' tests. */
import type { Harness } from '../../../app/test-support/companion-harness';
import type { MappingFile } from '../../../engine/mapping/mapping-schema';

export async function storedDemo(harness: Harness): Promise<MappingFile> {
    const reply = await harness.api('get', '/api/v1/mappings/demo');
    if (reply.status !== 200)
        throw new Error(`the demo mapping is not stored: ${JSON.stringify(reply.body)}`);
    return structuredClone((reply.body as { mapping: MappingFile }).mapping);
}

/** The demo's Contact ↔ member pairing on its own, under another name (no reference to another pairing). */
export async function contactsOnly(harness: Harness, name: string): Promise<MappingFile> {
    const demo = await storedDemo(harness);
    const contacts = demo.pairings.find((pairing) => pairing.salesforceObject === 'Contact');
    if (!contacts) throw new Error('the demo has no Contact pairing');
    contacts.fields = contacts.fields.filter((field) => field.transform !== 'reference');
    return { ...demo, name, pairings: [contacts] };
}

export async function versionCount(harness: Harness, name: string): Promise<number> {
    const rows = await harness.companion.repositories.store
        .selectFrom('mappings')
        .select('version')
        .where('name', '=', name)
        .execute();
    return rows.length;
}

export function detailPaths(body: unknown): string[] {
    return ((body as { error?: { details?: Array<{ path?: string }> } }).error?.details ?? []).map(
        (detail) => detail.path ?? ''
    );
}
