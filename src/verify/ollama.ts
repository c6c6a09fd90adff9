/**
 * Ollama model store (`$OLLAMA_MODELS`, default `~/.ollama/models`), verified offline as Ollama's
 * own `verifyBlob` does after a pull:
 *
 * - `manifests/<host>/<namespace>/<model>/<tag>`: Docker v2-style JSON; its `config` and `layers[]`
 *   name `sha256:<hex>` digests with sizes. Each must exist as `blobs/sha256-<hex>` with that size.
 * - `blobs/sha256-<hex>`: every blob re-hashed; SHA-256 must equal the name.
 * - The manifest's own SHA-256 (the ID `ollama list` shows) is recorded in the report.
 *
 * Layout: ollama/ollama manifest/paths.go, manifest/manifest.go, server/images.go
 * (../shared/research/action-and-pinning.md §5.3).
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import { type ModelReference, ollamaSource } from '../core/model-source.ts';
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
import type { VerificationReport } from '../core/report.ts';
import type { StoreOutcome } from './hf-cache.ts';
import { type BlobCheck, DANGLING_LINK, STORE_ENTRY, verifyBlobDigests } from './manifest-blobs.ts';
import {
  append,
  capFindings,
  clean,
  displayPathOf,
  INVALID_MANIFEST,
  type VerifyOptions,
} from './manifest-check.ts';

const BLOB_NAME = /^sha256[-:]([0-9a-fA-F]{64})$/;
const DIGEST = /^sha256:([0-9a-f]{64})$/;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** The models folder itself (manifests/ + blobs/), or `~/.ollama` holding `models/`. */
export async function ollamaRoot(path: string): Promise<string | undefined> {
  for (const p of [path, join(path, 'models')])
    if ((await isDir(join(p, 'manifests'))) && (await isDir(join(p, 'blobs')))) return p;
  return undefined;
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

interface Layer {
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

/** The config and layer blobs a manifest names, or why it cannot be used. */
function parseLayers(bytes: Uint8Array): Layer[] | string {
  try {
    const m = readDocument(bytes, manifestShape);
    return [...(m.config ? [m.config] : []), ...m.layers];
  } catch (err) {
    if (err instanceof DocumentError) return err.message;
    throw err;
  }
}

export async function verifyOllama(path: string, options: VerifyOptions = {}): Promise<StoreOutcome> {
  const root = await ollamaRoot(path);
  if (!root) return { verifications: [], findings: [] };
  const display = displayPathOf(options.display ?? path, root === path ? '.' : basename(root));
  const at = (rel: string) => displayPathOf(display, rel);
  const findings: Finding[] = [];
  const entry = (rel: string, message: string) =>
    findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message) }));
  const blobsDir = join(root, 'blobs');

  // Manifests → the blobs they need, with sizes.
  const sizes = new Map<string, number>();
  const models: { name: string; manifestDigest: string; layers: number }[] = [];
  const references: ModelReference[] = [];
  let missing = 0;
  let badManifests = 0;
  for (const m of await walk(join(root, 'manifests'), 'manifests')) {
    const name = m.rel.split('/').slice(1);
    const label = name.length >= 2 ? `${name.slice(0, -1).join('/')}:${name.at(-1)}` : m.rel;
    let bytes: Buffer;
    let layers: Layer[] | string;
    try {
      const st = await stat(m.full);
      if (!st.isFile()) throw new Error('not a regular file');
      if (st.size > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES} bytes`);
      bytes = await readFile(m.full);
      layers = parseLayers(bytes);
    } catch (err) {
      layers = describeError(err);
      bytes = Buffer.alloc(0);
    }
    if (typeof layers === 'string') {
      badManifests++;
      findings.push(
        finding(INVALID_MANIFEST, { path: at(m.rel), message: clean(`Ollama manifest ${m.rel}: ${layers}`) }),
      );
      continue;
    }
    const source = name.length === 4 ? ollamaSource(name[0]!, name[1]!, name[2]!, name[3]!) : undefined;
    if (source) references.push({ source, pinned: true, path: at(m.rel), via: 'ollama-store', text: label });
    models.push({
      name: label,
      manifestDigest: createHash('sha256').update(bytes).digest('hex'),
      layers: layers.length,
    });
    for (const l of layers) {
      const hex = DIGEST.exec(l.digest)![1]!;
      const blob = join(blobsDir, `sha256-${hex}`);
      const st = await stat(blob).catch(() => undefined);
      if (!st?.isFile()) {
        missing++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(`blobs/sha256-${hex}`),
            message: clean(
              `${label} needs blob sha256-${hex.slice(0, 12)}… (${l.mediaType ?? 'layer'}), which is missing`,
            ),
            evidence: { manifest: m.rel, digest: l.digest, size: l.size },
          }),
        );
        continue;
      }
      const prev = sizes.get(hex);
      if (prev !== undefined && prev !== l.size)
        entry(
          m.rel,
          `${m.rel} records ${l.size} bytes for sha256-${hex.slice(0, 12)}…, another manifest ${prev}`,
        );
      sizes.set(hex, l.size);
    }
  }

  // Every blob re-hashed against its name (and the size a manifest records).
  const blobs: BlobCheck[] = [];
  for (const b of await walk(blobsDir, 'blobs')) {
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
    const st = await lstat(b.full);
    if (!st.isFile()) {
      entry(b.rel, `${b.rel} is not a regular file`);
      continue;
    }
    const hex = m[1]!.toLowerCase();
    const size = sizes.get(hex);
    const known = options.knownSha256?.(root === path ? b.rel : `${basename(root)}/${b.rel}`);
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm: 'sha256',
      expected: hex,
      ...(size !== undefined ? { size } : {}),
      ...(known ? { knownDigest: known } : {}),
    });
  }
  const source = `Ollama store ${basename(resolve(root))}`;
  const hashed = await verifyBlobDigests(blobs, source, options);
  append(findings, hashed.findings);
  const ok = hashed.mismatched === 0 && missing === 0 && badManifests === 0;
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their digest or size` : '',
    missing ? `${missing} layer blob(s) missing` : '',
    badManifests ? `${badManifests} unreadable manifest(s)` : '',
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
      models,
      blobs: hashed.checked,
      mismatched: hashed.mismatched,
      missing,
    },
  };
  return { verifications: [verification], findings: capFindings(findings), references };
}
