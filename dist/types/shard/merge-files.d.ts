import type { Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
/** Partial files named on the command line; a folder stands for the `*.json` files in it (downloaded artifacts). */
export declare function partialFiles(args: readonly string[]): Promise<string[]>;
export type MergeResult = {
    kind: 'scan';
    report: Report;
} | {
    kind: 'lock';
    lockText: string;
};
/** Reads and merges partial results: one report (scan partials) or one lock file text (lock partials). */
export declare function mergeFiles(args: readonly string[], failOn: Severity | undefined): Promise<MergeResult>;
