import type { AnalyzerContext, TreeContext } from '../core/analyzer.ts';
import { type Finding } from '../core/finding.ts';
import { type PinFileKind } from './detect.ts';
import { type PinHit } from './hits.ts';
import { type Include } from './requirements.ts';
export interface CheckContext {
    /** Base name of the file (messages, pip.conf detection). */
    name?: string;
    /** Lock file beside the file, if any. */
    lockFile?: string;
    isLocalPath?: (p: string) => boolean;
}
/** Runs the checker for `kind` on `text`; returns the hits and the includes (requirements only). */
export declare function checkText(kind: PinFileKind, input: string, ctx?: CheckContext): {
    hits: PinHit[];
    includes: Include[];
};
/** Checks one text and returns findings for `path`. */
export declare function checkFile(kind: PinFileKind, text: string, path: string, ctx?: CheckContext): Finding[];
/** UTF-8, or UTF-16 when the bytes start with its byte-order mark (the mark becomes a space). */
export declare function decodeText(buf: Buffer): string;
export declare function analyzeTree(ctx: TreeContext): Promise<void>;
/** Pin checks of an archive member (files on disk go through analyzeTree, with includes and lock files). */
export declare function analyzeMember(ctx: AnalyzerContext): Promise<void>;
