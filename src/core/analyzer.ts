/**
 * Analyzers: how formats plug into the scan.
 *
 * A FileAnalyzer looks at one ByteSource of given kinds (a file on disk or an archive member) and
 * reports findings. Containers call `ctx.scanMember` for each member, which sniffs it and
 * dispatches it again, so a pickle is found at any nesting depth without the pickle analyzer
 * knowing where it came from. A TreeAnalyzer looks at a whole target folder (remote code, shard
 * indexes, dependency files that include each other). Which analyzers and sniffers run is the
 * Scanner's (src/scanner.ts): a value handed to every dispatch, not a list filled by imports.
 *
 * Analyzers never print and never decide pass/fail: they report findings.
 */
import { describeError, ModelvetError } from './errors.ts';
import {
  defineRule,
  type Finding,
  finding,
  type ReportedFinding,
  type Severity,
  severityRank,
} from './finding.ts';

export type { ReportedFinding };
import type { ModelReference } from './model-source.ts';
import type { Scanner } from '../scanner.ts';
import { KINDS, type Kind, sniff } from './sniff.ts';
import { type ByteSource, label, SliceSource } from './source.ts';
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
  /**
   * Shared by the analyzers of this one source, so a structure several of them need (a zip's
   * directory, read by the zip and the Keras analyzers) is parsed once. Keys are namespaced by module.
   */
  memo: Map<string, unknown>;
  /** A model the content names (pinned or not), for the policy's `sources`. */
  reference?(r: ModelReference): void;
}

export interface FileAnalyzer {
  id: string;
  /** Kinds the analyzer is run for. */
  kinds: readonly Kind[];
  /**
   * Kinds this analyzer reads in full: the containers it lists, the streams it decodes, the format
   * it parses. The fail-closed guard asks for one of these, not for any analyzer of the scanner: an
   * analyzer that runs over content of many kinds looking for something else (a polyglot probe, a
   * config that may be inside) claims nothing, so adding it to a scanner can never turn content
   * nobody can read into a pass.
   */
  claims?: readonly Kind[];
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
  /** A model a file names (pinned or not), for the policy's `sources`. */
  reference?(r: ModelReference): void;
  /** Reads a discovered file as text (bounded); from memory when the scan kept its bytes. */
  readText(file: DiscoveredFile, limit?: number): Promise<string>;
  /** The first `n` bytes of a discovered file; from memory when the scan kept its bytes. */
  readHead(file: DiscoveredFile, n: number): Promise<Buffer>;
  /**
   * Random access to a discovered file that is not on disk (a remote source's range reads). Absent
   * for a folder on disk, where `file.fsPath` opens it.
   */
  openSource?(file: DiscoveredFile): ByteSource;
}

export interface TreeAnalyzer {
  id: string;
  /** Also run for a target that is a single file (ctx.files holds just that file). Default: folders only. */
  singleFiles?: boolean;
  analyze(ctx: TreeContext): Promise<void>;
}

/** In `FileAnalyzer.kinds`: run for content of every kind (polyglot probes). */
export const EVERY_KIND: Kind = '*';

/** The analyzers of `analyzers` that run for `kind`, in their order. */
export function analyzersFor(analyzers: readonly FileAnalyzer[], kind: Kind): FileAnalyzer[] {
  return analyzers.filter((a) => a.kinds.includes(kind) || a.kinds.includes(EVERY_KIND));
}

/** True when one of `analyzers` reads `kind` in full (see FileAnalyzer.claims). */
export function kindIsClaimed(analyzers: readonly FileAnalyzer[], kind: Kind): boolean {
  return analyzers.some((a) => a.claims?.includes(kind));
}

/**
 * Kinds a loader could execute code from or that hide other files. When no analyzer claims one of
 * them the scan fails closed with `scan/unsupported-format` instead of passing it.
 */
export const CODE_BEARING_KINDS: ReadonlySet<Kind> = new Set([
  KINDS.zip,
  KINDS.tar,
  KINDS.gzip,
  KINDS.bzip2,
  KINDS.xz,
  KINDS.zstd,
  KINDS.lz4,
  KINDS.zlib,
  KINDS.lzmaAlone,
  KINDS.sevenZip,
  KINDS.rar,
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

export const WORK_LIMIT = defineRule({
  id: 'archive/work-limit',
  severity: 'high',
  title: 'Nested members exceed the work budget of one file',
  tags: ['archive', 'fail-closed', 'denial-of-service'],
  explain: `A file on disk and everything nested in it (archive members, members of members,
decompressed streams) may hand modelvet at most as many members as one archive may hold (100,000). This file reached that budget, so the members after
it were not scanned. Real checkpoints are far below it; archives whose members overlap or contain the
archive again (zip quines, overlapping entries) reach it to make a scanner loop or give up.

Fix: re-create the archive without overlapping or nested copies, or split a legitimate archive with
more members into several; the members past the limit were not vetted.`,
});

/**
 * The work one file on disk may cause: bytes produced by decompression (and bytes re-read by
 * members that overlap others), and members dispatched at any nesting depth. Shared by every
 * member of the file, so nesting and overlap cannot multiply it.
 */
export class ExpansionBudget {
  used = 0;
  readonly limit: number;
  members = 0;
  readonly memberLimit: number;
  /** Set once the member budget ran out and that was reported. */
  memberLimitReported = false;
  constructor(limit: number, memberLimit = Number.MAX_SAFE_INTEGER) {
    this.limit = limit;
    this.memberLimit = memberLimit;
  }
  /** Returns false (and records nothing) when taking `n` more bytes would pass the limit. */
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  /** Takes what is left of the byte budget, up to `n` (a stream that was cut still cost its bytes). */
  charge(n: number): void {
    this.used += Math.min(n, Math.max(0, this.limit - this.used));
  }
  /** Counts one more dispatched member; false once the member budget is spent. */
  takeMember(): boolean {
    if (this.members >= this.memberLimit) return false;
    this.members++;
    return true;
  }
}

export interface AnalyzeResult {
  kind: Kind;
  /** Kinds of every nested member (not the file itself), sorted. */
  memberKinds: Kind[];
  findings: Finding[];
  /** Models named by members (archive members' code and configs). */
  references: ModelReference[];
}

/** Sniffs `source` with the scanner's sniffers and runs its analyzers for the kind; never throws for content problems. */
export async function analyzeSource(
  source: ByteSource,
  name: string,
  opts: {
    scanner: Scanner;
    limits?: ScanLimits;
    options?: AnalyzerOptions;
    depth?: number;
    budget?: ExpansionBudget;
  },
): Promise<AnalyzeResult> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const scan: ScanState = {
    scanner: opts.scanner,
    limits,
    options: opts.options ?? {},
    budget: opts.budget ?? new ExpansionBudget(limits.maxExpandedBytes, limits.maxMembers),
    findings: [],
    perRule: new Map(),
    kinds: new Set<Kind>(),
    memberKinds: new Set<Kind>(),
    references: [],
  };
  const kind = await dispatch(scan, source, name, opts.depth ?? 0);
  addCollapsed(scan, source);
  return {
    kind,
    memberKinds: [...scan.memberKinds].sort(),
    findings: scan.findings,
    references: scan.references,
  };
}

/**
 * Findings of one rule listed per file on disk (members included); past it the rest are counted into
 * one finding of the same rule at the highest severity among them, so the verdict is what it would
 * have been. A recovered zip of 4,102 broken local entries gave 12,303 findings, a 16 MB SARIF file
 * and 288 MiB to write it; no real model has this many of one rule in one file.
 */
export const MAX_FINDINGS_PER_RULE = 200;

interface Collapsed {
  listed: number;
  dropped: number;
  /** The highest severity among the findings not listed. */
  severity?: Severity;
}

function addCollapsed(scan: ScanState, source: ByteSource): void {
  for (const [rule, c] of scan.perRule) {
    if (c.dropped === 0 || c.severity === undefined) continue;
    scan.findings.push({
      rule,
      severity: c.severity,
      message: `${label(source)}: ${c.dropped} more findings of this rule in this file were not listed (the first ${c.listed} are)`,
      path: source.path,
      evidence: { notListed: c.dropped, listed: c.listed },
    });
  }
}

/** What every dispatch of one file on disk shares. */
interface ScanState {
  scanner: Scanner;
  limits: ScanLimits;
  options: AnalyzerOptions;
  budget: ExpansionBudget;
  findings: Finding[];
  /** Findings of each rule reported so far in this file, and those past MAX_FINDINGS_PER_RULE. */
  perRule: Map<string, Collapsed>;
  kinds: Set<Kind>;
  memberKinds: Set<Kind>;
  references: ModelReference[];
}

function reporterFor(scan: ScanState, source: ByteSource): (f: ReportedFinding) => void {
  return (f) => {
    let c = scan.perRule.get(f.rule);
    if (!c) {
      c = { listed: 0, dropped: 0 };
      scan.perRule.set(f.rule, c);
    }
    if (c.listed >= MAX_FINDINGS_PER_RULE) {
      c.dropped++;
      if (c.severity === undefined || severityRank(f.severity) > severityRank(c.severity))
        c.severity = f.severity;
      return;
    }
    c.listed++;
    const member = f.member ?? (source.member.length ? [...source.member] : undefined);
    const { member: _m, path: _p, ...rest } = f;
    scan.findings.push({ ...rest, path: source.path, member });
  };
}

async function dispatch(scan: ScanState, source: ByteSource, name: string, depth: number): Promise<Kind> {
  const push = reporterFor(scan, source);
  let sniffed: Awaited<ReturnType<typeof sniff>>;
  try {
    sniffed = await sniff(source, name, scan.scanner.sniffers);
  } catch (err) {
    push(readError(source, err));
    return KINDS.unknown;
  }
  scan.kinds.add(sniffed.kind);
  if (depth > 0) scan.memberKinds.add(sniffed.kind);
  const ctx: AnalyzerContext = {
    source,
    kind: sniffed.kind,
    name,
    head: sniffed.head,
    depth,
    limits: scan.limits,
    options: scan.options,
    budget: scan.budget,
    report: push,
    kinds: scan.kinds,
    memo: new Map(),
    reference: (r) => scan.references.push(r),
    scanMember: (member, memberName) => scanNested(scan, push, member, memberName, depth + 1),
  };
  if (CODE_BEARING_KINDS.has(sniffed.kind) && !scan.scanner.claims(sniffed.kind)) {
    push(
      finding(UNSUPPORTED_FORMAT, {
        message: `${label(source)} is ${sniffed.kind} content, which this version cannot analyze`,
        evidence: { kind: sniffed.kind },
      }),
    );
  }
  for (const analyzer of scan.scanner.analyzersFor(sniffed.kind)) {
    try {
      await analyzer.analyze(ctx);
    } catch (err) {
      push(readError(source, err, analyzer.id));
    }
  }
  return sniffed.kind;
}

/**
 * Bytes appended after the last tensor of a weights file are content of their own (a pickle tacked
 * onto the weights makes a polyglot): sniff and scan them like an archive member named `file@offset`.
 */
export async function scanTrailingBytes(ctx: AnalyzerContext, start: number): Promise<void> {
  const member = [...ctx.source.member, `${ctx.name}@${start}`];
  await ctx.scanMember(new SliceSource(ctx.source, start, ctx.source.size - start, member), 'trailing-data');
}

/** Dispatches a member one level deeper, within the depth limit and the member budget. */
async function scanNested(
  scan: ScanState,
  push: (f: ReportedFinding) => void,
  member: ByteSource,
  name: string,
  depth: number,
): Promise<void> {
  if (depth > scan.limits.maxDepth) {
    push(
      finding(DEPTH_LIMIT, {
        message: `${label(member)} is nested ${depth} levels deep (limit ${scan.limits.maxDepth}); not scanned`,
        member: [...member.member],
      }),
    );
    return;
  }
  if (!scan.budget.takeMember()) {
    if (!scan.budget.memberLimitReported) {
      scan.budget.memberLimitReported = true;
      push(
        finding(WORK_LIMIT, {
          message: `${label(member)}: the file has handed out ${scan.budget.memberLimit} nested members (the limit); this one and the rest were not scanned`,
          member: [...member.member],
          evidence: { limit: scan.budget.memberLimit },
        }),
      );
    }
    return;
  }
  await dispatch(scan, member, name, depth);
}

function readError(source: ByteSource, err: unknown, analyzer?: string): ReportedFinding {
  const io = err instanceof ModelvetError || (err as NodeJS.ErrnoException)?.code !== undefined;
  const severity: Severity = 'high';
  const text = describeError(err, label(source));
  return finding(ANALYZER_ERROR, {
    severity,
    message: io ? text : `${label(source)}: ${analyzer ?? 'analyzer'} failed: ${text}`,
    evidence: {
      analyzer,
      code: err instanceof ModelvetError ? err.code : undefined,
    },
  });
}
