/**
 * What the pin checkers produce before they become findings: a rule, an offset into the text that
 * was checked, and the offending text. `toFindings` turns offsets into 1-based line and column
 * (UTF-16 code units, SARIF's default column kind).
 */
import { type Finding, type RuleDefinition, type Severity } from '../core/finding.ts';
export interface PinHit {
    rule: RuleDefinition;
    /** Offset of the offending text in the checked text. */
    offset: number;
    /** The offending text (shown as evidence.text, cut to 200 characters). */
    text: string;
    message: string;
    severity?: Severity;
    evidence?: Record<string, unknown>;
}
export type HitSink = (hit: PinHit) => void;
/** Full-length lower-case commit hash, the only form Hugging Face and git treat as immutable. */
export declare const COMMIT_RE: RegExp;
export declare const isCommit: (ref: string) => boolean;
export declare function shorten(text: string, max?: number): string;
/** Maps offsets to 1-based line/column. Lines end at \n, \r\n or a lone \r. */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    position(offset: number): {
        line: number;
        column: number;
    };
}
/** Turns hits into findings for `path` (hit offsets are offsets into the text `index` was built from). */
export declare function toFindings(hits: readonly PinHit[], path: string, index: LineIndex, extra?: (hit: PinHit) => Record<string, unknown> | undefined): Finding[];
