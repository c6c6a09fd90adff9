/**
 * The zip rules: one finding per kind of discrepancy the reader (./reader.ts) records as an issue.
 */
import { type RuleDefinition } from '../../core/finding.ts';
import type { ZipIssueCode } from './reader.ts';
export declare const ZIP_MALFORMED: RuleDefinition;
export declare const ZIP_NAME_MISMATCH: RuleDefinition;
export declare const ZIP_FLAG_BITS: RuleDefinition;
export declare const ZIP_BAD_CRC: RuleDefinition;
export declare const ZIP_OVERLAP: RuleDefinition;
export declare const ZIP_OUT_OF_BOUNDS: RuleDefinition;
export declare const ZIP_DUPLICATE_NAME: RuleDefinition;
export declare const ZIP_PREFIX: RuleDefinition;
export declare const ZIP_AMBIGUOUS: RuleDefinition;
export declare const ZIP_SIZE_MISMATCH: RuleDefinition;
export declare const ZIP_HIDDEN_ENTRY: RuleDefinition;
export declare const ZIP_UNREFERENCED_DATA: RuleDefinition;
export declare const ZIP_LOADER_DIFFERENTIAL: RuleDefinition;
export declare const ISSUE_RULES: Record<ZipIssueCode, RuleDefinition>;
export declare const ZIP_POLYGLOT: RuleDefinition;
