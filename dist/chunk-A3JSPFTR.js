import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  ollamaSource
} from "./chunk-EV3X3K7E.js";
import {
  DIGEST_MISMATCH,
  INVALID_MANIFEST,
  append,
  capFindings,
  clean,
  displayPathOf,
  short
} from "./chunk-OMQPXWHH.js";
import {
  DocumentError,
  listOf,
  matching,
  object,
  optional,
  readDocument,
  string,
  wholeNumber
} from "./chunk-VRSNAFVI.js";
import {
  HashPool,
  defaultJobs
} from "./chunk-TQQPR4KX.js";
import {
  defineRule,
  finding
} from "./chunk-NISXE5VR.js";
import {
  ModelvetError,
  describeError
} from "./chunk-Q45GNVX7.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/verify/manifest-blobs.ts
var manifest_blobs_exports = {};
__export(manifest_blobs_exports, {
  DANGLING_LINK: () => DANGLING_LINK,
  STORE_ENTRY: () => STORE_ENTRY,
  verifyBlobDigests: () => verifyBlobDigests
});
import { stat } from "node:fs/promises";
var DANGLING_LINK = defineRule({
  id: "verify/dangling-link",
  severity: "high",
  title: "A store link or reference points at nothing, or outside the store",
  tags: ["integrity", "filesystem"],
  explain: `In a Hugging Face cache every snapshots/<commit>/<file> is a relative symbolic link to
../../blobs/<hash>; in an Ollama store every manifest layer names blobs/sha256-<hex>. Here a link
dangles (its blob was deleted or never finished downloading), or points somewhere other than the
store's blobs folder, or a manifest names a blob that is not there.

Why it matters: a loader follows the link blindly. A link into another folder swaps in content that
no hash vouches for; a dangling one makes the loader fail or fall back to another file.

Fix: delete the snapshot (or the model) and download it again (\`huggingface-cli download\`,
\`ollama pull\`).`
});
var STORE_ENTRY = defineRule({
  id: "verify/store-entry",
  severity: "medium",
  title: "Unexpected or incomplete entry in a model store",
  tags: ["integrity"],
  explain: `The Hugging Face cache or Ollama store holds an entry that its tool does not write in a
finished download: a partial blob (\`.incomplete\`, \`-partial\`), a blob whose name is not a digest,
a snapshot that is not named by a commit, a ref that does not name a snapshot, or a regular file
where the tool writes a link. modelvet cannot vouch for it.

Fix: finish or restart the download; remove entries you did not expect.`
});
async function verifyBlobDigests(blobs, source, options) {
  const findings = [];
  let mismatched = 0;
  const pool = options.pool ?? new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), blobs.length)), { inline: true });
  try {
    await Promise.all(
      blobs.map(async (b) => {
        let actual;
        let size;
        try {
          if (b.knownDigest) {
            actual = b.knownDigest;
            size = (await stat(b.path)).size;
          } else {
            const r = await pool.hash({
              path: b.path,
              displayPath: b.display,
              algorithms: [b.algorithm],
              ...options.onProgress ? { onProgress: options.onProgress } : {}
            });
            actual = r.digests[b.algorithm];
            size = r.size;
          }
        } catch (err) {
          mismatched++;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} could not be hashed: ${describeError(err)}`,
              evidence: { expected: b.expected, algorithm: b.algorithm, source }
            })
          );
          return;
        }
        if (actual !== b.expected || b.size !== void 0 && size !== b.size) {
          mismatched++;
          const what = actual !== b.expected ? `its ${b.algorithm} is ${short(actual)}, its name promises ${short(b.expected)}` : `it is ${size} bytes, ${source} records ${b.size}`;
          findings.push(
            finding(DIGEST_MISMATCH, {
              path: b.display,
              message: `${b.display} is corrupted or tampered: ${what}`,
              evidence: {
                algorithm: b.algorithm,
                expected: b.expected,
                actual,
                source,
                ...b.size !== void 0 ? { expectedSize: b.size, actualSize: size } : {}
              }
            })
          );
        }
      })
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  return { findings, checked: blobs.length, mismatched };
}

// src/verify/ollama.ts
import { createHash } from "node:crypto";
import { lstat, readdir, readFile, stat as stat2 } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
var BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
var DIGEST = /^sha256:([0-9a-f]{64})$/;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
async function isDir(p) {
  return (await stat2(p).catch(() => void 0))?.isDirectory() ?? false;
}
async function isOllamaStore(path) {
  if (!await isDir(join(path, "manifests")) || !await isDir(join(path, "blobs"))) return false;
  const names = await readdir(join(path, "blobs")).catch(() => []);
  if (names.some((n) => BLOB_NAME.test(n) || /^sha256-[0-9a-f]{64}-partial/.test(n))) return true;
  const hosts = await readdir(join(path, "manifests"), { withFileTypes: true }).catch(() => []);
  return hosts.some((h) => h.isDirectory());
}
async function ollamaRoot(path) {
  for (const p of [path, join(path, "models")]) if (await isOllamaStore(p)) return p;
  return void 0;
}
async function walk(dir, rel) {
  const out = [];
  for (const n of (await readdir(dir).catch(() => [])).sort()) {
    const full = join(dir, n);
    const r = `${rel}/${n}`;
    const st = await lstat(full).catch(() => void 0);
    if (st?.isDirectory()) append(out, await walk(full, r));
    else if (st) out.push({ rel: r, full });
  }
  return out;
}
var layerShape = object({
  digest: matching(DIGEST, "a sha256:<64 hex> digest"),
  size: wholeNumber(0),
  mediaType: optional(string)
});
var manifestShape = object({ config: optional(layerShape), layers: listOf(layerShape) });
function parseLayers(bytes) {
  try {
    const m = readDocument(bytes, manifestShape);
    return [...m.config ? [m.config] : [], ...m.layers];
  } catch (err) {
    if (err instanceof DocumentError) return err.message;
    throw err;
  }
}
var DEFAULT_REGISTRY = "registry.ollama.ai";
function modelNames(manifestRel) {
  const parts = manifestRel.split("/").slice(1);
  if (parts.length < 2) return { name: manifestRel, label: manifestRel };
  const name = `${parts.slice(0, -1).join("/")}:${parts.at(-1)}`;
  return { name, label: parts[0] === DEFAULT_REGISTRY ? name.slice(DEFAULT_REGISTRY.length + 1) : name };
}
function layerKind(mediaType) {
  const m = /^application\/vnd\.ollama\.image\.([a-z0-9.-]+)$/.exec(mediaType ?? "");
  return m ? m[1] : mediaType?.includes("container.image") ? "config" : "layer";
}
var blobPath = (root, digest) => join(root, "blobs", digest.replace(":", "-"));
async function readOllamaManifests(root) {
  const models = [];
  const bad = [];
  for (const m of await walk(join(root, "manifests"), "manifests")) {
    let bytes = Buffer.alloc(0);
    let layers;
    try {
      const st = await stat2(m.full);
      if (!st.isFile()) throw new ModelvetError("NOT_A_REGULAR_FILE", "not a regular file");
      if (st.size > MAX_MANIFEST_BYTES)
        throw new ModelvetError("READ_TOO_LARGE", `larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile(m.full);
      layers = parseLayers(bytes);
    } catch (err) {
      layers = describeError(err);
    }
    if (typeof layers === "string") bad.push({ manifest: m.rel, reason: layers });
    else {
      const manifestDigest = createHash("sha256").update(bytes).digest("hex");
      models.push({ manifest: m.rel, ...modelNames(m.rel), manifestDigest, layers });
    }
  }
  return { models, bad };
}
async function checkLayers(root, models, at, findings) {
  const out = { sizes: /* @__PURE__ */ new Map(), missing: 0 };
  for (const model of models) {
    for (const l of model.layers) {
      const hex = DIGEST.exec(l.digest)[1];
      const st = await stat2(blobPath(root, l.digest)).catch(() => void 0);
      if (!st?.isFile()) {
        out.missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: clean(
              `${model.name} needs blob sha256-${hex.slice(0, 12)}\u2026 (${l.mediaType ?? "layer"}), which is missing`
            ),
            evidence: { manifest: model.manifest, digest: l.digest, size: l.size }
          })
        );
        continue;
      }
      const prev = out.sizes.get(hex);
      if (prev !== void 0 && prev !== l.size)
        findings.push(
          finding(STORE_ENTRY, {
            path: at(model.manifest),
            message: clean(
              `${model.manifest} records ${l.size} bytes for sha256-${hex.slice(0, 12)}\u2026, another manifest ${prev}`
            )
          })
        );
      out.sizes.set(hex, l.size);
    }
  }
  return out;
}
async function blobChecks(root, sizes, at, known, findings) {
  const entry = (rel, message) => findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message) }));
  const blobs = [];
  for (const b of await walk(join(root, "blobs"), "blobs")) {
    const name = b.rel.slice("blobs/".length);
    const m = BLOB_NAME.exec(name);
    if (/-partial(-\d+)?$/.test(name)) {
      entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    if (!m) {
      entry(b.rel, `${b.rel} is not named sha256-<hex>; nothing vouches for it`);
      continue;
    }
    if (!(await lstat(b.full)).isFile()) {
      entry(b.rel, `${b.rel} is not a regular file`);
      continue;
    }
    const hex = m[1].toLowerCase();
    const size = sizes.get(hex);
    const knownDigest = known(b.rel);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: "sha256",
      expected: hex,
      ...size !== void 0 ? { size } : {},
      ...knownDigest ? { knownDigest } : {}
    });
  }
  return blobs;
}
async function verifyOllama(path, options = {}) {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? "." : basename(root));
  const at = (rel) => displayPathOf(display, rel);
  const findings = [];
  const { models, bad } = await readOllamaManifests(root);
  for (const b of bad)
    findings.push(
      finding(INVALID_MANIFEST, {
        path: at(b.manifest),
        message: clean(`Ollama manifest ${b.manifest}: ${b.reason}`)
      })
    );
  const layers = await checkLayers(root, models, at, findings);
  const known = (rel) => options.knownSha256?.(root === path ? rel : `${basename(root)}/${rel}`);
  const blobs = await blobChecks(root, layers.sizes, at, known, findings);
  const hashed = await verifyBlobDigests(blobs, `Ollama store ${basename(resolve(root))}`, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && layers.missing === 0 && bad.length === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : "",
    layers.missing ? `${layers.missing} layer blob(s) missing` : "",
    bad.length ? `${bad.length} unreadable manifest(s)` : ""
  ].filter(Boolean);
  const verification = {
    kind: "ollama",
    source: display,
    ok,
    message: ok ? `${display}: ${models.length} model manifest(s), ${hashed.checked} blobs match their digests` : `${display}: ${problems.join(", ")}`,
    details: {
      checked: hashed.checked,
      models: models.map((m) => ({
        name: m.name,
        manifestDigest: m.manifestDigest,
        layers: m.layers.length
      })),
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing: layers.missing
    }
  };
  return {
    verifications: [verification],
    findings: capFindings(findings),
    references: storeReferences(models, at)
  };
}
function storeReferences(models, at) {
  const out = [];
  for (const m of models) {
    const name = m.manifest.split("/").slice(1);
    const source = name.length === 4 ? ollamaSource(name[0], name[1], name[2], name[3]) : void 0;
    if (source) out.push({ source, pinned: true, path: at(m.manifest), via: "ollama-store", text: m.name });
  }
  return out;
}

export {
  DANGLING_LINK,
  STORE_ENTRY,
  verifyBlobDigests,
  manifest_blobs_exports,
  isOllamaStore,
  ollamaRoot,
  layerKind,
  blobPath,
  readOllamaManifests,
  checkLayers,
  verifyOllama
};
