import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  HttpClient
} from "./chunk-C27OEGUD.js";
import {
  DEFAULT_LIMITS,
  HASH_ERROR,
  analyzeSource,
  getTreeAnalyzers,
  mapLimit
} from "./chunk-7MZAR5FW.js";
import "./chunk-RBFZEQGH.js";
import "./chunk-TQQPR4KX.js";
import "./chunk-B2BCA2JV.js";
import {
  UNPINNED_MODEL_REVISION
} from "./chunk-2XN6XCDO.js";
import {
  formatModelSource,
  isCommit
} from "./chunk-EV3X3K7E.js";
import {
  readAll
} from "./chunk-3XLG4IKU.js";
import "./chunk-JHXWVFSX.js";
import "./chunk-C4AOWQNL.js";
import {
  finding
} from "./chunk-2S424KAA.js";
import {
  describeError
} from "./chunk-Q45GNVX7.js";
import "./chunk-DRNDJL4J.js";
import "./chunk-YKEYWHWZ.js";

// src/sources/scan-remote.ts
import { posix } from "node:path";
async function openRemote(input, options) {
  const client = new HttpClient({ ...options.token ? { token: options.token } : {}, ...options.http });
  if (/^ollama:\/\//i.test(input)) {
    const { openOllamaSource } = await import("./chunk-A72D6L3F.js");
    return openOllamaSource(input, {
      client,
      ...options.registryUrl ? { registryUrl: options.registryUrl } : {}
    });
  }
  const { openHfSource } = await import("./chunk-YKQXRHZR.js");
  return openHfSource(input, {
    client,
    hasToken: Boolean(options.token),
    ...options.hubUrl ? { hubUrl: options.hubUrl } : {}
  });
}
function asDiscovered(source, e) {
  const display = `${source.input}/${e.label ?? e.path}`;
  return { rel: e.path, relBytes: Buffer.from(e.path), display, fsPath: display, size: e.size, mode: 420 };
}
async function scanRemoteSource(source, options) {
  const findings = [];
  const references = [];
  const target = {
    input: source.input,
    path: source.input,
    root: source.input,
    linkRoot: source.input,
    isDirectory: true,
    files: source.entries.map((e) => asDiscovered(source, e)),
    findings: [],
    skipped: []
  };
  const opened = new Map(source.entries.map((e) => [e.path, e.open()]));
  const files = /* @__PURE__ */ new Map();
  await mapLimit(source.entries, options.concurrency ?? 8, async (e) => {
    const src = opened.get(e.path);
    const display = `${source.input}/${e.label ?? e.path}`;
    const report = { path: display, size: e.size, kind: "unknown" };
    files.set(e.path, report);
    try {
      const r = await analyzeSource(src, posix.basename(e.path), {
        limits: DEFAULT_LIMITS,
        options: options.analyzerOptions ?? {}
      });
      report.kind = r.kind;
      if (r.memberKinds.length) report.contains = r.memberKinds;
      findings.push(...r.findings);
      references.push(...r.references);
    } catch (err) {
      report.kind = "unreadable";
      findings.push(finding(HASH_ERROR, { path: display, message: describeError(err, display) }));
    }
  });
  await runRemoteTreeChecks(target, source, opened, options, findings, references);
  pinFinding(source, findings, references);
  const out = source.entries.map((e) => {
    const r = files.get(e.path);
    r.fetched = { bytes: opened.get(e.path).bytesFetched ?? 0, ...e.integrity, hashedLocally: false };
    return r;
  });
  return { target, files: out, findings, references, source };
}
async function runRemoteTreeChecks(target, source, opened, options, findings, references) {
  const srcOf = (f) => opened.get(f.rel);
  const ctx = {
    root: source.input,
    display: source.input,
    files: target.files,
    options: options.analyzerOptions ?? {},
    report: (f) => findings.push(f),
    reference: (r) => references.push(r),
    readText: async (file, limit) => (await readAll(srcOf(file), limit)).toString("utf8"),
    readHead: (file, n) => srcOf(file).read(0, n),
    openSource: (file) => srcOf(file)
  };
  for (const tree of getTreeAnalyzers()) {
    try {
      await tree.analyze(ctx);
    } catch (err) {
      findings.push(
        finding(HASH_ERROR, {
          path: source.input,
          message: `${tree.id}: ${describeError(err, source.input)}`
        })
      );
    }
  }
}
function pinFinding(source, findings, references) {
  const pinned = isCommit(source.revision);
  const model = { ...source.model, revision: source.revision };
  references.push({ source: model, pinned, path: source.input, via: "remote-scan", text: source.input });
  if (pinned) return;
  findings.push(
    finding(UNPINNED_MODEL_REVISION, {
      path: source.input,
      message: `${formatModelSource(model)}: revision "${source.revision}" is not a commit; it resolved to ${source.commit}`,
      evidence: { model, commit: source.commit }
    })
  );
}
export {
  openRemote,
  scanRemoteSource
};
