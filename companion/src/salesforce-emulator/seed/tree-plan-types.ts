/**
 * The shapes an sf data-tree plan is read into: one insert step per data file
 * (and one more per nested child relationship), each record keeping its
 * literal values apart from its `@Ref` references so they can be resolved to
 * the Ids the org hands out while the plan is applied.
 */

export interface TreeParentLink {
    sobject: string;
    referenceId: string;
    /** The parent's child relationship the record was nested under, e.g. `Contacts`. */
    relationshipName: string;
}

export interface TreeRecord {
    referenceId: string;
    /** Literal values keyed by the field names exactly as the file spells them. */
    fields: Record<string, unknown>;
    /** Field name (as spelled in the file) → referenceId whose new Id becomes the value. */
    references: Record<string, string>;
    /** Set when the record was nested under a parent record instead of naming it by `@Ref`. */
    parent?: TreeParentLink;
}

export interface TreeInsertStep {
    sobject: string;
    /** The data file the records came from; every error about them names it. */
    file: string;
    records: TreeRecord[];
}

export type InsertRecords = (
    sobject: string,
    fieldMaps: Array<Record<string, unknown>>
) => Promise<string[]> | string[];

/** Salesforce field names are case-insensitive; this returns the canonical spelling, if any. */
export type CanonicalFieldName = (sobject: string, name: string) => string | undefined;

export class TreePlanError extends Error {
    constructor(
        readonly file: string,
        readonly referenceId: string | undefined,
        readonly problem: string
    ) {
        const where = referenceId === undefined ? file : `${file}: record ${referenceId}`;
        super(`${where}: ${problem}`);
        this.name = 'TreePlanError';
    }
}
