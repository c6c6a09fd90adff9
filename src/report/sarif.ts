/**
 * SARIF 2.1.0 for GitHub code scanning (https://docs.oasis-open.org/sarif/sarif/v2.1.0/ and
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 *
 * One run; the driver lists every rule that fired (suppressed ones too) with help from `explain`
 * and `security-severity` as a string; results point at paths relative to the working directory
 * (GitHub resolves relative URIs against the repository root, where the Action runs). Findings in
 * text files carry line/column; findings about binary files have no region, so upload-sarif never
 * streams a multi-GB weight file to fingerprint it: we supply `partialFingerprints` ourselves.
 * Findings a policy suppressed are listed with SARIF `suppressions`. Results are capped at
 * GitHub's per-run limit, most severe first, and the run's properties say when they were.
 * Messages are shown to people, so they pass through `terminalText`; URIs are percent-encoded from
 * the name's UTF-8 (or raw) bytes; the whole document is serialized by `jsonText`.
 */
import { posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRule } from '../builtins.ts';
import {
  type Finding,
  type RuleDefinition,
  type RuleLookup,
  type Severity,
  severityRank,
} from '../core/finding.ts';
import { fsEncode, relativeInside } from '../core/paths.ts';
import type { Report, SuppressedFinding } from '../core/report.ts';
import { jsonText, terminalText, type UntrustedText, wellFormed } from '../core/sanitize.ts';
import { nodeCrypto } from '../core/node-builtins.ts';

/** GitHub accepts at most 25,000 results per run (and shows the top 5,000 by severity). */
export const SARIF_MAX_RESULTS = 25_000;
const MAX_MESSAGE = 2000;
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 20;

/** GitHub maps >9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.5',
};

export type SarifLevel = 'error' | 'warning' | 'note';
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'critical' || severity === 'high'
    ? 'error'
    : severity === 'medium'
      ? 'warning'
      : 'note';
}

export interface SarifOptions {
  /** Folder the relative URIs are relative to (default: process.cwd()). */
  cwd?: string;
  /** Results kept (default and maximum SARIF_MAX_RESULTS). */
  maxResults?: number;
  /** automationDetails.id category (default `modelvet`). */
  category?: string;
  /** The run did not happen (an input error): said in the invocation, which is marked unsuccessful. */
  error?: string;
  /** Where rule texts come from (default: the default scanner's rules; pass `scanner.rule` for your own). */
  rules?: RuleLookup;
}

/** RFC 3986 pchar: unreserved, sub-delims, ':' and '@' stay as they are; every other byte is %XX. */
const PCHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]$/;

function encodeSegment(segment: UntrustedText): string {
  const bytes = typeof segment === 'string' ? fsEncode(segment) : segment;
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && PCHAR.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A relative URI for a path inside `cwd`, a file:// URI otherwise (never throws, whatever the name). */
export function artifactUri(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  const rel = relativeInside(cwd, abs);
  if (rel) return rel.split(/[\\/]/).map(encodeSegment).join('/');
  // WHATWG URL encoding cannot hold a byte that is not UTF-8: those become U+FFFD here.
  return pathToFileURL(wellFormed(abs)).href;
}

function pascal(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : ''))
    .join('');
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function ruleDescriptor(id: string, def: RuleDefinition | undefined, worst: Severity) {
  const title = def?.title ?? id;
  const explain = def?.explain ?? `Finding reported by modelvet rule ${id}.`;
  const firstParagraph = oneLine(explain.split(/\n\s*\n/)[0] ?? explain);
  const tags = [...new Set(['security', ...(def?.tags ?? [])])].slice(0, MAX_TAGS);
  return {
    id,
    name: pascal(id),
    shortDescription: { text: clip(title, MAX_DESCRIPTION) },
    fullDescription: { text: clip(firstParagraph, MAX_DESCRIPTION) },
    help: {
      text: `${explain}\n\nMore: modelvet explain ${id}`,
      markdown: `${explain}\n\nMore: \`modelvet explain ${id}\``,
    },
    defaultConfiguration: { level: sarifLevel(def?.severity ?? worst) },
    properties: {
      tags,
      // GitHub reads the security severity from the rule, so it is the worst seen in this run.
      'security-severity': SECURITY_SEVERITY[worst],
    },
  };
}

function contextText(f: Finding): string {
  const parts: string[] = [];
  if (f.member?.length) parts.push(`in archive member ${f.member.map(terminalText).join(' → ')}`);
  if (f.offset !== undefined) parts.push(`at byte offset ${f.offset}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** `<16 hex>:<n>` from inputs that do not move with unrelated edits (no line number, no digits). */
function fingerprintBase(f: Finding, uri: string): string {
  const message = f.message.replace(/\d+/g, '0');
  return nodeCrypto()
    .createHash('sha256')
    .update([f.rule, uri, (f.member ?? []).join('\u0001'), message].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

type Entry = { f: Finding; suppressed?: SuppressedFinding['suppression'] };

/** Findings and suppressed findings, most severe first (so a cap drops the least severe), unsuppressed first. */
function sortedEntries(report: Report): Entry[] {
  const entries: Entry[] = [
    ...report.findings.map((f) => ({ f })),
    ...(report.suppressed ?? []).map(({ suppression, ...f }) => ({ f, suppressed: suppression })),
  ];
  return entries.sort(
    (a, b) =>
      Number(Boolean(a.suppressed)) - Number(Boolean(b.suppressed)) ||
      severityRank(b.f.severity) - severityRank(a.f.severity),
  );
}

/** Every rule that fired, with the worst severity seen in this run (GitHub reads it from the rule). */
function ruleTable(kept: readonly Entry[], lookup: RuleLookup) {
  const worst = new Map<string, Severity>();
  for (const { f } of kept) {
    const w = worst.get(f.rule);
    if (!w || severityRank(f.severity) > severityRank(w)) worst.set(f.rule, f.severity);
  }
  const ids = [...worst.keys()].sort();
  return {
    index: new Map(ids.map((id, i) => [id, i])),
    rules: ids.map((id) => ruleDescriptor(id, lookup(id), worst.get(id)!)),
  };
}

/** The URI a result points at: code scanning hides results in symlinked files, so the link's target. */
function resultUri(f: Finding, file: Report['files'][number] | undefined, cwd: string): string {
  const shownPath =
    file?.symlinkTarget !== undefined && !posix.isAbsolute(file.symlinkTarget)
      ? posix.normalize(posix.join(posix.dirname(f.path), file.symlinkTarget))
      : f.path;
  return artifactUri(shownPath, cwd);
}

function suppressionsOf(suppressed: Entry['suppressed']) {
  if (!suppressed) return {};
  const where = `${suppressed.source}${suppressed.line ? `:${suppressed.line}` : ''}`;
  return {
    suppressions: [
      {
        kind: 'external' as const,
        status: 'accepted' as const,
        justification: terminalText(`${suppressed.reason} (${where})`),
      },
    ],
  };
}

function resultOf(entry: Entry, ruleIndex: number, uri: string, fingerprint: string) {
  const { f } = entry;
  const region =
    f.line !== undefined && f.line >= 1 && !f.member?.length
      ? { startLine: f.line, startColumn: f.column !== undefined && f.column >= 1 ? f.column : undefined }
      : undefined;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: clip(`${terminalText(f.message)}${contextText(f)}`, MAX_MESSAGE) || f.rule },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
    partialFingerprints: { primaryLocationLineHash: fingerprint, 'modelvet/v1': fingerprint },
    ...suppressionsOf(entry.suppressed),
    properties: {
      severity: f.severity,
      member: f.member?.length ? f.member : undefined,
      offset: f.offset,
      evidence: f.evidence ? withoutEmptyStrings(f.evidence) : undefined,
    },
  };
}

function invocationOf(report: Report, cwd: string, error: string | undefined) {
  const start = new Date(report.startedAt);
  const end = new Date(start.getTime() + report.durationMs);
  const notifications = report.verifications
    .filter((v) => !v.ok)
    .map((v) => ({
      level: 'error' as const,
      message: { text: terminalText(`${v.kind} ${v.source}: ${v.message}`) },
    }));
  if (error !== undefined)
    notifications.unshift({
      level: 'error',
      message: { text: terminalText(`modelvet did not run: ${error}`) },
    });
  return {
    executionSuccessful: error === undefined,
    startTimeUtc: start.toISOString(),
    endTimeUtc: end.toISOString(),
    workingDirectory: { uri: `${pathToFileURL(cwd).href.replace(/\/$/, '')}/` },
    toolExecutionNotifications: notifications.length ? notifications : undefined,
  };
}

function runProperties(report: Report, total: number, included: number) {
  return {
    verdict: report.verdict,
    reason: report.reason,
    failOn: report.failOn,
    summary: report.summary,
    verifications: report.verifications.length ? report.verifications : undefined,
    ...(total > included
      ? {
          resultsTruncated: true,
          resultsTotal: total,
          resultsIncluded: included,
          resultsNote: `only the ${included} most severe of ${total} results are included (GitHub accepts at most ${SARIF_MAX_RESULTS} per run); see the JSON report for all`,
        }
      : {}),
  };
}

export function buildSarif(report: Report, options: SarifOptions = {}) {
  const cwd = options.cwd ?? process.cwd();
  const limit = Math.max(0, Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS));
  const byPath = new Map(report.files.map((f) => [f.path, f]));
  const entries = sortedEntries(report);
  const kept = entries.slice(0, limit);
  const { index, rules } = ruleTable(kept, options.rules ?? getRule);
  const seen = new Map<string, number>();
  const results = kept.map((entry) => {
    const uri = resultUri(entry.f, byPath.get(entry.f.path), cwd);
    const base = fingerprintBase(entry.f, uri);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return resultOf(entry, index.get(entry.f.rule)!, uri, `${base}:${n}`);
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'modelvet',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/modelvet',
            rules,
          },
        },
        automationDetails: { id: `${options.category ?? 'modelvet'}/` },
        invocations: [invocationOf(report, cwd, options.error)],
        columnKind: 'utf16CodeUnits' as const,
        results,
        properties: runProperties(report, entries.length, kept.length),
      },
    ],
  };
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return jsonText(buildSarif(report, options));
}

/**
 * GitHub rejects empty strings in SARIF properties it reads; evidence is free-form (a bare
 * requirement has an empty version spec), so empty strings are left out of the copy.
 */
function withoutEmptyStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, withoutEmptyStrings(v)]),
    );
  }
  return value;
}
