import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  discoverAll,
  planReads,
  scanBeforePolicy,
  sliceReads
} from "./chunk-HECYJYWG.js";
import {
  PARTIAL_FORMAT,
  PARTIAL_VERSION,
  jsonDigest,
  positionsOf
} from "./chunk-ZU2FL5EE.js";
import {
  VERSION
} from "./chunk-ZOCGWQIB.js";
import {
  ModelvetError
} from "./chunk-Q45GNVX7.js";

// src/shard/scan-shard.ts
function scanFileListDigest(targets) {
  return jsonDigest(
    targets.map((t) => ({
      input: t.input,
      isDirectory: t.isDirectory,
      skipped: t.skipped,
      files: t.files.map((f) => [f.display, f.size, f.symlinkTarget ?? null])
    }))
  );
}
function scanSettingsDigest(options, policy) {
  return jsonDigest({
    tool: VERSION,
    algorithms: options.algorithms ?? ["sha256"],
    limits: options.limits ?? null,
    analyzerOptions: options.analyzerOptions ?? {},
    // Only when given, so that the digest of a scan without explicit checks stays what it was.
    ...options.verify ? { verify: options.verify } : {},
    failOn: options.failOn ?? null,
    policy: policy ?? null
  });
}
async function scanShard(paths, options) {
  if (paths.length === 0) throw new ModelvetError("USAGE", "scan needs at least one path");
  const started = performance.now();
  const targets = await discoverAll(paths, options.cwd);
  const { report, policy } = await scanBeforePolicy(targets, options, started);
  const all = targets.flatMap((t) => t.files);
  const positions = positionsOf(all, sliceReads(planReads(all, options.algorithms), options.shard).keeps);
  if (positions.length !== report.files.length)
    throw new ModelvetError("INTERNAL", "shard slice and scanned files disagree");
  return {
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    kind: "scan",
    shard: options.shard,
    fileListDigest: scanFileListDigest(targets),
    settingsDigest: scanSettingsDigest(options, policy),
    total: all.length,
    positions,
    ...options.failOn ? { failOn: options.failOn } : {},
    ...policy ? { policy } : {},
    report
  };
}

export {
  scanFileListDigest,
  scanSettingsDigest,
  scanShard
};
