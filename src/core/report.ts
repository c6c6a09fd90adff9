/**
 * The Report: everything a scan found, in a stable, versioned shape (JSON schema version 1,
 * documented in schemas/report.schema.json). Reporters render it; they never change it.
 */
import type { Digests } from './hash/digests.ts';
import { atLeast, type Finding, SEVERITIES, type Severity } from './finding.ts';
import type { ModelReference } from './model-source.ts';
import type { Kind } from './sniff.ts';
import { VERSION } from '../version.ts';

export const REPORT_SCHEMA_VERSION = 1;

export interface FileReport {
  /** Display path (target as typed + relative path). */
  path: string;
  size: number;
  kind: Kind;
  /** Kinds found inside it (archive members at any depth), when it is a container. */
  contains?: Kind[];
  /** Absent when the file could not be hashed (a finding says why). */
  digests?: Digests;
  /** `cache`: the digests came from the digest cache (`--digest-cache`), the file was not read to hash it. */
  digestsFrom?: 'cache';
  /** For a symlink inside the root: its link text. */
  symlinkTarget?: string;
  /**
   * Hex of the exact bytes of the path relative to the target, when `path` shows some of them
   * escaped (a name that is not UTF-8, or holds control characters or a backslash).
   */
  pathBytes?: string;
  /**
   * For a file scanned in place on a remote source: the bytes actually fetched, and the remote
   * side's integrity metadata (the content was not hashed locally).
   */
  fetched?: {
    bytes: number;
    lfsSha256?: string;
    sha256?: string;
    blobId?: string;
    xetHash?: string;
    hashedLocally: false;
  };
}

/** Result of one integrity check (lock, sums, signature, store), added by the verify module. */
/**
 * The kinds of check the verifiers report: a signature (model.sig, OMS), a lock file, a checksum
 * file, a content-addressed store (Hugging Face cache, Ollama), a verification that could not run
 * at all, and a remote scan's integrity metadata (not hashed locally).
 */
export const VERIFICATION_KINDS = [
  'signature',
  'lock',
  'sums',
  'hf-cache',
  'ollama',
  'verify',
  'remote-metadata',
] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

export interface VerificationReport {
  kind: VerificationKind;
  /** What was verified against (file name or store root). */
  source: string;
  ok: boolean;
  /** One line. */
  message: string;
  details?: Record<string, unknown>;
}

export type Verdict = 'pass' | 'fail';

/** Why a finding does not count (it stays in the report, in `suppressed`). */
export interface Suppression {
  kind: 'ignore' | 'rule-off' | 'forced-global';
  reason: string;
  /** The policy file that said so, and where. */
  source: string;
  line?: number;
  expires?: string;
}

/** A finding a policy suppressed: listed, never counted, never failing the scan. */
export type SuppressedFinding = Finding & { suppression: Suppression };

/** What the policy was and what it did (filled by applyPolicy). */
export interface PolicyReport {
  source: string;
  origin: string;
  /** Keys of a policy found inside a scanned folder that were not applied because they loosen checks. */
  refused?: string[];
  ignores: {
    rule: string;
    path: string;
    reason: string;
    expires?: string;
    status: 'active' | 'expired';
    /** Findings it suppressed (0 for an expired one). */
    matched: number;
  }[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'modelvet'; version: string };
  startedAt: string;
  durationMs: number;
  failOn: Severity;
  targets: { input: string; isDirectory: boolean; skipped: string[] }[];
  files: FileReport[];
  findings: Finding[];
  verifications: VerificationReport[];
  /** Findings a policy suppressed (ignores, rules set to off, forced pickle globals). */
  suppressed?: SuppressedFinding[];
  /** Every model the scanned files name (code, configs, commands, adapters, stores), pinned or not; absent when none. */
  modelReferences?: ModelReference[];
  policy?: PolicyReport;
  summary: {
    files: number;
    bytes: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    /** Bytes hashed per second over the whole scan. */
    throughput: number;
    /** Findings a policy suppressed (not counted above). */
    suppressed?: number;
  };
  verdict: Verdict;
  /** One line saying why the verdict is what it is. */
  reason: string;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** fail when any finding is at or above `failOn`, or any verification failed. */
export function decideVerdict(
  findings: readonly Finding[],
  verifications: readonly VerificationReport[],
  failOn: Severity,
): { verdict: Verdict; reason: string } {
  const failing = findings.filter((f) => atLeast(f.severity, failOn));
  const failedChecks = verifications.filter((v) => !v.ok);
  if (failing.length === 0 && failedChecks.length === 0) {
    return { verdict: 'pass', reason: `no finding at or above ${failOn}` };
  }
  const parts: string[] = [];
  if (failing.length)
    parts.push(`${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${failOn}`);
  if (failedChecks.length)
    parts.push(`${failedChecks.length} verification${failedChecks.length === 1 ? '' : 's'} failed`);
  return { verdict: 'fail', reason: parts.join(', ') };
}

export interface ReportParts {
  startedAt: string;
  durationMs: number;
  failOn: Severity;
  targets: Report['targets'];
  files: FileReport[];
  findings: Finding[];
  verifications: VerificationReport[];
  /** Bytes read; `files` counted in the summary (default: files.length). */
  bytes: number;
  filesCounted?: number;
}

/** A Report from its parts: summary counts, throughput and verdict computed here, once. */
export function assembleReport(parts: ReportParts): Report {
  const { verdict, reason } = decideVerdict(parts.findings, parts.verifications, parts.failOn);
  const durationMs = Math.round(parts.durationMs);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelvet', version: VERSION },
    startedAt: parts.startedAt,
    durationMs,
    failOn: parts.failOn,
    targets: parts.targets,
    files: parts.files,
    findings: parts.findings,
    verifications: parts.verifications,
    summary: {
      files: parts.filesCounted ?? parts.files.length,
      bytes: parts.bytes,
      findings: parts.findings.length,
      bySeverity: countBySeverity(parts.findings),
      throughput: parts.durationMs > 0 ? Math.round((parts.bytes / parts.durationMs) * 1000) : 0,
    },
    verdict,
    reason,
  };
}
