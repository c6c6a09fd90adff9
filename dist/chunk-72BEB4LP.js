import {
  applyPolicy,
  trustedPart
} from "./chunk-446ZS3ZS.js";
import {
  annotateStores,
  defaultScanner,
  discoverTarget,
  findEnclosingStore
} from "./chunk-22KFBQUV.js";
import {
  HASH_ERROR,
  RetainedBytes,
  readContents
} from "./chunk-7ZPXJQW4.js";
import {
  sortReferences
} from "./chunk-SERLXDJN.js";
import {
  inShard,
  isRemoteUrl,
  ownsTargetChecks
} from "./chunk-SMPA2QJK.js";
import {
  REPORT_SCHEMA_VERSION,
  countBySeverity,
  decideVerdict
} from "./chunk-333ZYWQ3.js";
import {
  DigestCache,
  HashPool,
  defaultJobs
} from "./chunk-EYDS4DR2.js";
import {
  pathKey,
  suspiciousName
} from "./chunk-DRNDJL4J.js";
import {
  compareFindings,
  finding
} from "./chunk-GMZN3B2T.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  loadRemoteSources
} from "./chunk-5OVHDXLO.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";

// src/scan.ts
import { resolve } from "node:path";

// src/shard/scan-slice.ts
function sliceReads(plan, shard) {
  if (!shard) return { plan: [...plan], keeps: () => true };
  const mine = plan.filter((c) => inShard(c.hashAs.display, shard));
  const keys = new Set(mine.map((c) => c.key));
  return { plan: mine, keeps: (f) => keys.has(pathKey(f.fsPath)) };
}

// src/shard/target-checks.ts
var MAX_ROUNDS = 8;
var AskedFiles = class extends Map {
  missed = /* @__PURE__ */ new Set();
  get(rel) {
    const r = super.get(rel);
    if (!r?.digests) this.missed.add(rel);
    return r;
  }
};
function algorithmsFor(f, options) {
  const base = [.../* @__PURE__ */ new Set(["sha256", ...options.algorithms ?? []])];
  return f.store && !base.includes(f.store.algorithm) ? [...base, f.store.algorithm] : base;
}
async function hashFiles(files, options, cache) {
  const out = /* @__PURE__ */ new Map();
  if (!files.length) return out;
  const pool = new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length)), {
    digestCache: cache
  });
  try {
    await Promise.all(
      files.map(
        (f) => pool.hash({ path: f.fsPath, displayPath: f.display, algorithms: algorithmsFor(f, options) }).then(
          (r) => {
            out.set(f.rel, { path: f.display, size: r.size, kind: "unknown", digests: r.digests });
          },
          // Left unknown, as on one machine: the shard that owns the file reports why.
          () => {
          }
        )
      )
    );
  } finally {
    await pool.close();
  }
  return out;
}
async function verifyOnShard(verifier, ctx) {
  const cache = ctx.options.digestCache ?? DigestCache.inMemory();
  const options = { ...ctx.options, digestCache: cache };
  const known = new Map(ctx.files);
  const tried = /* @__PURE__ */ new Set();
  for (let round = 1; ; round++) {
    const files = new AskedFiles(known);
    const out = await verifier.verify({ ...ctx, files, options });
    const fresh = [...files.missed].filter((rel) => !tried.has(rel));
    if (!fresh.length || round === MAX_ROUNDS) return out;
    for (const rel of fresh) tried.add(rel);
    const wanted = new Set(fresh);
    const hashed = await hashFiles(
      ctx.target.files.filter((f) => wanted.has(f.rel)),
      options,
      cache
    );
    if (!hashed.size) return out;
    for (const [rel, r] of hashed) known.set(rel, r);
  }
}

// src/scan.ts
var CONTENT_ADDRESSED_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64}|sha256[-:][0-9a-f]{64})$/;
var baseName = (f) => f.rel.split("/").at(-1) ?? f.rel;
var isAlias = (f) => f.symlinkTarget !== void 0 || f.viaLink !== void 0;
function planReads(all, algorithms = ["sha256"]) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of all) {
    const key = pathKey(f.fsPath);
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  const base = [.../* @__PURE__ */ new Set(["sha256", ...algorithms])];
  const contents = [];
  for (const [key, g] of groups) {
    const hashAs = g.length === 1 ? g[0] : g.find((f) => !isAlias(f)) ?? g[0];
    const extra = g.flatMap((f) => f.store && !base.includes(f.store.algorithm) ? [f.store.algorithm] : []);
    contents.push({
      key,
      fsPath: hashAs.fsPath,
      size: hashAs.size,
      hashAs,
      analyzeAs: g.length === 1 ? g : analysisNames(g),
      algorithms: extra.length ? [.../* @__PURE__ */ new Set([...base, ...extra])] : base
    });
  }
  return contents;
}
function analysisNames(group) {
  const hasLink = group.some(isAlias);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of [...group].sort((a, b) => Number(isAlias(a)) - Number(isAlias(b)))) {
    const name = baseName(f);
    if (seen.has(name)) continue;
    if (hasLink && !isAlias(f) && CONTENT_ADDRESSED_NAME.test(name)) continue;
    seen.add(name);
    out.push(f);
  }
  return out;
}
async function discoverAll(paths, cwd) {
  const targets = [];
  for (const p of paths) {
    try {
      const store = await findEnclosingStore(cwd === void 0 ? p : resolve(cwd, p));
      const target = await discoverTarget(p, {
        cwd,
        linkRoot: store?.kind === "hf-cache" ? store.root : void 0
      });
      await annotateStores(target, store);
      targets.push(target);
    } catch (err) {
      if (err instanceof ModelvetError) throw err;
      const code = err.code === "ENOENT" ? "NOT_FOUND" : "UNREADABLE";
      throw new ModelvetError(code, describeError(err, p), { path: p, cause: err });
    }
  }
  return withoutCovered(targets);
}
function withoutCovered(targets) {
  const folderFiles = /* @__PURE__ */ new Map();
  for (const t of targets)
    if (t.isDirectory) folderFiles.set(t, new Set(t.files.map((f) => pathKey(f.fsPath))));
  return targets.filter((t, i) => {
    for (const [other, keys] of folderFiles) {
      if (other === t) continue;
      const sameFolder = t.isDirectory && other.root === t.root && targets.indexOf(other) < i;
      const fileInside = !t.isDirectory && t.files.length === 1 && keys.has(pathKey(t.files[0].fsPath));
      if (sameFolder || fileInside) return false;
    }
    return true;
  });
}
async function scan(paths, options = {}) {
  if (paths.length === 0) throw new ModelvetError("USAGE", "scan needs at least one path");
  const started = performance.now();
  if (paths.some(isRemoteUrl)) return withPolicy(options, (opts) => scanRemote(paths, opts, started));
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  if (!policy) return report;
  return applyPolicy(report, policy, applyOptions(options));
}
async function scanResolvedSource(source, options = {}) {
  return withPolicy(options, (opts) => remoteReport(source, opts, performance.now()));
}
var applyOptions = (options) => ({
  failOn: options.failOn,
  rules: (options.scanner ?? defaultScanner()).rule
});
async function withPolicy(options, run) {
  const { policy } = options;
  if (!policy) return run(options);
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...options.analyzerOptions?.pickleAllow ?? [], ...trusted.pickle.allow];
  const report = await run({
    ...options,
    policy: trusted,
    analyzerOptions: { ...options.analyzerOptions, pickleAllow }
  });
  return applyPolicy(report, policy, applyOptions(options));
}
async function scanBeforePolicy(targets, options = {}, started = performance.now()) {
  const { policy } = options;
  if (!policy) return { report: await scanTargets(targets, options, started) };
  const trusted = trustedPart(policy, (options.scanner ?? defaultScanner()).rule);
  const pickleAllow = [...options.analyzerOptions?.pickleAllow ?? [], ...trusted.pickle.allow];
  const report = await scanTargets(
    targets,
    { ...options, policy: trusted, analyzerOptions: { ...options.analyzerOptions, pickleAllow } },
    started
  );
  return { report, policy };
}
async function scanTargets(targets, options = {}, started = performance.now()) {
  const startedAt = new Date(Date.now() - (performance.now() - started)).toISOString();
  const all = targets.flatMap((t) => t.files);
  const targetChecks = ownsTargetChecks(options.shard);
  const findings = targetChecks ? targets.flatMap((t) => t.findings) : [];
  const { plan, keeps } = sliceReads(planReads(all, options.algorithms), options.shard);
  const references = [];
  const scanner = options.scanner ?? defaultScanner();
  const results = await readContents(plan, { ...options, scanner }, findings, references);
  const files = fileReports(all.filter(keeps), results);
  if (targetChecks) await runTreeChecks(targets, scanner, options, results.retained, findings, references);
  const verifications = targetChecks ? await verifyTargets(targets, scanner, files, options, findings, references) : [];
  return assembleReport({
    targets,
    files: [...files.values()],
    findings,
    references,
    verifications,
    results,
    options,
    started,
    startedAt
  });
}
function fileReports(all, results) {
  const reports = /* @__PURE__ */ new Map();
  for (const file of all) {
    const r = results.byKey.get(pathKey(file.fsPath));
    reports.set(file, {
      path: file.display,
      size: r?.size ?? file.size,
      kind: r?.kind ?? "unknown",
      contains: r?.memberKinds.length ? r.memberKinds : void 0,
      digests: r?.digests,
      digestsFrom: r?.cached ? "cache" : void 0,
      symlinkTarget: file.symlinkTarget,
      // The exact bytes of a name that is not UTF-8 or holds characters reports escape.
      pathBytes: suspiciousName(file.relBytes) ? file.relBytes.toString("hex") : void 0
    });
  }
  return reports;
}
async function runTreeChecks(targets, scanner, options, retained, findings, references) {
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
          readHead: (file, n) => retained.readHead(file, n)
        });
      } catch (err) {
        findings.push(
          finding(HASH_ERROR, {
            path: target.input,
            message: `${tree.id}: ${describeError(err, target.input)}`
          })
        );
      }
    }
  }
}
async function verifyTargets(targets, scanner, files, options, findings, references) {
  const verifications = [];
  for (const target of targets) {
    const byRel = /* @__PURE__ */ new Map();
    for (const f of target.files) {
      const r = files.get(f);
      if (r) byRel.set(f.rel, r);
    }
    for (const v of scanner.verifiers) {
      const ctx = { target, files: byRel, options };
      const out = options.shard ? await verifyOnShard(v, ctx) : await v.verify(ctx);
      verifications.push(...out.verifications);
      findings.push(...out.findings);
      for (const r of out.references ?? []) references.push(r);
    }
  }
  return verifications;
}
async function scanRemote(paths, options, started) {
  if (paths.length !== 1)
    throw new ModelvetError("USAGE", "scan one hf:// URL at a time, without local paths beside it");
  const { openRemote } = await loadRemoteSources();
  const source = await openRemote(paths[0], options.remote ?? {});
  return remoteReport(source, options, started);
}
async function remoteReport(source, options, started) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const { scanRemoteSource } = await loadRemoteSources();
  const remote = options.remote ?? {};
  const parts = await scanRemoteSource(source, {
    ...remote,
    scanner: options.scanner ?? defaultScanner(),
    analyzerOptions: options.analyzerOptions
  });
  const report = assembleReport({
    targets: [parts.target],
    files: parts.files,
    findings: parts.findings,
    references: parts.references,
    verifications: [
      {
        kind: "remote-metadata",
        source: `${source.input} @ ${source.commit}`,
        ok: true,
        message: /^ollama:/i.test(source.input) ? `integrity from the registry manifest (${source.commit}, sha256 layer digests); not hashed locally` : `integrity from the Hub's metadata (LFS sha256, git blob ids) at commit ${source.commit}; not hashed locally`
      }
    ],
    results: { byKey: /* @__PURE__ */ new Map(), hashedBytes: 0, retained: new RetainedBytes() },
    options,
    started,
    startedAt
  });
  report.summary.bytes = source.bytesFetched();
  return report;
}
function assembleReport(parts) {
  const { files, findings, verifications } = parts;
  const failOn = parts.options.failOn ?? "high";
  findings.sort(compareFindings);
  const { verdict, reason } = decideVerdict(findings, verifications, failOn);
  const durationMs = performance.now() - parts.started;
  const hashedBytes = parts.results.hashedBytes;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "modelvet", version: VERSION },
    startedAt: parts.startedAt,
    durationMs: Math.round(durationMs),
    failOn,
    targets: parts.targets.map((t) => ({ input: t.input, isDirectory: t.isDirectory, skipped: t.skipped })),
    files,
    findings,
    verifications,
    modelReferences: parts.references.length ? sortReferences(parts.references) : void 0,
    summary: {
      files: files.length,
      bytes: hashedBytes,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      throughput: durationMs > 0 ? Math.round(hashedBytes / durationMs * 1e3) : 0
    },
    verdict,
    reason
  };
}

export {
  sliceReads,
  planReads,
  discoverAll,
  scan,
  scanResolvedSource,
  scanBeforePolicy
};
