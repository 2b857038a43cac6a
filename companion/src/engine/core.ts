/** The sync engine's pure core, in one import for the runner. */
export {
    parseMappingFile,
    loadMappingFile,
    type MappingParseResult
} from './mapping/parse-mapping-file';
export {
    checkMappingAgainstSchemas,
    type SchemaIssue,
    type SchemaResolvers
} from './mapping/check-against-schemas';
export type {
    FieldMapping,
    MappingFile,
    MappingIssue,
    Pairing,
    TransformKind
} from './mapping/mapping-schema';
export { readLogicalValue } from './transforms/read-logical-value';
export { transformValue } from './transforms/transform-value';
export { salesforceAddressFields } from './transforms/address';
export type {
    ReferenceResolver,
    TransformContext,
    TransformResult,
    Warning
} from './transforms/transform-types';
export { comparableValue, type Comparable } from './compare/comparable-value';
export { valueHash } from './compare/value-hash';
export { sameAcrossSides } from './compare/same-across-sides';
export { matchesBase, sideHashes } from './compare/side-hashes';
export { planRecord } from './merge/plan-record';
export type {
    FieldConflict,
    FieldDecision,
    FieldError,
    FieldOutcome,
    LinkBase,
    PlanInput,
    PlanTargets,
    RecordPlan
} from './merge/plan-types';
export { matchKeyValue } from './matching/match-key-value';
export { decideMatch, type MatchDecision, type MatchEvidence } from './matching/decide-match';
