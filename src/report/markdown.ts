/**
 * Markdown report for a GitHub Actions job summary: verdict, summary line, one table per severity,
 * verifications, and what a policy suppressed. Kept under GitHub's 1 MiB summary limit: rows past
 * the budget are counted, not shown.
 */
import { atLeast, type Finding, SEVERITIES } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { positionText, summaryText } from './human.ts';

/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export const MARKDOWN_MAX_BYTES = 1000 * 1000;

export interface MarkdownOptions {
  /** Only findings at or above the fail level. */
  quiet?: boolean;
  /** Byte budget (default MARKDOWN_MAX_BYTES). */
  maxBytes?: number;
}

/** Text safe inside a table cell: no pipes, newlines, HTML or control characters. */
export function cell(text: string): string {
  return text
    .replace(/[\x00-\x1f\x7f]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .trim();
}

const code = (text: string) => (text ? `\`${cell(text)}\`` : '');

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.member?.length) parts.push(`in ${code(f.member.join(' → '))}`);
  const pos = positionText(f);
  if (pos) parts.push(pos);
  return parts.join(', ');
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const reserve = 2000; // the closing notes always fit
  let used = 0;
  let omitted = 0;
  const out: string[] = [];
  const push = (line: string, force = false): boolean => {
    const n = Buffer.byteLength(line) + 1;
    if (!force && used + n > budget - reserve) return false;
    out.push(line);
    used += n;
    return true;
  };

  const pass = report.verdict === 'pass';
  push(`## modelvet: ${pass ? '✅ PASS' : '❌ FAIL'}`, true);
  push('', true);
  push(`**${pass ? 'PASS' : 'FAIL'}** (fail-on ${report.failOn}): ${cell(report.reason)}`, true);
  push('', true);
  push(cell(summaryText(report)), true);
  if (report.policy) push(`\nPolicy: ${code(report.policy.source)}`, true);
  push('', true);

  const shown = options.quiet
    ? report.findings.filter((f) => atLeast(f.severity, report.failOn))
    : report.findings;
  for (const severity of SEVERITIES.slice().reverse()) {
    const list = shown.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const header = [
      `### ${severity[0]!.toUpperCase()}${severity.slice(1)} (${list.length})`,
      '',
      '| Rule | File | Where | Message |',
      '| --- | --- | --- | --- |',
    ];
    if (!push(header.join('\n'))) {
      omitted += list.length;
      continue;
    }
    for (const f of list) {
      if (!push(`| ${code(f.rule)} | ${code(f.path)} | ${where(f)} | ${cell(f.message)} |`)) omitted++;
    }
    push('');
  }

  const checks = options.quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  if (
    checks.length &&
    push('### Verifications\n\n| Check | Source | Result | Message |\n| --- | --- | --- | --- |')
  ) {
    for (const v of checks) {
      if (
        !push(
          `| ${cell(v.kind)} | ${code(v.source)} | ${v.ok ? '✅ verified' : '❌ failed'} | ${cell(v.message)} |`,
        )
      )
        omitted++;
    }
    push('');
  }

  const suppressed = options.quiet ? [] : (report.suppressed ?? []);
  if (
    suppressed.length &&
    push(
      `### Suppressed by policy (${suppressed.length})\n\n| Rule | File | Reason | Expires |\n| --- | --- | --- | --- |`,
    )
  ) {
    for (const f of suppressed) {
      const expires = f.suppression.expires ?? '';
      if (!push(`| ${code(f.rule)} | ${code(f.path)} | ${cell(f.suppression.reason)} | ${expires} |`))
        omitted++;
    }
    push('');
  }
  if (omitted)
    push(
      `\n_${omitted} more rows not shown to stay under the job summary size limit; see the JSON report._`,
      true,
    );
  if (!shown.length && !checks.length) push('No findings.', true);
  return `${out.join('\n')}\n`;
}
