/**
 * The OMS manifest: the in-toto Statement that `model_signing` (sigstore/model-transparency) signs
 * for a model folder or file, computed exactly as it computes it, so a lock file we write verifies
 * with their tools and their signatures verify with ours.
 *
 * - Enumeration: the model path itself plus every entry under it (dot-files included), ignore paths
 *   matched lexically on whole components from the model root (an ignored folder drops its subtree),
 *   `.git`, `.gitattributes`, `.github`, `.gitignore` ignored at the top level by default. Symlinks
 *   are a problem unless allowed; an allowed link to a file is hashed with the target's bytes under
 *   the link's name; links to folders are not descended; dangling links and special files are always
 *   problems. A single-file model has one resource named `.`.
 * - `files`: one resource per file, algorithm = the hash name. `shards`: every non-empty file cut at
 *   multiples of the shard size, resource `path:start:end`, algorithm `<hash>-sharded-<size>`; the
 *   shards go to the hash pool as `start/length` jobs, so one big file uses every core.
 * - Order: path components compared one by one by code point (Python `PurePosixPath` order), shards
 *   by (path, start, end) with integer offsets.
 * - Root digest: SHA-256 over the raw digest bytes of the resources in listed order.
 *
 * Sources: sigstore/model-transparency `src/model_signing/_serialization/file.py` and
 * `serialization.py` (enumeration, `should_ignore`), `hashing.py` (default git ignores),
 * `manifest.py` (sorted resource order), `_signing/signing.py` (`Payload`, root digest, and
 * `dsse_payload_to_manifest`, which re-hashes in listed order); the OMS v1.0 spec,
 * https://github.com/ossf/model-signing-spec/blob/main/spec/v1.0.md.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { describeError, ModelvetError } from '../core/errors.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { defaultJobs, HashPool } from '../core/hash/pool.ts';
import { nodeCrypto } from '../core/node-builtins.ts';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
export const PREDICATE_TYPE_COMPAT = 'https://model_signing/Digests/v0.1';
/** model_signing's default: 1 GB (decimal). */
export const DEFAULT_SHARD_SIZE = 1_000_000_000;
/** Shards one manifest may have (1 GB shards: a 1 PB model). */
export const MAX_SHARDS = 1_000_000;
/** Ignored at the model root unless `ignoreGitPaths: false` (model_signing's default). */
export const GIT_PATHS = ['.git', '.gitattributes', '.github', '.gitignore'] as const;

export type OmsHashType = 'sha256' | 'blake2b' | 'blake3';
export const OMS_HASH_TYPES: readonly OmsHashType[] = ['sha256', 'blake2b', 'blake3'];
export type SerializationMethod = 'files' | 'shards';

export interface Serialization {
  method: SerializationMethod;
  hashType: OmsHashType;
  allowSymlinks: boolean;
  /** Shards only. */
  shardSize?: number;
  /** Relative posix paths, as recorded in the statement (empty: not recorded). */
  ignorePaths: string[];
}

export interface Resource {
  name: string;
  algorithm: string;
  /** Lower-case hex. */
  digest: string;
}

export interface ManifestFile {
  /** Posix path relative to the model root; `.` for a single-file model. */
  rel: string;
  fsPath: string;
  size: number;
  symlink: boolean;
}

/** A path that model_signing refuses to hash (the manifest is computed without it). */
export interface ManifestProblem {
  rel: string;
  reason: 'symlink' | 'dangling' | 'special' | 'unreadable';
  message: string;
}

export interface Manifest {
  modelName: string;
  serialization: Serialization;
  resources: Resource[];
  rootDigest: string;
  files: ManifestFile[];
  problems: ManifestProblem[];
  /** With `selectResource`: where each resource is in the full list, and how many there are. */
  slice?: { positions: number[]; total: number };
}

export interface ManifestOptions {
  method?: SerializationMethod;
  hashType?: OmsHashType;
  shardSize?: number;
  allowSymlinks?: boolean;
  /**
   * With symlinks allowed, still refuse links that resolve outside the model folder (model_signing
   * follows them; a scan must not hash, and disclose the digest of, a file the publisher never shipped).
   */
  confineSymlinks?: boolean;
  /** Paths relative to the model root; an absolute path inside the root is made relative. */
  ignorePaths?: readonly string[];
  /** Ignore `.git`, `.gitattributes`, `.github`, `.gitignore` at the root (default true). */
  ignoreGitPaths?: boolean;
  /** Record these ignore paths in the serialization (default: every ignore used, sorted). */
  recordIgnorePaths?: readonly string[];
  jobs?: number;
  /** Reuse a pool (not closed here). */
  pool?: HashPool;
  /** Whole-file SHA-256 already known for a relative path (a scan hashed it): not hashed again. */
  knownSha256?: (rel: string) => string | undefined;
  onProgress?: (bytes: number) => void;
  /** Hash only the resources (by name) this accepts: a `lock --shard` slice (src/shard/lock-shard.ts). */
  selectResource?: (name: string) => boolean;
}

const CORE_ALGORITHM: Record<OmsHashType, DigestAlgorithm> = {
  sha256: 'sha256',
  blake2b: 'blake2b512',
  blake3: 'blake3',
};

export function isOmsHashType(v: unknown): v is OmsHashType {
  return typeof v === 'string' && (OMS_HASH_TYPES as readonly string[]).includes(v);
}

/** Lexical normalization of an ignore path relative to the root; undefined when it leaves the root. */
export function normalizeRelPath(p: string, root?: string): string | undefined {
  let s = p.replace(/\\/g, '/');
  if (s.startsWith('/')) {
    if (!root) return undefined;
    const r = resolve(root).replace(/\\/g, '/').replace(/\/+$/, '');
    if (s !== r && !s.startsWith(`${r}/`)) return undefined;
    s = s.slice(r.length);
  }
  const out: string[] = [];
  for (const part of s.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.length ? out.join('/') : '.';
}

/** `rel` is `ignore` or inside it (whole components); `.` ignores everything. */
export function isIgnored(rel: string, ignores: readonly string[]): boolean {
  for (const ig of ignores) {
    if (ig === '.' || rel === ig || rel.startsWith(`${ig}/`)) return true;
  }
  return false;
}

function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d) return d;
  }
}

/** Python `PurePosixPath` order: component by component, each by code point. */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = compareCodePoints(pa[i]!, pb[i]!);
    if (d) return d;
  }
  return pa.length - pb.length;
}

/** Splits `path:start:end` on its last two colons (a superset of model_signing's 3-part split). */
export function parseShardName(name: string): { path: string; start: number; end: number } | undefined {
  const m = /^(.*):(\d+):(\d+)$/s.exec(name);
  if (!m) return undefined;
  const start = Number(m[2]);
  const end = Number(m[3]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) return undefined;
  return { path: m[1]!, start, end };
}

export function rootDigestOf(resources: readonly Resource[]): string {
  const h = nodeCrypto().createHash('sha256');
  for (const r of resources) h.update(Buffer.from(r.digest, 'hex'));
  return h.digest('hex');
}

export function modelNameOf(modelPath: string): string {
  const name = basename(modelPath.replace(/[/\\]+$/, ''));
  return name === '' || name === '.' || name === '..' ? basename(resolve(modelPath)) : name;
}

export function shardAlgorithm(hashType: OmsHashType, shardSize: number): string {
  return `${hashType}-sharded-${shardSize}`;
}

/** Enumerates the files model_signing would hash, in its order, with the problems it would raise. */
export async function enumerateModel(
  modelPath: string,
  options: { ignores: readonly string[]; allowSymlinks: boolean; confineSymlinks?: boolean },
): Promise<{ files: ManifestFile[]; problems: ManifestProblem[]; isDirectory: boolean }> {
  const abs = resolve(modelPath);
  const files: ManifestFile[] = [];
  const problems: ManifestProblem[] = [];
  const top = await lstat(abs);
  const rootStat = top.isSymbolicLink() ? await stat(abs) : top;
  if (!rootStat.isDirectory()) {
    if (isIgnored('.', options.ignores)) return { files, problems, isDirectory: false };
    if (top.isSymbolicLink() && !options.allowSymlinks) {
      problems.push({ rel: '.', reason: 'symlink', message: `${modelPath} is a symbolic link` });
    } else if (rootStat.isFile()) {
      files.push({ rel: '.', fsPath: abs, size: rootStat.size, symlink: top.isSymbolicLink() });
    } else {
      problems.push({ rel: '.', reason: 'special', message: `${modelPath} is not a regular file` });
    }
    return { files, problems, isDirectory: false };
  }
  const realRoot = options.confineSymlinks ? await realpath(abs).catch(() => abs) : abs;
  const insideRoot = async (p: string) => {
    const real = await realpath(p).catch(() => undefined);
    return real !== undefined && (real === realRoot || real.startsWith(`${realRoot}${sep}`));
  };
  const walk = async (dir: string, relDir: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      problems.push({ rel: relDir || '.', reason: 'unreadable', message: describeError(err, relDir || '.') });
      return;
    }
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (isIgnored(rel, options.ignores)) continue;
      const full = join(dir, name);
      let st: Awaited<ReturnType<typeof lstat>>;
      try {
        st = await lstat(full);
      } catch (err) {
        problems.push({ rel, reason: 'unreadable', message: describeError(err, rel) });
        continue;
      }
      if (st.isDirectory()) await walk(full, rel);
      else if (st.isFile()) files.push({ rel, fsPath: full, size: st.size, symlink: false });
      else if (st.isSymbolicLink()) {
        if (!options.allowSymlinks) {
          problems.push({ rel, reason: 'symlink', message: `${rel} is a symbolic link (not allowed)` });
          continue;
        }
        const target = await stat(full).catch(() => undefined);
        if (target && options.confineSymlinks && !(await insideRoot(full))) {
          problems.push({
            rel,
            reason: 'symlink',
            message: `${rel} links outside the model folder; not followed`,
          });
          continue;
        }
        if (!target)
          problems.push({ rel, reason: 'dangling', message: `${rel} is a dangling symbolic link` });
        else if (target.isFile()) files.push({ rel, fsPath: full, size: target.size, symlink: true });
        else if (!target.isDirectory())
          problems.push({ rel, reason: 'special', message: `${rel} links to a special file` });
        // A link to a folder is neither descended nor hashed (pathlib glob('**') does not follow it).
      } else problems.push({ rel, reason: 'special', message: `${rel} is a FIFO, socket or device` });
    }
  };
  await walk(abs, '');
  files.sort((a, b) => comparePaths(a.rel, b.rel));
  return { files, problems, isDirectory: true };
}

interface Task {
  file: ManifestFile;
  name: string;
  start: number;
  end: number;
}

/** Computes the statement model_signing would sign for `modelPath` with these settings. */
export async function computeManifest(modelPath: string, options: ManifestOptions = {}): Promise<Manifest> {
  const method = options.method ?? 'files';
  const hashType = options.hashType ?? 'sha256';
  const core = CORE_ALGORITHM[hashType];
  if (!core) throw new ModelvetError('USAGE', `unknown hash type ${String(hashType)}`);
  const shardSize = options.shardSize ?? DEFAULT_SHARD_SIZE;
  if (method === 'shards' && (!Number.isSafeInteger(shardSize) || shardSize < 1)) {
    throw new ModelvetError('USAGE', `shard size must be a positive integer, got ${shardSize}`);
  }
  const allowSymlinks = options.allowSymlinks ?? false;
  const ignores = new Set<string>();
  if (options.ignoreGitPaths ?? true) for (const g of GIT_PATHS) ignores.add(g);
  for (const p of options.ignorePaths ?? []) {
    const n = normalizeRelPath(p, modelPath);
    if (n !== undefined) ignores.add(n);
  }
  const { files, problems } = await enumerateModel(modelPath, {
    ignores: [...ignores],
    allowSymlinks,
    confineSymlinks: options.confineSymlinks ?? false,
  });

  if (method === 'shards') {
    // A hostile lock beside a model could ask for 1-byte shards of a 100 GB file: refuse, do not hang.
    const count = files.reduce((n, f) => n + Math.ceil(f.size / shardSize), 0);
    if (count > MAX_SHARDS)
      throw new ModelvetError(
        'USAGE',
        `a shard size of ${shardSize} bytes cuts this model into ${count} shards (more than ${MAX_SHARDS})`,
      );
  }
  const tasks: Task[] = [];
  for (const file of files) {
    if (method === 'files') tasks.push({ file, name: file.rel, start: 0, end: file.size });
    else
      for (let start = 0; start < file.size; start += shardSize) {
        const end = Math.min(start + shardSize, file.size);
        tasks.push({ file, name: `${file.rel}:${start}:${end}`, start, end });
      }
  }
  const select = options.selectResource;
  const positions = select ? tasks.flatMap((t, i) => (select(t.name) ? [i] : [])) : undefined;
  const chosen = positions ? positions.map((i) => tasks[i]!) : tasks;
  const algorithm = method === 'files' ? hashType : shardAlgorithm(hashType, shardSize);
  const pool =
    options.pool ??
    new HashPool(Math.max(1, Math.min(options.jobs ?? defaultJobs(), chosen.length)), { inline: true });
  let digests: string[];
  try {
    digests = await Promise.all(
      chosen.map(async (t) => {
        const known =
          method === 'files' && hashType === 'sha256' ? options.knownSha256?.(t.file.rel) : undefined;
        if (known) {
          options.onProgress?.(t.end - t.start);
          return known;
        }
        const r = await pool.hash({
          path: t.file.fsPath,
          displayPath: t.file.rel,
          algorithms: [core],
          ...(method === 'shards' ? { start: t.start, length: t.end - t.start } : {}),
          onProgress: options.onProgress,
        });
        return r.digests[core]!;
      }),
    );
  } finally {
    if (!options.pool) await pool.close();
  }
  const resources: Resource[] = chosen.map((t, i) => ({ name: t.name, algorithm, digest: digests[i]! }));
  const recorded = options.recordIgnorePaths ?? [...ignores];
  const serialization: Serialization = {
    method,
    hashType,
    allowSymlinks,
    shardSize: method === 'shards' ? shardSize : undefined,
    ignorePaths: [...new Set(recorded)].sort(comparePaths),
  };
  return {
    modelName: modelNameOf(modelPath),
    serialization,
    resources,
    rootDigest: rootDigestOf(resources),
    files,
    problems,
    slice: positions ? { positions, total: tasks.length } : undefined,
  };
}

/** protobuf's MessageToJson prints a Struct number as a Python float: `8.0`, `1000000000.0`. */
function pythonFloat(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}

/**
 * The statement as model_signing writes it (protobuf MessageToJson: two-space indent, no final
 * newline, serialization before resources, resource keys sorted, shard_size as a float).
 */
export function statementJson(
  manifest: Pick<Manifest, 'modelName' | 'rootDigest' | 'serialization' | 'resources'>,
): string {
  const s = manifest.serialization;
  const MARK = '@@shard_size@@';
  const serialization: Record<string, unknown> = {
    method: s.method,
    hash_type: s.hashType,
    allow_symlinks: s.allowSymlinks,
    shard_size: s.method === 'shards' ? MARK : undefined,
    ignore_paths: s.ignorePaths.length ? s.ignorePaths : undefined,
  };
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: manifest.modelName, digest: { sha256: manifest.rootDigest } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization,
      resources: manifest.resources.map((r) => ({ algorithm: r.algorithm, digest: r.digest, name: r.name })),
    },
  };
  const text = JSON.stringify(statement, null, 2);
  return s.method === 'shards'
    ? text.replace(
        `"shard_size": "${MARK}"`,
        `"shard_size": ${pythonFloat(s.shardSize ?? DEFAULT_SHARD_SIZE)}`,
      )
    : text;
}
