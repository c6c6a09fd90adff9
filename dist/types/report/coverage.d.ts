/**
 * What a scan looked at, for a report that has nothing to say otherwise: how many files of each
 * kind (archive members included), what modelvet does with that kind, and what was left out on
 * purpose (`.git`). A clean result means something only when it says what was checked.
 */
import type { Report } from '../core/report.ts';
/** What the analyzers of a kind do with it (a test keeps it in step with the analyzers). */
export declare const KIND_CHECKS: Readonly<Record<string, string>>;
export interface KindCount {
    kind: string;
    files: number;
    bytes: number;
    checks?: string;
}
/** Files per kind (a container's member kinds counted once per container), most files first. */
export declare function kindCounts(report: Report): KindCount[];
/** Folders left out on purpose, per target (`model/.git`). */
export declare function skippedPaths(report: Report): string[];
