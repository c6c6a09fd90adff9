import type { AnalyzerContext, TreeContext } from '../core/analyzer.ts';
import { type Finding } from '../core/finding.ts';
import type { ModelReference } from '../core/model-source.ts';
import { type PinFileKind } from './detect.ts';
import { type Include, LineIndex, type PinHit, type RefHit } from './hits.ts';
export interface CheckContext {
    /** Base name of the file (messages, pip.conf detection). */
    name?: string;
    /** Lock file beside the file, if any (for requirements.in: the file pip-compile wrote from it). */
    lockFile?: string;
    isLocalPath?: (p: string) => boolean;
}
export interface CheckResult {
    hits: PinHit[];
    refs: RefHit[];
    includes: Include[];
}
/** Runs the checker for `kind` on `text`; whatever it throws becomes one pin/unparseable hit. */
export declare function checkText(kind: PinFileKind, input: string, ctx?: CheckContext): CheckResult;
/** Checks one text and returns findings for `path`. */
export declare function checkFile(kind: PinFileKind, text: string, path: string, ctx?: CheckContext): Finding[];
/** Checks one text and returns its findings and model references for `path`. */
export declare function checkFileFully(kind: PinFileKind, text: string, path: string, ctx?: CheckContext): {
    findings: Finding[];
    references: ModelReference[];
    includes: Include[];
    index: LineIndex;
};
/** UTF-8, or UTF-16 when the bytes start with its byte-order mark (the mark becomes a space). */
export declare function decodeText(buf: Buffer): string;
export declare function analyzeTree(ctx: TreeContext): Promise<void>;
/** Pin checks of an archive member (files on disk go through analyzeTree, with includes and lock files). */
export declare function analyzeMember(ctx: AnalyzerContext): Promise<void>;
