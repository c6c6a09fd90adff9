/**
 * The one place a report format is chosen: the CLI and the Action both render through here. Each
 * renderer loads on first use (a JSON run never loads the Markdown code).
 */
import type { RuleLookup } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { loadHumanRenderer, loadJsonRenderer, loadMarkdownRenderer, loadSarifRenderer } from '../lazy.ts';

export const REPORT_FORMATS = ['human', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

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

export async function renderReport(report: Report, o: RenderOptions): Promise<string> {
  switch (o.format) {
    case 'json':
      return (await loadJsonRenderer()).renderJson(report);
    case 'sarif':
      return (await loadSarifRenderer()).renderSarif(report, {
        cwd: o.cwd,
        rules: o.rules,
      });
    case 'markdown':
      return (await loadMarkdownRenderer()).renderMarkdown(report, {
        quiet: Boolean(o.quiet),
        maxBytes: o.maxBytes,
        rules: o.rules,
      });
    case 'human':
      return (await loadHumanRenderer()).renderHuman(report, {
        color: Boolean(o.color),
        quiet: Boolean(o.quiet),
        verbose: Boolean(o.verbose),
        rules: o.rules,
      });
  }
}
