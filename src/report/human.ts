/** Human-readable report: findings grouped by file, a summary line, colour on a TTY unless NO_COLOR. */
import { type Finding, SEVERITIES, type Severity, severityRank } from '../core/finding.ts';
import type { Report } from '../core/report.ts';

export interface HumanOptions {
  color: boolean;
  /** Only findings at or above the fail level, and the verdict. */
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

function where(f: Finding): string {
  const parts: string[] = [];
  if (f.member?.length) parts.push(`in ${f.member.join(' → ')}`);
  if (f.line !== undefined) parts.push(`line ${f.line}${f.column !== undefined ? `:${f.column}` : ''}`);
  if (f.offset !== undefined) parts.push(`offset ${f.offset}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function renderHuman(report: Report, options: HumanOptions): string {
  const c = (code: keyof typeof CODES, text: string) =>
    options.color ? `${CODES[code]}${text}${CODES.reset}` : text;
  const out: string[] = [];
  const threshold = severityRank(report.failOn);
  const shown = options.quiet
    ? report.findings.filter((f) => severityRank(f.severity) >= threshold)
    : report.findings;
  const byPath = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  for (const [path, list] of byPath) {
    out.push(c('bold', path));
    for (const f of list) {
      const sev = c(f.severity, f.severity.toUpperCase().padEnd(8));
      out.push(`  ${sev} ${f.rule}  ${f.message}${c('dim', where(f))}`);
    }
    out.push('');
  }
  for (const v of report.verifications) {
    if (options.quiet && v.ok) continue;
    out.push(`${v.ok ? c('green', 'VERIFIED') : c('high', 'FAILED  ')} ${v.kind}  ${v.message}`);
  }
  if (report.verifications.length && !(options.quiet && report.verifications.every((v) => v.ok)))
    out.push('');
  const counts = SEVERITIES.slice()
    .reverse()
    .filter((s) => report.summary.bySeverity[s] > 0)
    .map((s) => `${report.summary.bySeverity[s]} ${s}`)
    .join(', ');
  const secs = report.durationMs / 1000;
  const summary =
    `${report.summary.files} file${report.summary.files === 1 ? '' : 's'}, ${formatBytes(report.summary.bytes)} ` +
    `in ${secs.toFixed(2)} s (${formatBytes(report.summary.throughput)}/s); ` +
    `${report.summary.findings ? `findings: ${counts}` : 'no findings'}`;
  if (!options.quiet || report.verdict === 'fail') out.push(summary);
  const verdict = report.verdict === 'pass' ? c('green', 'PASS') : c('high', 'FAIL');
  out.push(`${verdict} (fail-on ${report.failOn}): ${report.reason}`);
  return `${out.join('\n')}\n`;
}
