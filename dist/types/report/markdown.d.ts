import { type RuleLookup } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export declare const MARKDOWN_MAX_BYTES: number;
export interface MarkdownOptions {
    /** Only findings at or above the fail level. */
    quiet?: boolean;
    /** Byte budget (default MARKDOWN_MAX_BYTES). */
    maxBytes?: number;
    /** Where rule texts come from (default: the default scanner's rules; pass `scanner.rule` for your own). */
    rules?: RuleLookup;
}
export declare function renderMarkdown(report: Report, options?: MarkdownOptions): string;
