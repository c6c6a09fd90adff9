/**
 * Human-readable report: findings grouped by file (and by archive member inside a file), each with
 * its one-line fix, repeats of one rule collapsed into a count; failed and passed verifications;
 * findings a policy suppressed; what was checked; a summary line and the verdict. Colour on a TTY
 * unless NO_COLOR. `quiet` prints only what fails the scan and the verdict; `verbose` also lists
 * every file with its kind and verdict.
 *
 * Every piece of text that came from scanned content goes through `terminalText`, so a hostile
 * name can neither drive the terminal nor write a line a CI runner executes.
 */
import { getRule } from '../builtins.ts';
import {
  atLeast,
  type Finding,
  type RuleLookup,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { terminalText as t } from '../core/sanitize.ts';
import { kindCounts, skippedPaths } from './coverage.ts';
import { nextStep } from './next-step.ts';
import { formatBytes } from './units.ts';

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

const CODES: Record<Severity | 'bold' | 'dim' | 'green' | 'reset', string> = {
  critical: '\x1b[1;35m',
  high: '\x1b[1;31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[2m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  green: '\x1b[1;32m',
  reset: '\x1b[0m',
};

type Paint = (code: keyof typeof CODES, text: string) => string;

/** `line 3:7, offset 120` (the member chain is shown by the grouping). */
export function positionText(f: Finding): string {
  const parts: string[] = [];
  if (f.line !== undefined) parts.push(`line ${f.line}${f.column !== undefined ? `:${f.column}` : ''}`);
  if (f.offset !== undefined) parts.push(`offset ${f.offset}`);
  return parts.join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Counts by severity, most severe first: `1 critical, 2 high`. */
export function countsText(bySeverity: Record<Severity, number>): string {
  return SEVERITIES.slice()
    .reverse()
    .filter((s) => bySeverity[s] > 0)
    .map((s) => `${bySeverity[s]} ${s}`)
    .join(', ');
}

/** `3 files, 1.20 GiB in 2.10 s (585 MiB/s); findings: 1 critical, 2 high; 1 suppressed by policy`. */
export function summaryText(report: Report): string {
  const s = report.summary;
  const secs = report.durationMs / 1000;
  const parts = [
    `${plural(s.files, 'file')}, ${formatBytes(s.bytes)} in ${secs.toFixed(2)} s (${formatBytes(s.throughput)}/s)`,
    s.findings ? `findings: ${countsText(s.bySeverity)}` : 'no findings',
  ];
  if (s.suppressed) parts.push(`${s.suppressed} suppressed by policy`);
  const failedChecks = report.verifications.filter((v) => !v.ok).length;
  if (report.verifications.length)
    parts.push(
      `${report.verifications.length - failedChecks}/${report.verifications.length} verifications passed`,
    );
  return parts.join('; ');
}

/** `Checked: 3 safetensors (header validated), 2 json (...); skipped: model/.git`. */
export function checkedText(report: Report): string {
  const kinds = kindCounts(report).map((k) => `${k.files} ${t(k.kind)}${k.checks ? ` (${k.checks})` : ''}`);
  const skipped = skippedPaths(report);
  return `Checked: ${kinds.length ? kinds.join(', ') : 'no files'}${skipped.length ? `; skipped: ${skipped.map(t).join(', ')}` : ''}`;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Findings of one rule and severity in one file (and member) collapse into the first and a count. */
export interface CollapsedFinding {
  first: Finding;
  count: number;
}

export function collapseRepeats(findings: readonly Finding[]): CollapsedFinding[] {
  return [...groupBy(findings, (f) => `${f.rule}\u0000${f.severity}`).values()].map((list) => ({
    first: list[0]!,
    count: list.length,
  }));
}

function findingLines(
  { first: f, count }: CollapsedFinding,
  indent: string,
  c: Paint,
  rules: RuleLookup,
): string[] {
  const pos = positionText(f);
  const more = count > 1 ? ` [and ${count - 1} more like this]` : '';
  const step = nextStep(f.rule, rules);
  const head = `${indent}${c(f.severity, f.severity.toUpperCase().padEnd(8))} ${f.rule}  ${t(f.message)}`;
  return [
    `${head}${pos ? c('dim', ` (${pos})`) : ''}${more}`,
    `${indent}         ${c('dim', step.fix ? `fix: ${step.fix} (${step.explain})` : `see ${step.explain}`)}`,
  ];
}

function findingsSection(shown: readonly Finding[], c: Paint, rules: RuleLookup): string[] {
  const out: string[] = [];
  for (const [path, list] of groupBy(shown, (f) => f.path)) {
    out.push(c('bold', t(path)));
    const members = [...groupBy(list, (f) => (f.member ?? []).join('\u0000'))].sort(
      ([a], [b]) => Number(a !== '') - Number(b !== ''),
    );
    for (const [member, inMember] of members) {
      const indent = member ? '    ' : '  ';
      if (member) out.push(`  ${c('dim', 'in')} ${inMember[0]!.member!.map(t).join(' → ')}`);
      for (const g of collapseRepeats(inMember)) out.push(...findingLines(g, indent, c, rules));
    }
    out.push('');
  }
  return out;
}

function verificationsSection(report: Report, quiet: boolean, c: Paint): string[] {
  const checks = quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  const out = checks.map(
    (v) => `${v.ok ? c('green', 'VERIFIED') : c('high', 'FAILED  ')} ${t(v.kind)}  ${t(v.message)}`,
  );
  if (out.length) out.push('');
  return out;
}

function policySection(report: Report, c: Paint): string[] {
  const out: string[] = [];
  const suppressed = report.suppressed ?? [];
  if (suppressed.length) {
    const source = report.policy?.source;
    out.push(c('dim', source ? `Suppressed by policy ${t(source)}:` : 'Suppressed by policy:'));
    for (const f of suppressed) {
      const member = f.member?.length ? ` in ${f.member.map(t).join(' → ')}` : '';
      const until = f.suppression.expires ? ` (until ${t(f.suppression.expires)})` : '';
      out.push(c('dim', `  ${f.rule}  ${t(f.path)}${member}: ${t(f.suppression.reason)}${until}`));
    }
    out.push('');
  }
  return out;
}

/** `--verbose`: every file with its kind and what was found in it. */
function filesSection(report: Report, c: Paint): string[] {
  const worst = new Map<string, { n: number; severity: Severity }>();
  for (const f of report.findings) {
    const w = worst.get(f.path);
    if (!w) worst.set(f.path, { n: 1, severity: f.severity });
    else {
      w.n++;
      if (severityRank(f.severity) > severityRank(w.severity)) w.severity = f.severity;
    }
  }
  const out = [c('bold', 'Files:')];
  for (const file of report.files) {
    const w = worst.get(file.path);
    const verdict = w ? `${plural(w.n, 'finding')}, worst ${w.severity}` : 'clean';
    const inside = file.contains?.length ? ` (contains ${file.contains.map(t).join(', ')})` : '';
    out.push(
      `  ${t(file.path)}  ${t(file.kind)}${inside}  ${w ? c(w.severity, verdict) : c('green', verdict)}`,
    );
  }
  out.push('');
  return out;
}

export function renderHuman(report: Report, options: HumanOptions): string {
  const c: Paint = (code, text) => (options.color ? `${CODES[code]}${text}${CODES.reset}` : text);
  const quiet = Boolean(options.quiet);
  const shown = quiet ? report.findings.filter((f) => atLeast(f.severity, report.failOn)) : report.findings;
  const out = [
    ...findingsSection(shown, c, options.rules ?? getRule),
    ...verificationsSection(report, quiet, c),
  ];
  if (!quiet) out.push(...policySection(report, c));
  if (options.verbose && !quiet) out.push(...filesSection(report, c));
  if (!quiet && report.files.length) out.push(checkedText(report));
  if (!quiet || report.verdict === 'fail') out.push(summaryText(report));
  const verdict = report.verdict === 'pass' ? c('green', 'PASS') : c('high', 'FAIL');
  out.push(`${verdict} (fail-on ${report.failOn}): ${t(report.reason)}`);
  return `${out.join('\n')}\n`;
}
