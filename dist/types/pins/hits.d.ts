/**
 * What the pin checkers produce before they become findings: hits (a rule, an offset into the
 * checked text, the offending text), model references (every model a file names, pinned or not,
 * for the policy's `sources`), and includes (requirements files a command names). `toFindings`
 * turns offsets into 1-based line and column (UTF-16 code units, SARIF's default column kind).
 *
 * Checkers write to a `PinSink` they are given; nothing is collected in module state, so two
 * checks can run interleaved.
 */
import { type Finding, type RuleDefinition, type Severity } from '../core/finding.ts';
import type { ModelReference, ModelSource } from '../core/model-source.ts';
export { COMMIT_RE, isCommit } from '../core/model-source.ts';
export interface PinHit {
    rule: RuleDefinition;
    /** Offset of the offending text in the checked text. */
    offset: number;
    /** The offending text (shown as evidence.text, cut to 200 characters). */
    text: string;
    message: string;
    severity?: Severity;
    evidence?: Record<string, unknown>;
    /** The model the hit is about (also reported as a reference), shown as evidence.source. */
    source?: ModelSource;
}
export type HitSink = (hit: PinHit) => void;
/** A model named at `offset`. */
export interface RefHit {
    source: ModelSource;
    pinned: boolean;
    offset: number;
    text: string;
}
export interface Include {
    kind: 'requirement' | 'constraint';
    target: string;
    offset: number;
    text: string;
    /** Named by a command (pip install -r in a script/Dockerfile): followed when found, never reported when not. */
    soft?: boolean;
}
export interface PinSink {
    hit: HitSink;
    reference(ref: RefHit): void;
    include(inc: Include): void;
}
/** A sink that keeps everything, in order. */
export interface PinCollector extends PinSink {
    hits: PinHit[];
    refs: RefHit[];
    includes: Include[];
}
/** Hits kept per rule in one file; the rest are counted into one summary hit (a report must stay readable and bounded). */
export declare const MAX_HITS_PER_RULE = 1000;
/** Distinct model references kept per file; past it the file is reported as not fully checked. */
export declare const MAX_REFS_PER_FILE = 10000;
/** Includes followed per file. */
export declare const MAX_INCLUDES_PER_FILE = 1000;
/** The overflow of a collector: how many hits of each rule were not kept, and whether references were dropped. */
export interface Overflow {
    hits: Map<RuleDefinition, {
        count: number;
        first: PinHit;
    }>;
    refsDropped: number;
}
export declare function collector(): PinCollector & {
    overflow: Overflow;
};
/** A sink whose offsets are mapped by `offset` (text embedded in another text), with extra hit evidence. */
export declare function remap(out: PinSink, offset: (o: number) => number, evidence?: (h: PinHit) => Record<string, unknown> | undefined): PinSink;
/** A sink that drops references and includes (for checks whose references are reported elsewhere). */
export declare function hitsOnly(hit: HitSink): PinSink;
/**
 * Reports a model reference and, when given, the hit about it (the hit carries the source). Every
 * checker goes through here, so a pinned reference is reported as surely as an unpinned one.
 */
export declare function reportModel(out: PinSink, ref: RefHit, hit?: Omit<PinHit, 'source'>): void;
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
/** Turns references into report entries for `path`. */
export declare function toReferences(refs: readonly RefHit[], path: string, index: LineIndex, via: string): ModelReference[];
