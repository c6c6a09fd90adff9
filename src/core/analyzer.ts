/**
 * The analyzer registry: how formats plug into the scan.
 *
 * A FileAnalyzer looks at one ByteSource of given kinds (a file on disk or an archive member) and
 * reports findings. Containers call `ctx.scanMember` for each member, which sniffs it and
 * dispatches it again, so a pickle is found at any nesting depth without the pickle analyzer
 * knowing where it came from. A TreeAnalyzer looks at a whole target folder (remote code, shard
 * indexes, dependency files that include each other).
 *
 * Analyzers never print and never decide pass/fail: they report findings.
 */
import { describeError, ModelvetError } from './errors.ts';
import { defineRule, type Finding, finding, type ReportedFinding, type Severity } from './finding.ts';

export type { ReportedFinding };
import { KINDS, type Kind, sniff } from './sniff.ts';
import { type ByteSource, label } from './source.ts';
import type { DiscoveredFile } from './walk.ts';

export interface ScanLimits {
  /** Archive nesting depth (a file on disk is depth 0). */
  maxDepth: number;
  /** Total bytes all decompressions of one file on disk may produce. */
  maxExpandedBytes: number;
  /** Largest single decompressed member kept in memory. */
  maxMemberBytes: number;
  /** Expanded / compressed size above which a member is a bomb. */
  maxRatio: number;
  /** Members per archive. */
  maxMembers: number;
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxDepth: 5,
  maxExpandedBytes: 4 * 1024 ** 3,
  maxMemberBytes: 512 * 1024 ** 2,
  maxRatio: 200,
  maxMembers: 100_000,
};

/** Options analyzers may read (filled from the policy by the caller). */
export interface AnalyzerOptions {
  /** Extra exact `module.name` pickle globals to treat as allowed. */
  pickleAllow?: readonly string[];
  /** Anything else a later module needs; keys are namespaced by module. */
  [key: string]: unknown;
}

export interface AnalyzerContext {
  source: ByteSource;
  kind: Kind;
  /** Base name of the file or member. */
  name: string;
  /** First bytes of the source (up to SNIFF_HEAD). */
  head: Buffer;
  /** 0 for a file on disk, +1 per archive level. */
  depth: number;
  limits: ScanLimits;
  options: AnalyzerOptions;
  /** Expansion budget shared by every member of the file on disk. */
  budget: ExpansionBudget;
  report(f: ReportedFinding): void;
  /** Sniffs and analyzes a member (at depth + 1). Reports depth-limit findings itself. */
  scanMember(member: ByteSource, name: string): Promise<void>;
  /** Every kind seen so far in this file on disk and its members (policy format rules use it). */
  kinds: Set<Kind>;
}

export interface FileAnalyzer {
  id: string;
  kinds: readonly Kind[];
  analyze(ctx: AnalyzerContext): Promise<void>;
}

export interface TreeContext {
  /** Absolute root of the target folder. */
  root: string;
  /** The target as typed (for display paths). */
  display: string;
  files: readonly DiscoveredFile[];
  options: AnalyzerOptions;
  report(f: Finding): void;
  /** Reads a discovered file as text (bounded); from memory when the scan kept its bytes. */
  readText(file: DiscoveredFile, limit?: number): Promise<string>;
  /** The first `n` bytes of a discovered file; from memory when the scan kept its bytes. */
  readHead(file: DiscoveredFile, n: number): Promise<Buffer>;
}

export interface TreeAnalyzer {
  id: string;
  /** Also run for a target that is a single file (ctx.files holds just that file). Default: folders only. */
  singleFiles?: boolean;
  analyze(ctx: TreeContext): Promise<void>;
}

const fileAnalyzers: FileAnalyzer[] = [];
const treeAnalyzers: TreeAnalyzer[] = [];

export function registerFileAnalyzer(a: FileAnalyzer): void {
  if (!fileAnalyzers.some((x) => x.id === a.id)) fileAnalyzers.push(a);
}
export function registerTreeAnalyzer(a: TreeAnalyzer): void {
  if (!treeAnalyzers.some((x) => x.id === a.id)) treeAnalyzers.push(a);
}
export function getTreeAnalyzers(): readonly TreeAnalyzer[] {
  return treeAnalyzers;
}
export function analyzersFor(kind: Kind): FileAnalyzer[] {
  return fileAnalyzers.filter((a) => a.kinds.includes(kind));
}

/**
 * Kinds a loader could execute code from or that hide other files. When no analyzer is registered
 * for one of them the scan fails closed with `scan/unsupported-format` instead of passing it.
 */
export const CODE_BEARING_KINDS: ReadonlySet<Kind> = new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.pickle,
  KINDS.numpy,
  KINDS.hdf5,
]);

export const UNSUPPORTED_FORMAT = defineRule({
  id: 'scan/unsupported-format',
  severity: 'high',
  title: 'Content modelvet cannot analyze yet',
  tags: ['fail-closed'],
  explain: `The file (or archive member) holds a format that can carry executable content, but this
version of modelvet has no analyzer for it. A gate that cannot look inside something must not pass
it, so this is a finding.

Fix: convert the artifact to a format that cannot run code (safetensors, GGUF), or, if you have
vetted it by other means, ignore this rule for that path in a policy file with a reason.`,
});

export const ANALYZER_ERROR = defineRule({
  id: 'scan/read-error',
  severity: 'high',
  title: 'File could not be read to the end',
  tags: ['fail-closed'],
  explain: `modelvet could not finish reading this file or member: it vanished, shrank, changed
while being read, or an I/O error occurred. Whatever was found before the error is still reported,
but the rest was not vetted. Fix: re-download the artifact and scan it again while nothing writes to it.`,
});

export const DEPTH_LIMIT = defineRule({
  id: 'archive/depth-limit',
  severity: 'high',
  title: 'Archive nesting deeper than the limit',
  tags: ['archive', 'fail-closed'],
  explain: `An archive member is itself an archive, nested deeper than modelvet's limit (5 levels).
Real model files are never nested that deep; deep nesting is a way to exhaust scanners or hide a
payload below the depth they look at. The innermost content was not scanned.`,
});

export class ExpansionBudget {
  used = 0;
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
}

export interface AnalyzeResult {
  kind: Kind;
  /** Kinds of every nested member (not the file itself), sorted. */
  memberKinds: Kind[];
  findings: Finding[];
}

/** Sniffs `source` and runs every analyzer for its kind; never throws for content problems. */
export async function analyzeSource(
  source: ByteSource,
  name: string,
  opts: { limits?: ScanLimits; options?: AnalyzerOptions; depth?: number; budget?: ExpansionBudget } = {},
): Promise<AnalyzeResult> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const findings: Finding[] = [];
  const budget = opts.budget ?? new ExpansionBudget(limits.maxExpandedBytes);
  const kinds = new Set<Kind>();
  const memberKinds = new Set<Kind>();
  const kind = await dispatch(
    source,
    name,
    opts.depth ?? 0,
    limits,
    opts.options ?? {},
    budget,
    findings,
    kinds,
    memberKinds,
  );
  return { kind, memberKinds: [...memberKinds].sort(), findings };
}

async function dispatch(
  source: ByteSource,
  name: string,
  depth: number,
  limits: ScanLimits,
  options: AnalyzerOptions,
  budget: ExpansionBudget,
  findings: Finding[],
  kinds: Set<Kind>,
  memberKinds: Set<Kind>,
): Promise<Kind> {
  const push = (f: ReportedFinding) => {
    const member = f.member ?? (source.member.length ? [...source.member] : undefined);
    const { member: _m, path: _p, ...rest } = f;
    findings.push({ ...rest, path: source.path, ...(member ? { member } : {}) });
  };
  let sniffed: Awaited<ReturnType<typeof sniff>>;
  try {
    sniffed = await sniff(source, name);
  } catch (err) {
    push(readError(source, err));
    return KINDS.unknown;
  }
  kinds.add(sniffed.kind);
  if (depth > 0) memberKinds.add(sniffed.kind);
  const ctx: AnalyzerContext = {
    source,
    kind: sniffed.kind,
    name,
    head: sniffed.head,
    depth,
    limits,
    options,
    budget,
    report: push,
    kinds,
    scanMember: async (member, memberName) => {
      if (depth + 1 > limits.maxDepth) {
        push(
          finding(DEPTH_LIMIT, {
            message: `${label(member)} is nested ${depth + 1} levels deep (limit ${limits.maxDepth}); not scanned`,
            member: [...member.member],
          }),
        );
        return;
      }
      await dispatch(member, memberName, depth + 1, limits, options, budget, findings, kinds, memberKinds);
    },
  };
  const analyzers = analyzersFor(sniffed.kind);
  if (analyzers.length === 0 && CODE_BEARING_KINDS.has(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind },
      }),
    );
  }
  for (const analyzer of analyzers) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
}

function readError(source: ByteSource, err: unknown, analyzer?: string): ReportedFinding {
  const io = err instanceof ModelvetError || (err as NodeJS.ErrnoException)?.code !== undefined;
  const severity: Severity = 'high';
  const text = describeError(err, label(source));
  return finding(ANALYZER_ERROR, {
    severity,
    message: io ? text : `${label(source)}: ${analyzer ?? 'analyzer'} failed: ${text}`,
    evidence: {
      ...(analyzer ? { analyzer } : {}),
      ...(err instanceof ModelvetError ? { code: err.code } : {}),
    },
  });
}
