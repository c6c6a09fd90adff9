/**
 * Human-readable report: findings grouped by file (and by archive member inside a file), failed and
 * passed verifications, findings a policy suppressed, a summary line (files, bytes, time,
 * throughput, counts by severity) and the verdict. Colour on a TTY unless NO_COLOR.
 * `quiet` prints only what fails the scan, and the verdict.
 */
import { atLeast, type Finding, SEVERITIES, type Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';

export interface HumanOptions {
  color: boolean;
  /** Only findings at or above the fail level, failed verifications, and the verdict. */
  quiet?: boolean;
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

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${units[u]}`;
}

/** `line 3:7, offset 120` (the member chain is shown by the grouping). */
export function positionText(f: Finding): string {
  const parts: string[] = [];
  if (f.line !== undefined) parts.push(`line ${f.line}${f.column !== undefined ? `:${f.column}` : ''}`);
  if (f.offset !== undefined) parts.push(`offset ${f.offset}`);
  return parts.join(', ');
}

/** Control characters in names and messages from hostile files must not drive the terminal. */
const safe = (s: string): string =>
  s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

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

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}

export function renderHuman(report: Report, options: HumanOptions): string {
  const c = (code: keyof typeof CODES, text: string) =>
    options.color ? `${CODES[code]}${text}${CODES.reset}` : text;
  const out: string[] = [];
  const shown = options.quiet
    ? report.findings.filter((f) => atLeast(f.severity, report.failOn))
    : report.findings;

  const line = (f: Finding, indent: string) => {
    const sev = c(f.severity, f.severity.toUpperCase().padEnd(8));
    const pos = positionText(f);
    return `${indent}${sev} ${f.rule}  ${safe(f.message)}${pos ? c('dim', ` (${pos})`) : ''}`;
  };
  for (const [path, list] of groupBy(shown, (f) => f.path)) {
    out.push(c('bold', safe(path)));
    const members = [...groupBy(list, (f) => (f.member ?? []).join(' → '))].sort(
      ([a], [b]) => Number(a !== '') - Number(b !== ''),
    );
    for (const [member, inMember] of members) {
      if (!member) {
        for (const f of inMember) out.push(line(f, '  '));
        continue;
      }
      out.push(`  ${c('dim', 'in')} ${safe(member)}`);
      for (const f of inMember) out.push(line(f, '    '));
    }
    out.push('');
  }

  const checks = options.quiet ? report.verifications.filter((v) => !v.ok) : report.verifications;
  for (const v of checks) {
    out.push(`${v.ok ? c('green', 'VERIFIED') : c('high', 'FAILED  ')} ${v.kind}  ${safe(v.message)}`);
  }
  if (checks.length) out.push('');

  const suppressed = report.suppressed ?? [];
  if (suppressed.length && !options.quiet) {
    out.push(c('dim', `Suppressed by policy ${report.policy?.source ?? ''}:`.replace(' :', ':')));
    for (const f of suppressed) {
      const member = f.member?.length ? ` in ${f.member.join(' → ')}` : '';
      const until = f.suppression.expires ? ` (until ${f.suppression.expires})` : '';
      out.push(
        c('dim', `  ${f.rule}  ${safe(f.path)}${safe(member)}: ${safe(f.suppression.reason)}${until}`),
      );
    }
    out.push('');
  }
  const unused = (report.policy?.ignores ?? []).filter((i) => i.status === 'active' && i.matched === 0);
  if (unused.length && !options.quiet) {
    for (const i of unused)
      out.push(c('dim', `policy ignore of ${i.rule} for ${safe(i.path)} matched nothing`));
    out.push('');
  }
  if (!options.quiet || report.verdict === 'fail') out.push(summaryText(report));
  const verdict = report.verdict === 'pass' ? c('green', 'PASS') : c('high', 'FAIL');
  out.push(`${verdict} (fail-on ${report.failOn}): ${report.reason}`);
  return `${out.join('\n')}\n`;
}
