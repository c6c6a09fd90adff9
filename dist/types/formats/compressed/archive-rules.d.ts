/**
 * Rules every container shares (zip, tar, gzip/bz2/xz/zstd wrappers): bombs, member paths that
 * escape an extraction folder, links, members that could not be decompressed. One rule per
 * technique whatever the container, so a policy can allow or deny it in one place.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import type { ExpandLimit, ExpandResult } from './expand.ts';
export declare const ARCHIVE_BOMB: import("../../core/finding.ts").RuleDefinition;
export declare const ARCHIVE_PATH_TRAVERSAL: import("../../core/finding.ts").RuleDefinition;
export declare const ARCHIVE_LINK_ESCAPE: import("../../core/finding.ts").RuleDefinition;
export declare const ARCHIVE_LINK: import("../../core/finding.ts").RuleDefinition;
export declare const ARCHIVE_UNSUPPORTED_COMPRESSION: import("../../core/finding.ts").RuleDefinition;
export declare const ARCHIVE_TOO_MANY_MEMBERS: import("../../core/finding.ts").RuleDefinition;
/** Reports a member that `expand()` stopped at a limit. */
export declare function reportBomb(ctx: AnalyzerContext, member: readonly string[], limit: ExpandLimit | undefined, message: string, evidence?: Record<string, unknown>): void;
/**
 * Reports why a compressed stream was not expanded to its end: a bomb (a limit was reached) or a
 * stream that breaks. `stream` names it in the message (`gzip stream`, `zlib stream`).
 */
export declare function reportFailedExpansion(ctx: AnalyzerContext, member: readonly string[], result: Extract<ExpandResult, {
    ok: false;
}>, stream: string, kind: string): void;
/** True when a link target (relative to the link's folder `dir`) leaves the archive root. */
export declare function linkEscapes(dir: string, target: string): boolean;
