/**
 * Turns what the walks saw into findings: one finding per distinct global, extension code, kind of
 * computed call and limit, each with a count (a name used a million times is one line), and at most
 * `MAX_PER_RULE` distinct findings per rule, the rest summed up in one more.
 *
 * In a stream that breaks on content (not on a limit), what cannot have run is left out: names that are
 * not Python identifier paths (random bytes spell those; the unpickler fails to import them before the
 * break) and extension-registry lookups nothing called.
 */
import { type ReportedFinding } from '../../core/finding.ts';
import type { WalkResult } from './state.ts';
export declare const IDENT: RegExp;
export interface ClassifyContext {
    extraAllow: ReadonlySet<string>;
    loader: 'python' | 'torchscript';
}
/** True when a broken stream could have run something before its break. */
export declare function didSomething(r: WalkResult): boolean;
export declare class PickleFacts {
    private readonly globals;
    private readonly exts;
    private readonly computed;
    private readonly limits;
    private readonly ctx;
    globalCount: number;
    constructor(ctx: ClassifyContext);
    absorb(r: WalkResult, stream: number): void;
    limit(limit: string, message: string, offset: number): void;
    private classify;
    private absorbGlobal;
    /** Keeps the bound-method reading of a getattr site only while every use of it fits. */
    private absorbBound;
    /** Reports everything absorbed, prefixed with `where` (the source's label). */
    report(report: (f: ReportedFinding) => void, where: string): void;
}
