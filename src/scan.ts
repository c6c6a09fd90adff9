/**
 * scan(): discover → plan → hash and analyze → tree checks → verify → assemble the Report.
 *
 * Every file's bytes are opened and read once. Small files (most of a folder of configs, scripts
 * and shards' indexes) are read whole by the hash pool in batches (one message per batch), hashed
 * there, and handed back for the analyzers to read from memory; the tree checks read the same bytes
 * again from memory while a budget lasts. Large files are streamed by the pool's readers while the
 * analyzers read the few KB to MB they need on this thread.
 */
import { resolve } from 'node:path';
import { defaultScanner } from './builtins.ts';
import { describeError, ModelvetError } from './core/errors.ts';
import { compareFindings, type Finding, finding, type Severity } from './core/finding.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm } from './core/hash/digests.ts';
import type { ProgressEvent } from './core/hash/progress.ts';
import type { AnalyzerOptions, ScanLimits } from './core/analyzer.ts';
import { pathKey, suspiciousName } from './core/paths.ts';
import {
  countBySeverity,
  decideVerdict,
  type FileReport,
  REPORT_SCHEMA_VERSION,
  type Report,
  type VerificationReport,
} from './core/report.ts';
import { type DiscoveredFile, discoverTarget, type Target } from './core/walk.ts';
import { type ModelReference, sortReferences } from './core/model-source.ts';
import type { Policy } from './policy/types.ts';
import {
  type ContentResults,
  HASH_ERROR,
  type PlannedContent,
  readContents,
  RetainedBytes,
} from './scan-read.ts';
import { sliceReads } from './shard/scan-slice.ts';
import { ownsTargetChecks, type ShardSpec } from './shard/spec.ts';
import { verifyOnShard } from './shard/target-checks.ts';
import { annotateStores, findEnclosingStore } from './verify/stores.ts';
import { VERSION } from './version.ts';
import type { Scanner } from './scanner.ts';
import type { VerifyTargetOptions } from './core/target-verifier.ts';
import type { RemoteOptions } from './sources/scan-remote.ts';
import { isRemoteUrl, type ResolvedSource } from './sources/source.ts';
import { applyPolicy, trustedPart } from './policy/apply.ts';
import { loadRemoteSources } from './lazy.ts';
import { monotonicMs } from './core/clock.ts';

export { HASH_ERROR } from './scan-read.ts';

export interface ScanOptions {
  /** The analyzers, sniffers, verifiers and rules to scan with (default: defaultScanner()). */
  scanner?: Scanner;
  failOn?: Severity;
  /** Hash worker threads (default: available cores). */
  jobs?: number;
  /** Extra digests besides sha256. */
  algorithms?: DigestAlgorithm[];
  limits?: ScanLimits;
  analyzerOptions?: AnalyzerOptions;
  /** Explicit integrity checks: a lock file, a signature and its signers, paths left out. */
  verify?: VerifyTargetOptions;
  onProgress?: (e: ProgressEvent) => void;
  /** Analyses run at once on this thread (I/O overlap). */
  analysisConcurrency?: number;
  /** Applied to the report (applyPolicy); its pickle allowlist is fed to analyzers. `failOn` above wins over its failOn. */
  policy?: Policy;
  /** Folder relative paths are opened from (default: the process's); reports show them as given. */
  cwd?: string;
  /** For hf:// paths: token, hub URL (mirror / private hub), client settings. */
  remote?: RemoteOptions;
  /** Digests of unchanged large files from this cache (the caller opens and flushes it). */
  digestCache?: DigestCache;
  /** Scan only this shard's files (src/shard/): the report lists them, shard 1 also runs the target checks. */
  shard?: ShardSpec;
}

export type { TargetVerifier, VerifyTargetOptions } from './core/target-verifier.ts';

/** Names that are content digests (HF cache blobs, Ollama blobs): the link to them carries the real name. */
const CONTENT_ADDRESSED_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|sha256[-:][0-9a-f]{64})$/;

const baseName = (f: DiscoveredFile) => f.rel.split('/').at(-1) ?? f.rel;
const isAlias = (f: DiscoveredFile) => f.symlinkTarget !== undefined || f.viaLink !== undefined;

/**
 * Several discovered paths can be one file (links inside the folder, e.g. a Hugging Face cache's
 * snapshots/ → blobs/, or the same folder given twice). Each file is hashed once (through its real
 * path). It is analyzed once per distinct name it goes by, since names are hints to analyzers and
 * to loaders alike, except that a content-digest blob name is dropped when a link gives the file a
 * real name.
 */
export function planReads(
  all: readonly DiscoveredFile[],
  algorithms: readonly DigestAlgorithm[] = ['sha256'],
) {
  const groups = new Map<string, DiscoveredFile[]>();
  for (const f of all) {
    const key = pathKey(f.fsPath);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const base: DigestAlgorithm[] = [...new Set<DigestAlgorithm>(['sha256', ...algorithms])];
  const contents: PlannedContent[] = [];
  for (const [key, g] of groups) {
    const hashAs = g.length === 1 ? g[0]! : (g.find((f) => !isAlias(f)) ?? g[0]!);
    const extra = g.flatMap((f) => (f.store && !base.includes(f.store.algorithm) ? [f.store.algorithm] : []));
    contents.push({
      key,
      fsPath: hashAs.fsPath,
      size: hashAs.size,
      hashAs,
      analyzeAs: g.length === 1 ? g : analysisNames(g),
      algorithms: extra.length ? [...new Set([...base, ...extra])] : base,
    });
  }
  return contents;
}

function analysisNames(group: readonly DiscoveredFile[]): DiscoveredFile[] {
  const hasLink = group.some(isAlias);
  const seen = new Set<string>();
  const out: DiscoveredFile[] = [];
  // Real paths first, so a file analyzed under its own name is reported at its own path.
  for (const f of [...group].sort((a, b) => Number(isAlias(a)) - Number(isAlias(b)))) {
    const name = baseName(f);
    if (seen.has(name)) continue;
    if (hasLink && !isAlias(f) && CONTENT_ADDRESSED_NAME.test(name)) continue;
    seen.add(name);
    out.push(f);
  }
  return out;
}

/**
 * Discovers every path (throws ModelvetError NOT_FOUND / UNREADABLE for one that cannot be opened:
 * exit code 2). A path inside a Hugging Face cache repository may link into the repository's blobs;
 * store blobs are named as users know them. The same file or folder given twice is scanned once.
 */
export async function discoverAll(paths: readonly string[], cwd?: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const p of paths) {
    try {
      const store = await findEnclosingStore(cwd === undefined ? p : resolve(cwd, p));
      const target = await discoverTarget(p, {
        cwd,
        linkRoot: store?.kind === 'hf-cache' ? store.root : undefined,
      });
      await annotateStores(target, store);
      targets.push(target);
    } catch (err) {
      if (err instanceof ModelvetError) throw err;
      const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
      throw new ModelvetError(code, describeError(err, p), { path: p, cause: err });
    }
  }
  return withoutCovered(targets);
}

/** Drops a target another one already scans: the same folder again, or a file inside a folder target. */
function withoutCovered(targets: readonly Target[]): Target[] {
  const folderFiles = new Map<Target, Set<string>>();
  for (const t of targets)
    if (t.isDirectory) folderFiles.set(t, new Set(t.files.map((f) => pathKey(f.fsPath))));
  return targets.filter((t, i) => {
    for (const [other, keys] of folderFiles) {
      if (other === t) continue;
      const sameFolder = t.isDirectory && other.root === t.root && targets.indexOf(other) < i;
      const fileInside = !t.isDirectory && t.files.length === 1 && keys.has(pathKey(t.files[0]!.fsPath));
      if (sameFolder || fileInside) return false;
    }
    return true;
  });
}

export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<Report> {
  if (paths.length === 0) throw new ModelvetError('USAGE', 'scan needs at least one path');
  const started = monotonicMs();
  if (paths.some(isRemoteUrl)) return withPolicy(options, (opts) => scanRemote(paths, opts, started));
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  if (!policy) return report;
  return applyPolicy(report, policy, applyOptions(options));
}

/** Scans a remote source already resolved (pull scans the very commit it then downloads). */
export async function scanResolvedSource(source: ResolvedSource, options: ScanOptions = {}): Promise<Report> {
  return withPolicy(options, (opts) => remoteReport(source, opts, monotonicMs()));
}

/** applyPolicy's options from a scan's: its --fail-on, and the scanner's rules for severities. */
const applyOptions = (options: ScanOptions) => ({
  failOn: options.failOn,
  rules: (options.scanner ?? defaultScanner()).rule,
});

/** Runs a remote scan with the trusted part of the policy, then applies the whole policy. */
async function withPolicy(
  options: ScanOptions,
  run: (options: ScanOptions) => Promise<Report>,
): Promise<Report> {
  const { policy } = options;
  if (!policy) return run(options);
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...(options.analyzerOptions?.pickleAllow ?? []), ...trusted.pickle.allow];
  const report = await run({
    ...options,
    policy: trusted,
    analyzerOptions: { ...options.analyzerOptions, pickleAllow },
  });
  return applyPolicy(report, policy, applyOptions(options));
}

/** The scan of discovered targets up to its last step, applyPolicy (which a sharded scan leaves to `merge`). */
export async function scanBeforePolicy(
  targets: readonly Target[],
  options: ScanOptions = {},
  started = monotonicMs(),
): Promise<{ report: Report; policy?: Policy }> {
  const { policy } = options;
  if (!policy) return { report: await scanTargets(targets, options, started) };
  // Loaded only with a policy (it brings the glob matcher).
  // Analyzers and verifiers see only what the policy may loosen (not a scanned folder's own policy).
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...(options.analyzerOptions?.pickleAllow ?? []), ...trusted.pickle.allow];
  const report = await scanTargets(
    targets,
    { ...options, policy: trusted, analyzerOptions: { ...options.analyzerOptions, pickleAllow } },
    started,
  );
  return { report, policy };
}

/** Scans targets already discovered (files may have changed since: that is reported, not thrown). */
export async function scanTargets(
  targets: readonly Target[],
  options: ScanOptions = {},
  started = monotonicMs(),
): Promise<Report> {
  const startedAt = new Date(Date.now() - (monotonicMs() - started)).toISOString();
  const all = targets.flatMap((t) => t.files);
  // On a shard: its slice of the files; the checks of whole targets run on shard 1 only.
  const targetChecks = ownsTargetChecks(options.shard);
  const findings: Finding[] = targetChecks ? targets.flatMap((t) => t.findings) : [];
  const { plan, keeps } = sliceReads(planReads(all, options.algorithms), options.shard);
  const references: ModelReference[] = [];
  const scanner = options.scanner ?? defaultScanner();
  const results = await readContents(plan, { ...options, scanner }, findings, references);
  const files = fileReports(all.filter(keeps), results);
  if (targetChecks) await runTreeChecks(targets, scanner, options, results.retained, findings, references);
  const verifications = targetChecks
    ? await verifyTargets(targets, scanner, files, options, findings, references)
    : [];
  return assembleReport({
    targets,
    files: [...files.values()],
    findings,
    references,
    verifications,
    results,
    options,
    started,
    startedAt,
  });
}

function fileReports(
  all: readonly DiscoveredFile[],
  results: ContentResults,
): Map<DiscoveredFile, FileReport> {
  const reports = new Map<DiscoveredFile, FileReport>();
  for (const file of all) {
    const r = results.byKey.get(pathKey(file.fsPath));
    reports.set(file, {
      path: file.display,
      size: r?.size ?? file.size,
      kind: r?.kind ?? 'unknown',
      contains: r?.memberKinds.length ? r.memberKinds : undefined,
      digests: r?.digests,
      digestsFrom: r?.cached ? 'cache' : undefined,
      symlinkTarget: file.symlinkTarget,
      // The exact bytes of a name that is not UTF-8 or holds characters reports escape.
      pathBytes: suspiciousName(file.relBytes) ? file.relBytes.toString('hex') : undefined,
    });
  }
  return reports;
}

/** Tree analyzers (remote code, shard indexes, dependency files), reading from memory where they can. */
async function runTreeChecks(
  targets: readonly Target[],
  scanner: Scanner,
  options: ScanOptions,
  retained: RetainedBytes,
  findings: Finding[],
  references: ModelReference[],
): Promise<void> {
  for (const target of targets) {
    for (const tree of scanner.treeAnalyzers) {
      if (!target.isDirectory && !tree.singleFiles) continue;
      try {
        await tree.analyze({
          root: target.root,
          display: target.input,
          files: target.files,
          options: options.analyzerOptions ?? {},
          report: (f) => findings.push(f),
          reference: (r) => references.push(r),
          readText: (file, limit) => retained.readText(file, limit),
          readHead: (file, n) => retained.readHead(file, n),
        });
      } catch (err) {
        findings.push(
          finding(HASH_ERROR, {
            path: target.input,
            message: `${tree.id}: ${describeError(err, target.input)}`,
          }),
        );
      }
    }
  }
}

/** Lock files, checksum files, signatures and content-addressed stores, with the digests just computed. */
async function verifyTargets(
  targets: readonly Target[],
  scanner: Scanner,
  files: ReadonlyMap<DiscoveredFile, FileReport>,
  options: ScanOptions,
  findings: Finding[],
  references: ModelReference[],
): Promise<VerificationReport[]> {
  const verifications: VerificationReport[] = [];
  for (const target of targets) {
    const byRel = new Map<string, FileReport>();
    for (const f of target.files) {
      const r = files.get(f);
      if (r) byRel.set(f.rel, r);
    }
    for (const v of scanner.verifiers) {
      const ctx = { target, files: byRel, options };
      // On a shard, the verifier gets the digests of files outside the slice it asks for.
      const out = options.shard ? await verifyOnShard(v, ctx) : await v.verify(ctx);
      verifications.push(...out.verifications);
      findings.push(...out.findings);
      for (const r of out.references ?? []) references.push(r);
    }
  }
  return verifications;
}

/**
 * hf:// URLs, scanned in place (range reads, nothing written to disk). One remote URL per scan,
 * and not mixed with local paths: each gets its own report.
 */
async function scanRemote(paths: readonly string[], options: ScanOptions, started: number): Promise<Report> {
  if (paths.length !== 1)
    throw new ModelvetError('USAGE', 'scan one hf:// URL at a time, without local paths beside it');
  const { openRemote } = await loadRemoteSources();
  const source = await openRemote(paths[0]!, options.remote ?? {});
  return remoteReport(source, options, started);
}

async function remoteReport(source: ResolvedSource, options: ScanOptions, started: number): Promise<Report> {
  const startedAt = new Date().toISOString();
  const { scanRemoteSource } = await loadRemoteSources();
  const remote = options.remote ?? {};
  const parts = await scanRemoteSource(source, {
    ...remote,
    scanner: options.scanner ?? defaultScanner(),
    analyzerOptions: options.analyzerOptions,
  });
  const report = assembleReport({
    targets: [parts.target],
    files: parts.files,
    findings: parts.findings,
    references: parts.references,
    verifications: [
      {
        kind: 'remote-metadata',
        source: `${source.input} @ ${source.commit}`,
        ok: true,
        message: /^ollama:/i.test(source.input)
          ? `integrity from the registry manifest (${source.commit}, sha256 layer digests); not hashed locally`
          : `integrity from the Hub's metadata (LFS sha256, git blob ids) at commit ${source.commit}; not hashed locally`,
      },
    ],
    results: { byKey: new Map(), hashedBytes: 0, retained: new RetainedBytes() },
    options,
    started,
    startedAt,
  });
  report.summary.bytes = source.bytesFetched();
  return report;
}

function assembleReport(parts: {
  targets: readonly Target[];
  files: FileReport[];
  findings: Finding[];
  references: ModelReference[];
  verifications: VerificationReport[];
  results: ContentResults;
  options: ScanOptions;
  started: number;
  startedAt: string;
}): Report {
  const { files, findings, verifications } = parts;
  const failOn = parts.options.failOn ?? 'high';
  findings.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const durationMs = monotonicMs() - parts.started;
  const hashedBytes = parts.results.hashedBytes;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelvet', version: VERSION },
    startedAt: parts.startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: parts.targets.map((t) => ({ input: t.input, isDirectory: t.isDirectory, skipped: t.skipped })),
    files,
    findings,
    verifications,
    modelReferences: parts.references.length ? sortReferences(parts.references) : undefined,
    summary: {
      files: files.length,
      bytes: hashedBytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round((hashedBytes / durationMs) * 1000) : 0,
    },
    verdict,
    reason,
  };
}
