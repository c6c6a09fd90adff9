/**
 * Ollama model store (`$OLLAMA_MODELS`, default `~/.ollama/models`), verified offline as Ollama's
 * own `verifyBlob` does after a pull:
 *
 * - `manifests/<host>/<namespace>/<model>/<tag>`: Docker v2-style JSON; its `config` and `layers[]`
 *   name `sha256:<hex>` digests with sizes. Each must exist as `blobs/sha256-<hex>` with that size.
 * - `blobs/sha256-<hex>`: every blob re-hashed; SHA-256 must equal the name.
 * - The manifest's own SHA-256 (the ID `ollama list` shows) is recorded in the report.
 *
 * Layout: ollama/ollama manifest/paths.go, manifest/manifest.go, server/images.go.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import {
  DocumentError,
  listOf,
  matching,
  object,
  optional,
  readDocument,
  string,
  wholeNumber,
} from '../core/json-shape.ts';
import { type ModelReference, ollamaSource } from '../core/model-source.ts';
import type { VerificationReport } from '../core/report.ts';
import type { StoreOutcome } from './hf-cache.ts';
import { type BlobCheck, DANGLING_LINK, STORE_ENTRY, verifyBlobDigests } from './manifest-blobs.ts';
import {
  append,
  capFindings,
  displayPathOf,
  INVALID_MANIFEST,
  type VerifyOptions,
} from './manifest-check.ts';
import { nodeCrypto } from '../core/node-builtins.ts';

const BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
const DIGEST = /^sha256:([0-9a-f]{64})$/;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * A models folder: manifests/ and blobs/, with a blob named `sha256-<hex>` as Ollama names them or a
 * registry folder in manifests/ (a project that merely has folders of those names is not a store).
 */
export async function isOllamaStore(path: string): Promise<boolean> {
  if (!(await isDir(join(path, 'manifests'))) || !(await isDir(join(path, 'blobs')))) return false;
  const names = await readdir(join(path, 'blobs')).catch(() => [] as string[]);
  if (names.some((n) => BLOB_NAME.test(n) || /^sha256-[0-9a-f]{64}-partial/.test(n))) return true;
  const hosts = await readdir(join(path, 'manifests'), { withFileTypes: true }).catch(() => []);
  return hosts.some((h) => h.isDirectory());
}

/** The models folder itself (manifests/ + blobs/), or `~/.ollama` holding `models/`. */
export async function ollamaRoot(path: string): Promise<string | undefined> {
  for (const p of [path, join(path, 'models')]) if (await isOllamaStore(p)) return p;
  return undefined;
}

/** The models folder that is `path` or holds it (blobs/, a manifests/ subfolder), walking up. */
export async function enclosingOllamaStore(path: string): Promise<string | undefined> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (await isOllamaStore(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

async function walk(dir: string, rel: string): Promise<{ rel: string; full: string }[]> {
  const out: { rel: string; full: string }[] = [];
  for (const n of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const full = join(dir, n);
    const r = `${rel}/${n}`;
    const st = await lstat(full).catch(() => undefined);
    if (st?.isDirectory()) append(out, await walk(full, r));
    else if (st) out.push({ rel: r, full });
  }
  return out;
}

export interface Layer {
  mediaType?: string;
  digest: string;
  size: number;
}

const layerShape = object({
  digest: matching(DIGEST, 'a sha256:<64 hex> digest'),
  size: wholeNumber(0),
  mediaType: optional(string),
});
/** Docker v2 / OCI image manifest as Ollama writes it: a config blob and layer blobs. */
const manifestShape = object({ config: optional(layerShape), layers: listOf(layerShape) });

/** The config and layer blobs a manifest names, or why it cannot be used (our own words). */
function parseLayers(bytes: Uint8Array): Layer[] | string {
  try {
    const m = readDocument(bytes, manifestShape);
    return [...(m.config ? [m.config] : []), ...m.layers];
  } catch (err) {
    if (err instanceof DocumentError) return err.message;
    throw err;
  }
}

/** A model of the store: its manifest and the layers it names. */
export interface OllamaModel {
  /** Manifest path relative to the store root (`manifests/registry.ollama.ai/library/llama3/8b`). */
  manifest: string;
  /** `registry.ollama.ai/library/llama3:8b`. */
  name: string;
  /** What `ollama list` users call it: `library/llama3:8b` (the default registry's host left out). */
  label: string;
  manifestDigest: string;
  layers: Layer[];
}

export const DEFAULT_REGISTRY = 'registry.ollama.ai';

/** `manifests/<host>/<namespace>/<model>/<tag>` → full name and the name users know. */
export function modelNames(manifestRel: string): { name: string; label: string } {
  const parts = manifestRel.split('/').slice(1);
  if (parts.length < 2) return { name: manifestRel, label: manifestRel };
  const name = `${parts.slice(0, -1).join('/')}:${parts.at(-1)}`;
  return { name, label: parts[0] === DEFAULT_REGISTRY ? name.slice(DEFAULT_REGISTRY.length + 1) : name };
}

/** `application/vnd.ollama.image.template` → `template`; the Docker config layer → `config`. */
export function layerKind(mediaType: string | undefined): string {
  const m = /^application\/vnd\.ollama\.image\.([a-z0-9.-]+)$/.exec(mediaType ?? '');
  return m ? m[1]! : mediaType?.includes('container.image') ? 'config' : 'layer';
}

/** The blob file a layer names. */
export const blobPath = (root: string, digest: string) => join(root, 'blobs', digest.replace(':', '-'));

/** Every manifest of a store, parsed, and those that could not be. */
export async function readOllamaManifests(
  root: string,
): Promise<{ models: OllamaModel[]; bad: { manifest: string; reason: string }[] }> {
  const models: OllamaModel[] = [];
  const bad: { manifest: string; reason: string }[] = [];
  for (const m of await walk(join(root, 'manifests'), 'manifests')) {
    let bytes = Buffer.alloc(0);
    let layers: Layer[] | string;
    try {
      const st = await stat(m.full);
      if (!st.isFile()) throw new ModelvetError('NOT_A_REGULAR_FILE', 'not a regular file');
      if (st.size > MAX_MANIFEST_BYTES)
        throw new ModelvetError('READ_TOO_LARGE', `larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile(m.full);
      layers = parseLayers(bytes);
    } catch (err) {
      layers = describeError(err);
    }
    if (typeof layers === 'string') bad.push({ manifest: m.rel, reason: layers });
    else {
      const manifestDigest = nodeCrypto().createHash('sha256').update(bytes).digest('hex');
      models.push({ manifest: m.rel, ...modelNames(m.rel), manifestDigest, layers });
    }
  }
  return { models, bad };
}

export interface LayerCheck {
  sizes: Map<string, number>;
  missing: number;
}

/** Each layer a manifest names must exist as a blob, with one size across manifests. */
export async function checkLayers(
  root: string,
  models: readonly OllamaModel[],
  at: (rel: string) => string,
  findings: Finding[],
): Promise<LayerCheck> {
  const out: LayerCheck = { sizes: new Map(), missing: 0 };
  for (const model of models) {
    for (const l of model.layers) {
      const hex = DIGEST.exec(l.digest)![1]!;
      const st = await stat(blobPath(root, l.digest)).catch(() => undefined);
      if (!st?.isFile()) {
        out.missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: `${model.name} needs blob sha256-${hex.slice(0, 12)}… (${l.mediaType ?? 'layer'}), which is missing`,
            evidence: { manifest: model.manifest, digest: l.digest, size: l.size },
          }),
        );
        continue;
      }
      const prev = out.sizes.get(hex);
      if (prev !== undefined && prev !== l.size)
        findings.push(
          finding(STORE_ENTRY, {
            path: at(model.manifest),
            message: `${model.manifest} records ${l.size} bytes for sha256-${hex.slice(0, 12)}…, another manifest ${prev}`,
          }),
        );
      out.sizes.set(hex, l.size);
    }
  }
  return out;
}

/** The blobs to re-hash: every file in blobs/ named by its digest; stray and partial entries are findings. */
async function blobChecks(
  root: string,
  sizes: ReadonlyMap<string, number>,
  at: (rel: string) => string,
  known: (rel: string) => string | undefined,
  findings: Finding[],
): Promise<BlobCheck[]> {
  const entry = (rel: string, message: string) =>
    findings.push(finding(STORE_ENTRY, { path: at(rel), message }));
  const blobs: BlobCheck[] = [];
  for (const b of await walk(join(root, 'blobs'), 'blobs')) {
    const name = b.rel.slice('blobs/'.length);
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
    const hex = m[1]!.toLowerCase();
    const size = sizes.get(hex);
    const knownDigest = known(b.rel);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: 'sha256',
      expected: hex,
      size,
      knownDigest,
    });
  }
  return blobs;
}

export async function verifyOllama(path: string, options: VerifyOptions = {}): Promise<StoreOutcome> {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? '.' : basename(root));
  const at = (rel: string) => displayPathOf(display, rel);
  const findings: Finding[] = [];
  const { models, bad } = await readOllamaManifests(root);
  for (const b of bad)
    findings.push(
      finding(INVALID_MANIFEST, {
        path: at(b.manifest),
        message: `Ollama manifest ${b.manifest}: ${b.reason}`,
      }),
    );
  const layers = await checkLayers(root, models, at, findings);
  const known = (rel: string) => options.knownSha256?.(root === path ? rel : `${basename(root)}/${rel}`);
  const blobs = await blobChecks(root, layers.sizes, at, known, findings);
  const hashed = await verifyBlobDigests(blobs, `Ollama store ${basename(resolve(root))}`, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && layers.missing === 0 && bad.length === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : '',
    layers.missing ? `${layers.missing} layer blob(s) missing` : '',
    bad.length ? `${bad.length} unreadable manifest(s)` : '',
  ].filter(Boolean);
  const verification: VerificationReport = {
    kind: 'ollama',
    source: display,
    ok,
    message: ok
      ? `${display}: ${models.length} model manifest(s), ${hashed.checked} blobs match their digests`
      : `${display}: ${problems.join(', ')}`,
    details: {
      checked: hashed.checked,
      models: models.map((m) => ({
        name: m.name,
        manifestDigest: m.manifestDigest,
        layers: m.layers.length,
      })),
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing: layers.missing,
    },
  };
  return {
    verifications: [verification],
    findings: capFindings(findings),
    references: storeReferences(models, at),
  };
}

/** The models a store holds, as references the policy checks against `sources` (pinned: by digest). */
function storeReferences(models: readonly OllamaModel[], at: (rel: string) => string): ModelReference[] {
  const out: ModelReference[] = [];
  for (const m of models) {
    const name = m.manifest.split('/').slice(1);
    const source = name.length === 4 ? ollamaSource(name[0]!, name[1]!, name[2]!, name[3]!) : undefined;
    if (source) out.push({ source, pinned: true, path: at(m.manifest), via: 'ollama-store', text: m.name });
  }
  return out;
}
