/**
 * Markdown report for a GitHub Actions job summary: verdict, summary line, what was checked, one
 * table per severity (each finding with its fix, repeats of one rule in one file collapsed into a
 * count), verifications, and what a policy suppressed. Kept under GitHub's 1 MiB summary limit:
 * rows past the budget are counted, not shown.
 *
 * Text from scanned content is only ever shown inside code spans (`markdownCode`): a name like
 * `__globals__` is not bold, a URL in a hostile file is not a link, HTML is not HTML.
 */
import { getRule } from '../builtins.ts';
import { atLeast, type Finding, type RuleLookup, SEVERITIES } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { markdownCode, markdownText as cell } from '../core/sanitize.ts';
import { checkedText, collapseRepeats, positionText, summaryText } from './human.ts';
import { nextStep } from './next-step.ts';

/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export const MARKDOWN_MAX_BYTES = 1000 * 1000;

export interface MarkdownOptions {
  /** Only findings at or above the fail level. */
  quiet?: boolean;
  /** Byte budget (default MARKDOWN_MAX_BYTES). */
  maxBytes?: number;
  /** Where rule texts come from (default: the default scanner's rules; pass `scanner.rule` for your own). */
  rules?: RuleLookup;
}

/** Untrusted text in a table cell. */
const code = (text: string | Uint8Array) => markdownCode(text, { table: true });

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.member?.length) parts.push(`in ${f.member.map(code).join(' → ')}`);
  const pos = positionText(f);
  if (pos) parts.push(pos);
  return parts.join(', ');
}

function fixCell(rule: string, rules: RuleLookup): string {
  const step = nextStep(rule, rules);
  return step.fix ? `${cell(step.fix)} (${markdownCode(step.explain)})` : `see ${markdownCode(step.explain)}`;
}

/** Appends lines while they fit the byte budget; counts what did not. */
class Budget {
  readonly lines: string[] = [];
  omitted = 0;
  private used = 0;
  private readonly limit: number;

  constructor(maxBytes: number, reserve: number) {
    this.limit = maxBytes - reserve;
  }

  push(line: string, force = false): boolean {
    const n = Buffer.byteLength(line) + 1;
    if (!force && this.used + n > this.limit) return false;
    this.lines.push(line);
    this.used += n;
    return true;
  }

  /** A table: its header if it fits (else every row is counted as omitted), then rows while they fit. */
  table(header: string, rows: readonly string[]): void {
    if (!rows.length) return;
    if (!this.push(header)) {
      this.omitted += rows.length;
      return;
    }
    for (const row of rows) if (!this.push(row)) this.omitted++;
    this.push('');
  }
}

function findingTables(out: Budget, shown: readonly Finding[], rules: RuleLookup): void {
  for (const severity of SEVERITIES.slice().reverse()) {
    const list = shown.filter((f) => f.severity === severity);
    if (!list.length) continue;
    const rows = [...groupByFile(list).values()].flatMap((inFile) =>
      collapseRepeats(inFile).map(({ first: f, count }) => {
        const more = count > 1 ? ` (and ${count - 1} more like this)` : '';
        return `| ${code(f.rule)} | ${code(f.path)} | ${where(f)} | ${code(f.message)}${more} | ${fixCell(f.rule, rules)} |`;
      }),
    );
    out.table(
      [
        `### ${severity[0]!.toUpperCase()}${severity.slice(1)} (${list.length})`,
        '',
        '| Rule | File | Where | Message | Fix |',
        '| --- | --- | --- | --- | --- |',
      ].join('\n'),
      rows,
    );
  }
}

function groupByFile(list: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of list) {
    const k = `${f.path}\u0000${(f.member ?? []).join('\u0000')}`;
    const g = out.get(k);
    if (g) g.push(f);
    else out.set(k, [f]);
  }
  return out;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out = new Budget(options.maxBytes ?? MARKDOWN_MAX_BYTES, 2000); // the closing notes always fit
  const pass = report.verdict === 'pass';
  out.push(`## modelvet: ${pass ? '✅ PASS' : '❌ FAIL'}`, true);
  out.push('', true);
  out.push(`**${pass ? 'PASS' : 'FAIL'}** (fail-on ${report.failOn}): ${cell(report.reason)}`, true);
  out.push('', true);
  out.push(cell(summaryText(report)), true);
  if (report.files.length) out.push(`\n${markdownCode(checkedText(report))}`, true);
  if (report.policy) out.push(`\nPolicy: ${markdownCode(report.policy.source)}`, true);
  out.push('', true);

  const quiet = Boolean(options.quiet);
  const shown = quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  findingTables(out, shown, options.rules ?? getRule);

  const checks = quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  out.table(
    '### Verifications\n\n| Check | Source | Result | Message |\n| --- | --- | --- | --- |',
    checks.map(
      (v) =>
        `| ${code(v.kind)} | ${code(v.source)} | ${v.ok ? '✅ verified' : '❌ failed'} | ${code(v.message)} |`,
    ),
  );

  const suppressed = quiet ? [] : (report.suppressed ?? []);
  out.table(
    `### Suppressed by policy (${suppressed.length})\n\n| Rule | File | Reason | Expires |\n| --- | --- | --- | --- |`,
    suppressed.map(
      (f) =>
        `| ${code(f.rule)} | ${code(f.path)} | ${code(f.suppression.reason)} | ${f.suppression.expires ? code(f.suppression.expires) : ''} |`,
    ),
  );
  if (out.omitted)
    out.push(
      `\n_${out.omitted} more rows not shown to stay under the job summary size limit; see the JSON report._`,
      true,
    );
  if (!shown.length && !checks.length) out.push('No findings.', true);
  return `${out.lines.join('\n')}\n`;
}
