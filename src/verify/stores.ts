/**
 * Content-addressed stores around and inside a scan target: a Hugging Face cache repository
 * (`models--org--name`: snapshots/<commit>/<path> link to blobs/<digest>) and an Ollama models
 * folder (manifests/<host>/<namespace>/<model>/<tag> name blobs/sha256-<hex>).
 *
 * - Around: the folder a user scans is often inside a store (`snapshot_download()` returns
 *   snapshots/<commit>, whose files are links to ../../blobs/). The store is found by walking up;
 *   the walk may then follow links into it, and its blobs are checked against the digests their
 *   names promise, with the digests the scan computed (no second read).
 * - Below: stores anywhere under the scanned folder (`~/.cache/huggingface`, a home folder holding
 *   `.ollama/models`) are found from the walked paths and verified whole.
 * - Names: a blob's findings are reported under the name users know: its path in the snapshot
 *   (`model.safetensors`), or the Ollama model (`library/llama3:8b`), with the blob digest as evidence.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { finding } from '../core/finding.ts';
import { pathKey, relativeInside } from '../core/paths.ts';
import type { FileReport, VerificationReport } from '../core/report.ts';
import { type DiscoveredFile, displayBaseOf, type StoreBlob, type Target } from '../core/walk.ts';
import { blobAlgorithm, HF_REPO_DIR, isHfCacheRepo, type StoreOutcome, verifyHfCache } from './hf-cache.ts';
import { type BlobCheck, DANGLING_LINK, verifyBlobDigests } from './manifest-blobs.ts';
import { append, capFindings, displayPathOf, type VerifyOptions } from './manifest-check.ts';
import {
  blobPath,
  checkLayers,
  isOllamaStore,
  layerKind,
  type OllamaModel,
  readOllamaManifests,
  verifyOllama,
} from './ollama.ts';

type StoreKind = StoreBlob['store'];

export interface EnclosingStore {
  kind: StoreKind;
  /** Real, absolute path of the store folder. */
  root: string;
}

/** A store a target touches. */
interface StoreAt extends EnclosingStore {
  /** The target root's path inside the store ('' when the target is the store), for a store around it. */
  inside?: string;
  /** The store's path relative to the target root, for a store below it. */
  prefix?: string;
  /** How reports show the store folder. */
  display: string;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));
const isDir = async (p: string) => (await lstat(p).catch(() => undefined))?.isDirectory() ?? false;

/** The store whose folder is `path` or holds it (the nearest, walking up), if any. */
export async function findEnclosingStore(path: string): Promise<EnclosingStore | undefined> {
  const real = await realpath(resolve(path)).catch(() => undefined);
  if (real === undefined) return undefined; // the walk reports a missing path
  for (let dir = (await isDir(real)) ? real : dirname(real); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return { kind: 'hf-cache', root: dir };
    if (await isOllamaStore(dir)) return { kind: 'ollama', root: dir };
    if (dirname(dir) === dir) return undefined;
  }
}

/** Store folders below the target root, found from the walked paths and confirmed on disk. */
async function storesBelow(target: Target): Promise<StoreAt[]> {
  const candidates = new Map<string, StoreKind>();
  for (const f of target.files) {
    const parts = f.rel.split('/');
    for (let i = 0; i + 1 < parts.length; i++) {
      const next = parts[i + 1]!;
      if (HF_REPO_DIR.test(parts[i]!) && (next === 'blobs' || next === 'snapshots'))
        candidates.set(parts.slice(0, i + 1).join('/'), 'hf-cache');
      else if (i > 0 && (parts[i] === 'blobs' || parts[i] === 'manifests'))
        candidates.set(parts.slice(0, i).join('/'), 'ollama');
    }
  }
  const found: StoreAt[] = [];
  for (const [prefix, kind] of [...candidates].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const abs = join(target.root, prefix);
    const ok = kind === 'hf-cache' ? await isHfCacheRepo(abs) : await isOllamaStore(abs);
    if (!ok) continue;
    const root = await realpath(abs).catch(() => abs);
    found.push({ kind, root, prefix, display: displayPathOf(displayBaseOf(target.input), prefix) });
  }
  return found;
}

/** Every store the target is in, is, or holds. */
async function storesOf(target: Target, enclosing: EnclosingStore | undefined): Promise<StoreAt[]> {
  const stores: StoreAt[] = [];
  const inside = enclosing ? relativeInside(enclosing.root, target.root) : undefined;
  if (enclosing && inside !== undefined) {
    const rel = toPosix(inside);
    stores.push({
      ...enclosing,
      inside: rel,
      display: rel === '' ? displayBaseOf(target.input) : enclosing.root,
    });
  }
  if (target.isDirectory && (inside === undefined || inside === ''))
    append(stores, await storesBelow(target));
  return stores;
}

/** A file's path inside a store, or undefined when it is not in it. */
function pathInStore(store: StoreAt, file: DiscoveredFile): string | undefined {
  if (store.inside !== undefined) return store.inside === '' ? file.rel : posix.join(store.inside, file.rel);
  const p = `${store.prefix}/`;
  return file.rel.startsWith(p) ? file.rel.slice(p.length) : undefined;
}

/** Blobs are named by digest; a snapshot link names the file users know and resolves to a blob. */
function annotateHf(store: StoreAt, files: readonly DiscoveredFile[]): void {
  const blobsDir = join(store.root, 'blobs');
  for (const f of files) {
    const p = pathInStore(store, f);
    if (p === undefined) continue;
    const snapshot = /^snapshots\/[^/]+\/(.+)$/.exec(p);
    let name: string | undefined;
    if (/^blobs\/[^/]+$/.test(p)) name = p.slice('blobs/'.length);
    else if (
      snapshot &&
      f.symlinkTarget !== undefined &&
      typeof f.fsPath === 'string' &&
      dirname(f.fsPath) === blobsDir
    )
      name = basename(f.fsPath);
    const algorithm = name === undefined ? undefined : blobAlgorithm(name);
    if (name === undefined || algorithm === undefined) continue;
    f.store = {
      store: 'hf-cache',
      root: store.root,
      algorithm,
      digest: name,
      label: snapshot?.[1] ?? p,
      display: f.display,
    };
  }
}

/** Which model (and layer) each blob is, named as users know them; shared blobs take the first name. */
function ollamaLabels(models: readonly OllamaModel[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const m of [...models].sort((a, b) => (a.label < b.label ? -1 : 1))) {
    for (const l of m.layers) {
      const kind = layerKind(l.mediaType);
      const hex = l.digest.slice('sha256:'.length);
      if (!labels.has(hex)) labels.set(hex, kind === 'model' ? m.label : `${m.label}/${kind}`);
    }
  }
  return labels;
}

async function annotateOllama(store: StoreAt, target: Target): Promise<void> {
  const { models } = await readOllamaManifests(store.root);
  const labels = ollamaLabels(models);
  const named = (hex: string, fallback: string) => {
    const label = labels.get(hex);
    return { label: label ?? fallback, display: label ? `${store.display}/${label}` : fallback };
  };
  const manifests = new Set<string>();
  const present = new Set(target.files.map((f) => pathKey(f.fsPath)));
  for (const f of target.files) {
    const p = pathInStore(store, f);
    if (p?.startsWith('manifests/')) manifests.add(p);
    const m = p === undefined ? null : /^blobs\/sha256-([0-9a-f]{64})$/.exec(p);
    if (!m) continue;
    f.store = {
      store: 'ollama',
      root: store.root,
      algorithm: 'sha256',
      digest: m[1]!,
      ...named(m[1]!, f.display),
    };
  }
  // A target inside manifests/ names blobs outside it: they are what loading the model reads.
  for (const model of models.filter((m) => manifests.has(m.manifest))) {
    for (const l of model.layers) {
      const abs = blobPath(store.root, l.digest);
      if (present.has(abs)) continue;
      const st = await stat(abs).catch(() => undefined);
      if (!st?.isFile()) continue; // a missing layer is a verification finding
      present.add(abs);
      const hex = l.digest.slice('sha256:'.length);
      const rel = toPosix(relative(target.root, abs));
      const display = `${store.display}/blobs/sha256-${hex}`;
      target.files.push({
        rel,
        relBytes: Buffer.from(rel),
        display,
        fsPath: abs,
        size: st.size,
        mode: st.mode,
        store: {
          store: 'ollama',
          root: store.root,
          algorithm: 'sha256',
          digest: hex,
          ...named(hex, display),
        },
      });
    }
  }
  target.files.sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
}

/** Marks the files of `target` that are store blobs (and adds the blobs a manifest in it names). */
export async function annotateStores(target: Target, enclosing?: EnclosingStore): Promise<void> {
  for (const store of await storesOf(target, enclosing)) {
    if (store.kind === 'hf-cache') annotateHf(store, target.files);
    else await annotateOllama(store, target);
  }
}

/** Blob checks for the annotated files of a target inside a store, with the digests the scan computed. */
function subsetChecks(target: Target, files: ReadonlyMap<string, FileReport>, store: StoreAt): BlobCheck[] {
  const checks: BlobCheck[] = [];
  for (const f of target.files) {
    if (!f.store || f.store.root !== store.root) continue;
    const known = files.get(f.rel)?.digests?.[f.store.algorithm];
    checks.push({
      path: String(f.fsPath),
      display: f.display,
      algorithm: f.store.algorithm,
      expected: f.store.digest,
      knownDigest: known,
    });
  }
  return checks;
}

/** A folder inside a store: the blobs it reaches must match their names; links must reach blobs. */
async function verifySubset(
  target: Target,
  files: ReadonlyMap<string, FileReport>,
  store: StoreAt,
  base: VerifyOptions,
): Promise<StoreOutcome> {
  const findings: StoreOutcome['findings'] = [];
  const checks = subsetChecks(target, files, store);
  const source =
    store.kind === 'hf-cache' ? `${basename(store.root)} (Hugging Face cache)` : `Ollama store ${store.root}`;
  const hashed = await verifyBlobDigests(checks, source, base);
  append(findings, hashed.findings);
  let problems = hashed.mismatched;
  if (store.kind === 'ollama') {
    const { models } = await readOllamaManifests(store.root);
    const inTarget = new Set(target.files.map((f) => pathInStore(store, f)));
    const named = models.filter((m) => inTarget.has(m.manifest));
    const layers = await checkLayers(store.root, named, (rel) => join(store.root, rel), findings);
    problems += layers.missing;
  } else {
    problems += strayHfEntries(target, store, findings);
  }
  const display = displayBaseOf(target.input);
  const what = store.kind === 'hf-cache' ? 'the blobs they link to' : 'their digests';
  const verification: VerificationReport = {
    kind: store.kind,
    source: display,
    ok: problems === 0,
    message:
      problems === 0
        ? `${display}: ${hashed.checked} file(s) match ${what} in ${store.root}`
        : `${display}: ${problems} file(s) do not match ${what} or are missing`,
    details: { store: store.root, checked: hashed.checked, mismatched: hashed.mismatched, problems },
  };
  return { verifications: [verification], findings: capFindings(findings) };
}

/** Snapshot entries that are not links to a blob (a copy, a link elsewhere in the repository). */
function strayHfEntries(target: Target, store: StoreAt, findings: StoreOutcome['findings']): number {
  let stray = 0;
  for (const f of target.files) {
    if (f.store || !pathInStore(store, f)?.startsWith('snapshots/')) continue;
    stray++;
    const what =
      f.symlinkTarget !== undefined
        ? `links to ${f.symlinkTarget}, which is not a blob of this repository`
        : f.viaLink !== undefined
          ? `is reached through the folder link ${f.viaLink} (huggingface_hub links files, not folders)`
          : 'is a copy, not a link into blobs/: its digest is not checked';
    findings.push(
      finding(DANGLING_LINK, {
        path: f.display,
        message: `${f.display} ${what}`,
        evidence: f.symlinkTarget !== undefined ? { link: f.symlinkTarget } : undefined,
      }),
    );
  }
  return stray;
}

/**
 * Verifies every store the target is in, is or holds. `insideStore` says the target is itself part
 * of a store, so that lock files and signatures beside it are not looked for.
 */
export async function verifyStores(
  target: Target,
  files: ReadonlyMap<string, FileReport>,
  base: VerifyOptions,
): Promise<{ outcome: StoreOutcome; insideStore: boolean }> {
  const outcome: StoreOutcome = { verifications: [], findings: [], references: [] };
  const stores = await storesOf(target, await findEnclosingStore(target.root));
  for (const store of stores) {
    const under = (rel: string) => (store.prefix ? `${store.prefix}/${rel}` : rel);
    const known = (rel: string) => files.get(under(rel))?.digests;
    const options = { ...base, display: store.display, knownSha256: (rel: string) => known(rel)?.sha256 };
    const out =
      store.inside !== undefined && store.inside !== ''
        ? await verifySubset(target, files, store, base)
        : store.kind === 'hf-cache'
          ? await verifyHfCache(store.root, { ...options, knownDigest: (rel, alg) => known(rel)?.[alg] })
          : await verifyOllama(store.root, options);
    append(outcome.verifications, out.verifications);
    append(outcome.findings, out.findings);
    if (out.references?.length) append(outcome.references ?? [], out.references);
  }
  return { outcome, insideStore: stores.some((s) => s.inside !== undefined) };
}
