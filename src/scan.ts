/**
 * scan(): discover → hash (worker pool) and analyze (this thread) every file → tree analyzers →
 * Report. Hashing and analysis overlap: analyzers read a few KB to MB per file while the workers
 * stream every byte.
 */
import './analyzers.ts';
import {
  type AnalyzerOptions,
  analyzeSource,
  DEFAULT_LIMITS,
  getTreeAnalyzers,
  type ScanLimits,
} from './core/analyzer.ts';
import { describeError, ModelvetError } from './core/errors.ts';
import { compareFindings, defineRule, type Finding, finding, type Severity } from './core/finding.ts';
import type { DigestCache } from './core/hash/cache.ts';
import type { DigestAlgorithm } from './core/hash/digests.ts';
import { defaultJobs, HashPool } from './core/hash/pool.ts';
import { Progress, type ProgressEvent } from './core/hash/progress.ts';
import {
  countBySeverity,
  decideVerdict,
  type FileReport,
  REPORT_SCHEMA_VERSION,
  type Report,
  type VerificationReport,
} from './core/report.ts';
import { FileSource, readAll } from './core/source.ts';
import { getTargetVerifiers } from './core/target-verifier.ts';
import { type DiscoveredFile, discoverTarget, type Target } from './core/walk.ts';
import type { Policy } from './policy/types.ts';
import { sliceReads } from './shard/scan-slice.ts';
import { ownsTargetChecks, type ShardSpec } from './shard/spec.ts';
import { verifyOnShard } from './shard/target-checks.ts';
import { VERSION } from './version.ts';

export const HASH_ERROR = defineRule({
  id: 'scan/hash-error',
  severity: 'high',
  title: 'File could not be hashed',
  tags: ['fail-closed', 'integrity'],
  explain: `modelvet could not read every byte of this file to hash it: it vanished, shrank or grew,
or an I/O error occurred. Its digest is missing from the report, so no integrity check can pass for it.
Fix: re-download the artifact and scan it again while nothing writes to it.`,
});

export interface ScanOptions {
  failOn?: Severity;
  /** Hash worker threads (default: available cores). */
  jobs?: number;
  /** Extra digests besides sha256. */
  algorithms?: DigestAlgorithm[];
  limits?: ScanLimits;
  analyzerOptions?: AnalyzerOptions;
  onProgress?: (e: ProgressEvent) => void;
  /** Analyses run at once on this thread (I/O overlap). */
  analysisConcurrency?: number;
  /** Applied to the report (applyPolicy); its pickle allowlist is fed to analyzers. `failOn` above wins over its failOn. */
  policy?: Policy;
  /** Digests of unchanged files from this cache (the caller opens and flushes it). */
  digestCache?: DigestCache;
  /** Scan only this shard's files (src/shard/): the report lists them, shard 1 also runs the target checks. */
  shard?: ShardSpec;
}

export { registerTargetVerifier, type TargetVerifier } from './core/target-verifier.ts';

async function mapLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Names that are content digests (HF cache blobs, Ollama blobs): the link to them carries the real name. */
const CONTENT_ADDRESSED_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|sha256[-:][0-9a-f]{64})$/;

/**
 * Several discovered paths can be one file (links inside the folder, e.g. a Hugging Face cache's
 * snapshots/ → blobs/). Each file is hashed once (through its real path). It is analyzed once per
 * distinct name it goes by, since names are hints to analyzers and to loaders alike, except that a
 * content-digest blob name is dropped when a link gives the file a real name.
 */
export function planReads(all: readonly DiscoveredFile[]): {
  hashOnce: DiscoveredFile[];
  analyzeOnce: DiscoveredFile[];
} {
  const groups = new Map<string, DiscoveredFile[]>();
  for (const f of all) {
    const g = groups.get(f.fsPath);
    if (g) g.push(f);
    else groups.set(f.fsPath, [f]);
  }
  const hashOnce: DiscoveredFile[] = [];
  const analyzeOnce: DiscoveredFile[] = [];
  const base = (f: DiscoveredFile) => f.rel.split('/').at(-1) ?? f.rel;
  for (const g of groups.values()) {
    hashOnce.push(g.find((f) => f.symlinkTarget === undefined) ?? g[0]!);
    const hasLink = g.some((f) => f.symlinkTarget !== undefined);
    const seen = new Set<string>();
    // Real paths first, so a file analyzed under its own name is reported at its own path.
    for (const f of [...g].sort(
      (a, b) => Number(a.symlinkTarget !== undefined) - Number(b.symlinkTarget !== undefined),
    )) {
      const name = base(f);
      if (seen.has(name)) continue;
      if (hasLink && f.symlinkTarget === undefined && CONTENT_ADDRESSED_NAME.test(name)) continue;
      seen.add(name);
      analyzeOnce.push(f);
    }
  }
  return { hashOnce, analyzeOnce };
}

/** Throws ModelvetError NOT_FOUND / UNREADABLE for a target that cannot be opened (exit code 2). */
export async function discoverAll(paths: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const p of paths) {
    try {
      targets.push(await discoverTarget(p));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
      throw new ModelvetError(code, describeError(err, p), { path: p, cause: err });
    }
  }
  return targets;
}

export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<Report> {
  if (paths.length === 0) throw new ModelvetError('USAGE', 'scan needs at least one path');
  const started = performance.now();
  const targets = await discoverAll(paths);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  if (!policy) return report;
  const { applyPolicy } = await import('./policy/apply.ts');
  return applyPolicy(report, policy, options.failOn ? { failOn: options.failOn } : {});
}

/** The scan of discovered targets up to its last step, applyPolicy (which a sharded scan leaves to `merge`). */
export async function scanBeforePolicy(
  targets: readonly Target[],
  options: ScanOptions = {},
  started = performance.now(),
): Promise<{ report: Report; policy?: Policy }> {
  const { policy } = options;
  if (!policy) return { report: await scanTargets(targets, options, started) };
  // Loaded only with a policy (it brings the glob matcher).
  const { trustedPart } = await import('./policy/apply.ts');
  // Analyzers and verifiers see only what the policy may loosen (not a scanned folder's own policy).
  const trusted = trustedPart(policy);
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
  started = performance.now(),
): Promise<Report> {
  const startedAt = new Date(Date.now() - (performance.now() - started)).toISOString();
  const failOn = options.failOn ?? 'high';
  const all: DiscoveredFile[] = targets.flatMap((t) => t.files);
  const targetChecks = ownsTargetChecks(options.shard);
  const findings: Finding[] = targetChecks ? targets.flatMap((t) => t.findings) : [];
  const { hashOnce, analyzeOnce, keeps } = sliceReads(planReads(all), options.shard);
  const totalBytes = hashOnce.reduce((n, f) => n + f.size, 0);
  const progress = new Progress(totalBytes, hashOnce.length, options.onProgress);
  const pool = new HashPool(
    Math.max(1, Math.min(options.jobs ?? defaultJobs(), hashOnce.length)),
    options.digestCache ? { digestCache: options.digestCache } : {},
  );
  const fileReports = new Map<DiscoveredFile, FileReport>();

  const hashing = Promise.all(
    hashOnce.map(async (file) => {
      try {
        const result = await pool.hash({
          path: file.fsPath,
          displayPath: file.display,
          algorithms: options.algorithms ?? ['sha256'],
          onProgress: (n) => progress.addBytes(n),
        });
        if (result.size !== file.size) {
          // Analyzers and the hash may have seen different bytes: nothing about this file is certain.
          findings.push(
            finding(HASH_ERROR, {
              path: file.display,
              message: `${file.display}: size changed during the scan (${file.size} → ${result.size} bytes)`,
            }),
          );
        }
        return { file, digests: result.digests, size: result.size, cached: result.cached };
      } catch (err) {
        findings.push(finding(HASH_ERROR, { path: file.display, message: describeError(err, file.display) }));
        return { file, digests: undefined, size: file.size, cached: undefined };
      } finally {
        progress.fileDone();
      }
    }),
  );

  const kinds = new Map<string, string>();
  const openErrors = new Map<string, Finding>();
  const memberKinds = new Map<string, string[]>();
  const analysis = mapLimit(analyzeOnce, options.analysisConcurrency ?? 4, async (file) => {
    let source: FileSource | undefined;
    try {
      source = await FileSource.open(file.fsPath, file.display);
      const result = await analyzeSource(source, file.rel.split('/').at(-1) ?? file.rel, {
        limits: options.limits ?? DEFAULT_LIMITS,
        options: options.analyzerOptions ?? {},
      });
      if (!kinds.has(file.fsPath)) kinds.set(file.fsPath, result.kind);
      if (result.memberKinds.length) memberKinds.set(file.fsPath, result.memberKinds);
      findings.push(...result.findings);
    } catch (err) {
      kinds.set(file.fsPath, 'unreadable');
      // Reported below unless the hash of the same file failed too (one finding per cause).
      openErrors.set(
        file.fsPath,
        finding(HASH_ERROR, { path: file.display, message: describeError(err, file.display) }),
      );
    } finally {
      await source?.close().catch(() => {});
    }
  });

  let hashed: Awaited<typeof hashing>;
  try {
    [hashed] = await Promise.all([hashing, analysis]);
  } finally {
    await pool.close();
  }
  const byContent = new Map(hashed.map((h) => [h.file.fsPath, h]));
  for (const [fsPath, f] of openErrors) if (byContent.get(fsPath)?.digests) findings.push(f);
  for (const file of all) {
    if (!keeps(file)) continue;
    const h = byContent.get(file.fsPath);
    fileReports.set(file, {
      path: file.display,
      size: h?.size ?? file.size,
      kind: kinds.get(file.fsPath) ?? 'unknown',
      ...(memberKinds.has(file.fsPath) ? { contains: memberKinds.get(file.fsPath)! } : {}),
      ...(h?.digests ? { digests: h.digests } : {}),
      ...(h?.cached ? { digestsFrom: 'cache' as const } : {}),
      ...(file.symlinkTarget !== undefined ? { symlinkTarget: file.symlinkTarget } : {}),
    });
  }

  const verifications: VerificationReport[] = [];
  for (const target of targetChecks ? targets : []) {
    for (const tree of getTreeAnalyzers()) {
      if (!target.isDirectory && !tree.singleFiles) continue;
      try {
        await tree.analyze({
          root: target.root,
          display: target.input,
          files: target.files,
          options: options.analyzerOptions ?? {},
          report: (f) => findings.push(f),
          readText: async (file, limit = 8 * 1024 * 1024) => {
            const src = await FileSource.open(file.fsPath, file.display);
            try {
              return (await readAll(src, limit)).toString('utf8');
            } finally {
              await src.close();
            }
          },
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
    const byRel = new Map<string, FileReport>();
    for (const f of target.files) {
      const r = fileReports.get(f);
      if (r) byRel.set(f.rel, r);
    }
    for (const v of getTargetVerifiers()) {
      const ctx = { target, files: byRel, options };
      // On a shard, the verifier gets the digests of files outside the slice it asks for.
      const out = options.shard ? await verifyOnShard(v, ctx) : await v.verify(ctx);
      verifications.push(...out.verifications);
      findings.push(...out.findings);
    }
  }

  findings.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const durationMs = performance.now() - started;
  const files = all.filter(keeps).map((f) => fileReports.get(f)!);
  const hashedBytes = hashed.reduce((n, h) => n + h.size, 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'modelvet', version: VERSION },
    startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: targets.map((t) => ({ input: t.input, isDirectory: t.isDirectory, skipped: t.skipped })),
    files,
    findings,
    verifications,
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
