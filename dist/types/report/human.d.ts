import { type Finding, type RuleLookup, type Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
export { formatBytes } from './units.ts';
export interface HumanOptions {
    color: boolean;
    /** Only findings at or above the fail level, failed verifications, and the verdict. */
    quiet?: boolean;
    /** Also list every file with its kind and verdict. */
    verbose?: boolean;
    /** Where rule texts come from (default: the default scanner's rules; pass `scanner.rule` for your own). */
    rules?: RuleLookup;
}
/** `line 3:7, offset 120` (the member chain is shown by the grouping). */
export declare function positionText(f: Finding): string;
/** Counts by severity, most severe first: `1 critical, 2 high`. */
export declare function countsText(bySeverity: Record<Severity, number>): string;
/** `3 files, 1.20 GiB in 2.10 s (585 MiB/s); findings: 1 critical, 2 high; 1 suppressed by policy`. */
export declare function summaryText(report: Report): string;
/** `Checked: 3 safetensors (header validated), 2 json (...); skipped: model/.git`. */
export declare function checkedText(report: Report): string;
/** Findings of one rule and severity in one file (and member) collapse into the first and a count. */
export interface CollapsedFinding {
    first: Finding;
    count: number;
}
export declare function collapseRepeats(findings: readonly Finding[]): CollapsedFinding[];
export declare function renderHuman(report: Report, options: HumanOptions): string;
