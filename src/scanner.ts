/**
 * A Scanner: the analyzers, sniffers, target verifiers and rules one scan runs with, as a value.
 *
 * Nothing registers itself on import. Format modules export their analyzers, sniffers and rules;
 * src/builtins.ts lists the built-in ones and `defaultScanner()` is built from that list. A library
 * user who adds a format builds a scanner of their own:
 *
 *   const base = defaultScanner();
 *   const mine = createScanner({ ...base, analyzers: [...base.analyzers, myAnalyzer], rules: [...base.rules, MY_RULE] });
 *   await scan(['./model'], { scanner: mine });
 *
 * Two scanners in one process share nothing: a scan with `mine` runs `myAnalyzer`, a scan with the
 * default scanner does not. Rule lookups (explain, policy validation, SARIF metadata, the next step
 * a report prints) go through a scanner's rule table.
 */
import {
  ANALYZER_ERROR,
  analyzersFor,
  DEPTH_LIMIT,
  type FileAnalyzer,
  kindIsClaimed,
  type TreeAnalyzer,
  UNSUPPORTED_FORMAT,
  WORK_LIMIT,
} from './core/analyzer.ts';
import { ModelvetError } from './core/errors.ts';
import type { RuleDefinition } from './core/finding.ts';
import { byPriority, KINDS, type Kind, type Sniffer } from './core/sniff.ts';
import type { TargetVerifier } from './core/target-verifier.ts';
import {
  LINK_LIMIT,
  SPECIAL_FILE,
  SUSPICIOUS_NAME,
  SYMLINK_ESCAPE,
  SYMLINK_LOOP,
  UNREADABLE_PATH,
} from './core/walk.ts';
import {
  FORMAT_NOT_ALLOWED,
  IGNORE_EXPIRED,
  INVALID_POLICY,
  SOURCE_NOT_ALLOWED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  VERIFICATION_REQUIRED,
} from './policy/rules.ts';
import { HASH_ERROR } from './scan-read.ts';

/** What a scanner is made of. Every list is optional; order is kept (it is the order analyzers run in). */
export interface ScannerParts {
  /** File analyzers, run in this order for each kind they name. */
  analyzers?: readonly FileAnalyzer[];
  /** Analyzers of a whole target folder, run in this order after the files. */
  treeAnalyzers?: readonly TreeAnalyzer[];
  /** Sniffers; the scanner runs them highest priority first (equal priorities in this order). */
  sniffers?: readonly Sniffer[];
  /** Integrity checks run after every file of a target was hashed. */
  verifiers?: readonly TargetVerifier[];
  /** The rules the parts emit (the scan pipeline's own rules are always added). */
  rules?: readonly RuleDefinition[];
}

export interface Scanner {
  readonly analyzers: readonly FileAnalyzer[];
  readonly treeAnalyzers: readonly TreeAnalyzer[];
  /** Highest priority first. */
  readonly sniffers: readonly Sniffer[];
  readonly verifiers: readonly TargetVerifier[];
  /** Every rule the scanner knows, sorted by id. */
  readonly rules: readonly RuleDefinition[];
  /** The rule with this id, if the scanner knows it. */
  rule(id: string): RuleDefinition | undefined;
  /** The file analyzers that run for `kind`, in order. */
  analyzersFor(kind: Kind): readonly FileAnalyzer[];
  /** True when some analyzer reads `kind` in full (FileAnalyzer.claims): the fail-closed guard asks this. */
  claims(kind: Kind): boolean;
  /** Every kind a report can name: the core kinds and those of the scanner's sniffers, sorted. */
  knownKinds(): Kind[];
}

/**
 * Rules the scan pipeline itself emits whatever the parts are (dispatch, the folder walk, hashing,
 * the policy), so every scanner can explain and validate them.
 */
export const PIPELINE_RULES: readonly RuleDefinition[] = [
  UNSUPPORTED_FORMAT,
  ANALYZER_ERROR,
  DEPTH_LIMIT,
  WORK_LIMIT,
  SYMLINK_ESCAPE,
  SYMLINK_LOOP,
  LINK_LIMIT,
  SUSPICIOUS_NAME,
  SPECIAL_FILE,
  UNREADABLE_PATH,
  HASH_ERROR,
  FORMAT_NOT_ALLOWED,
  SOURCE_NOT_ALLOWED,
  VERIFICATION_REQUIRED,
  IGNORE_EXPIRED,
  UNTRUSTED_POLICY,
  UNUSED_IGNORE,
  INVALID_POLICY,
];

/** An id given twice by different values is a programming error; the same value twice is one. */
function uniqueById<T extends { id: string }>(
  what: string,
  items: readonly T[],
  same: (a: T, b: T) => boolean,
) {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    if (seen === undefined) byId.set(item.id, item);
    else if (!same(seen, item)) throw new ModelvetError('USAGE', `${what} ${item.id} given twice`);
  }
  return [...byId.values()];
}

/**
 * Builds a scanner from one or more sets of parts (concatenated in order). The result is frozen:
 * to add a format, build another scanner.
 */
export function createScanner(...parts: readonly ScannerParts[]): Scanner {
  const analyzers = Object.freeze(
    uniqueById(
      'analyzer',
      parts.flatMap((p) => p.analyzers ?? []),
      (a, b) => a === b,
    ),
  );
  const treeAnalyzers = Object.freeze(
    uniqueById(
      'tree analyzer',
      parts.flatMap((p) => p.treeAnalyzers ?? []),
      (a, b) => a === b,
    ),
  );
  const verifiers = Object.freeze(
    uniqueById(
      'verifier',
      parts.flatMap((p) => p.verifiers ?? []),
      (a, b) => a === b,
    ),
  );
  const sniffers = Object.freeze(byPriority(parts.flatMap((p) => p.sniffers ?? [])));
  const ruleList = uniqueById(
    'rule',
    [...PIPELINE_RULES, ...parts.flatMap((p) => p.rules ?? [])],
    (a, b) => a === b || (a.explain === b.explain && a.severity === b.severity && a.title === b.title),
  ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rules = Object.freeze(ruleList);
  const ruleById = new Map(ruleList.map((r) => [r.id, r] as const));
  const kinds = Object.freeze(
    [...new Set<Kind>([...Object.values(KINDS), ...sniffers.map((s) => s.kind)])].sort(),
  );
  // Per kind, computed once: every member of a 65,535-member zip asks (filtering the list each
  // time was 6 % of that scan). Kinds no sniffer names get the every-kind analyzers.
  const byKind = new Map<Kind, readonly FileAnalyzer[]>(
    kinds.map((k) => [k, Object.freeze(analyzersFor(analyzers, k))] as const),
  );
  const claimed = new Set(kinds.filter((k) => kindIsClaimed(analyzers, k)));
  return Object.freeze({
    analyzers,
    treeAnalyzers,
    sniffers,
    verifiers,
    rules,
    rule: (id: string) => ruleById.get(id),
    analyzersFor: (kind: Kind) => byKind.get(kind) ?? analyzersFor(analyzers, kind),
    claims: (kind: Kind) => (byKind.has(kind) ? claimed.has(kind) : kindIsClaimed(analyzers, kind)),
    knownKinds: () => [...kinds],
  });
}
