/**
 * The one place a report format is chosen: the CLI and the Action both render through here. Each
 * renderer loads on first use (a JSON run never loads the Markdown code).
 */
import type { RuleLookup } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
export declare const REPORT_FORMATS: readonly ['human', 'json', 'sarif', 'markdown'];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export declare function isReportFormat(value: string): value is ReportFormat;
export interface RenderOptions {
    format: ReportFormat;
    /** human: ANSI colours. */
    color?: boolean;
    /** human, markdown: only what fails. */
    quiet?: boolean;
    /** human: every file with its kind and verdict. */
    verbose?: boolean;
    /** sarif: the folder URIs are relative to. */
    cwd?: string;
    /** markdown: byte budget. */
    maxBytes?: number;
    /** human, markdown, sarif: where rule texts come from (default: the default scanner's rules). */
    rules?: RuleLookup;
}
export declare function renderReport(report: Report, o: RenderOptions): Promise<string>;
