import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  signModel
} from "./chunk-5PELP3FN.js";
import "./chunk-HS3VYR7X.js";
import {
  OmsError
} from "./chunk-NXNOROTZ.js";
import "./chunk-HD6VATNX.js";
import "./chunk-EHB32V2H.js";
import "./chunk-TWVFZO37.js";
import "./chunk-Z7TOYO2C.js";
import "./chunk-YKEYWHWZ.js";

// src/verify/sign-command.ts
function list(value) {
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
function str(value) {
  return value === void 0 || value === true ? void 0 : String(value);
}
async function signCommand(path, opts, out) {
  if (!path) throw new OmsError("USAGE_ERROR", "sign needs the model folder or file");
  const method = str(opts.method);
  if (method !== void 0 && method !== "files" && method !== "shards") {
    throw new OmsError("USAGE_ERROR", `--method must be files or shards, got ${method}`);
  }
  const shardSize = opts.shardSize === void 0 ? void 0 : Number(opts.shardSize);
  if (shardSize !== void 0 && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new OmsError(
      "USAGE_ERROR",
      `--shard-size must be a positive integer, got ${String(opts.shardSize)}`
    );
  }
  const key = str(opts.key);
  const signature = str(opts.signature);
  const keyless = {
    ...str(opts.identityToken) ? { identityToken: str(opts.identityToken) } : {},
    ...str(opts.fulcioUrl) ? { fulcioURL: str(opts.fulcioUrl) } : {},
    ...str(opts.rekorUrl) ? { rekorURL: str(opts.rekorUrl) } : {},
    ...str(opts.tsaUrl) ? { tsaURL: str(opts.tsaUrl) } : {}
  };
  const options = {
    ...key !== void 0 ? { key } : {},
    ...opts.sigstore ? { sigstore: keyless } : {},
    ...signature !== void 0 ? { signature } : {},
    ignorePaths: list(opts.ignorePaths),
    ignoreGitPaths: opts.ignoreGitPaths !== false,
    allowSymlinks: Boolean(opts.allowSymlinks),
    ...method !== void 0 ? { method } : {},
    ...shardSize !== void 0 ? { shardSize } : {}
  };
  const r = await signModel(path, options);
  const by = r.keyHint ? `key ${r.keyHint.slice(0, 16)}\u2026` : "Sigstore keyless";
  out(
    `wrote ${r.signaturePath}: ${r.resources.length} ${r.serialization.method === "shards" ? "shards" : "files"}, root sha256:${r.rootDigest}, signed with ${by}
`
  );
  return 0;
}
export {
  signCommand
};
