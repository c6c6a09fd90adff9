/**
 * Findings and rule definitions.
 *
 * A rule id is API: it appears in JSON and SARIF reports, policy files and `modelvet explain`.
 * Modules that emit findings define their rules next to the code with `defineRule` and export them;
 * a Scanner (src/scanner.ts) holds the table of the rules it knows, built from those values.
 */

import { ModelvetError } from './errors.ts';

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** 0 for info … 4 for critical. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

export interface Finding {
  /** Stable rule id, e.g. `pickle/dangerous-global`. */
  rule: string;
  severity: Severity;
  /** Display path of the file on disk (the scan target joined with the relative path, posix separators). */
  path: string;
  /** Member chain inside archives, outermost first (`["model.zip", "archive/data.pkl"]` lives in `path`'s zip). */
  member?: string[];
  /** Byte offset inside the innermost source, where it helps (pickle opcode, header field). */
  offset?: number;
  /** 1-based line and column for text files. */
  line?: number;
  column?: number;
  /** One line, no trailing period needed. */
  message: string;
  /** Machine-readable facts behind the finding (names, digests, sizes). */
  evidence?: Record<string, unknown>;
}

export interface RuleDefinition {
  id: string;
  /** Default severity; a finding may carry another one when the rule says so (e.g. called vs referenced). */
  severity: Severity;
  /** Short human title (SARIF shortDescription). */
  title: string;
  /** What it means, why it matters, how to fix or allow it. Plain text, several paragraphs allowed. */
  explain: string;
  tags?: string[];
}

/** Checks a rule's id and returns the rule (a plain value: nothing is registered anywhere). */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new ModelvetError(
      'INTERNAL',
      `invalid rule id ${rule.id}: expected group/name in lower-case kebab`,
    );
  }
  return rule;
}

/** Looks a rule up by id (a Scanner's rule table). */
export type RuleLookup = (id: string) => RuleDefinition | undefined;

/** A finding before the scan pipeline fills in the file path and member chain. */
export type ReportedFinding = Omit<Finding, 'path' | 'member'> & { path?: string; member?: string[] };

type Fields<P> = Omit<Finding, 'rule' | 'severity' | 'path'> & { severity?: Severity } & P;

/** Builds a finding from a rule, defaulting the severity to the rule's; undefined fields are left out. */
export function finding(rule: RuleDefinition, fields: Fields<{ path: string }>): Finding;
export function finding(rule: RuleDefinition, fields: Fields<{ path?: undefined }>): ReportedFinding;
export function finding(rule: RuleDefinition, fields: Fields<{ path?: string }>): Finding | ReportedFinding {
  const { severity, offset, ...rest } = fields;
  // An offset is a position in the file: one computed from hostile fields (a negative base, a
  // wrapped sum) is left out rather than written into a report as a position that does not exist.
  const out: Record<string, unknown> = { rule: rule.id, severity: severity ?? rule.severity };
  // Absent and undefined are the same to a caller (`evidence: maybe`): neither becomes a key, so a
  // finding has the same own keys however its fields were spelled.
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) out[key] = value;
  if (offset !== undefined && Number.isSafeInteger(offset) && offset >= 0) out.offset = offset;
  return out as unknown as Finding | ReportedFinding;
}

/** Stable order: path, member chain, offset/line, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sortKey(f: Finding): string {
  const pos = String(f.line ?? 0).padStart(10, '0') + String(f.offset ?? 0).padStart(16, '0');
  return `${f.path}\u0000${(f.member ?? []).join('\u0001')}\u0000${pos}\u0000${f.rule}\u0000${f.message}`;
}
