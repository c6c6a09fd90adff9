/**
 * Hugging Face hub cache (`~/.cache/huggingface/hub/models--org--name/`), verified offline:
 *
 * - `blobs/<64 hex>` is an LFS file named by the SHA-256 of its content; `blobs/<40 hex>` a git file
 *   named by its git blob id (`sha1("blob <size>\0" + content)`): every blob is re-hashed.
 * - `snapshots/<40-hex commit>/<path>` are relative links `../../blobs/<hash>`: each must resolve,
 *   lexically and really, to a blob of this repository.
 * - `refs/<name>` holds a 40-hex commit that must have a snapshot.
 * - `.no_exist/` (markers of files absent on the Hub) and `trees/` are left alone.
 *
 * Layout: huggingface/hub-docs `docs/hub/local-cache.md`; huggingface_hub `file_download.py`
 * (`_create_symlink`: relative links from snapshots/<commit>/ to ../../blobs/, `refs/<name>` holding
 * the commit) and `constants.py` (`REPO_ID_SEPARATOR` "--").
 */
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { hfCacheSource, type ModelReference } from '../core/model-source.ts';
import { relativeInside } from '../core/paths.ts';
import type { VerificationReport } from '../core/report.ts';
import { type BlobCheck, DANGLING_LINK, STORE_ENTRY, verifyBlobDigests } from './manifest-blobs.ts';
import { append, capFindings, displayPathOf, type VerifyOptions } from './manifest-check.ts';

const COMMIT = /^[0-9a-f]{40}$/;
const LFS_BLOB = /^[0-9a-f]{64}$/;
const GIT_BLOB = /^[0-9a-f]{40}$/;
export const HF_REPO_DIR = /^(models|datasets|spaces)--.+/;

/** The digest a blob's name promises: SHA-256 for LFS files, the git blob id for the others. */
export function blobAlgorithm(name: string): 'sha256' | 'git-sha1' | undefined {
  return LFS_BLOB.test(name) ? 'sha256' : GIT_BLOB.test(name) ? 'git-sha1' : undefined;
}

/** Verify options plus the digests a scan already computed (either algorithm), by path relative to the repo. */
export interface HfVerifyOptions extends VerifyOptions {
  knownDigest?: (rel: string, algorithm: DigestAlgorithm) => string | undefined;
}

async function isDir(p: string): Promise<boolean> {
  return (await lstat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** A repository folder of the cache: `models--org--name` holding `blobs/` or `snapshots/`. */
export async function isHfCacheRepo(path: string): Promise<boolean> {
  const name = basename(resolve(path));
  if (!(await isDir(path))) return false;
  const blobs = await isDir(join(path, 'blobs'));
  const snapshots = await isDir(join(path, 'snapshots'));
  return (
    (HF_REPO_DIR.test(name) && (blobs || snapshots)) ||
    (blobs && snapshots && (await isDir(join(path, 'refs'))))
  );
}

/** The repository folder that is `path` or holds it (a snapshot, snapshots/, blobs/), walking up. */
export async function enclosingHfRepo(path: string): Promise<string | undefined> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (await isHfCacheRepo(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The repository folders of `path`: the one around it, or those of a cache root (`hub/`). */
export async function hfCacheRepos(path: string): Promise<string[]> {
  // A folder inside a repository (a snapshot): its links only make sense with the repo.
  const around = await enclosingHfRepo(path);
  if (around) return [around];
  const names = await readdir(path).catch(() => [] as string[]);
  const repos: string[] = [];
  for (const n of names.sort())
    if (HF_REPO_DIR.test(n) && (await isHfCacheRepo(join(path, n)))) repos.push(join(path, n));
  return repos;
}

async function walkFiles(
  dir: string,
  rel = '',
): Promise<{ rel: string; full: string; kind: 'file' | 'link' | 'other' }[]> {
  const out: { rel: string; full: string; kind: 'file' | 'link' | 'other' }[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const n of names.sort()) {
    const full = join(dir, n);
    const r = rel ? `${rel}/${n}` : n;
    const st = await lstat(full).catch(() => undefined);
    if (!st) continue;
    if (st.isDirectory()) append(out, await walkFiles(full, r));
    else out.push({ rel: r, full, kind: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other' });
  }
  return out;
}

export interface StoreOutcome {
  verifications: VerificationReport[];
  findings: Finding[];
  /** The models the store holds (the policy checks them against `sources`). */
  references?: ModelReference[];
}

/** Verifies one cache repository folder (or every repository under a cache root). */
export async function verifyHfCache(path: string, options: HfVerifyOptions = {}): Promise<StoreOutcome> {
  const out: StoreOutcome = { verifications: [], findings: [], references: [] };
  const display = options.display ?? path;
  for (const repo of await hfCacheRepos(path)) {
    // A repository above the given path (around a snapshot) is shown by its own path.
    const inside = relativeInside(resolve(path), resolve(repo));
    const rel = inside === undefined ? '' : inside.split(sep).join('/');
    const shown = inside === undefined ? repo : displayPathOf(display, rel || '.');
    const under = (r: string) => (rel ? `${rel}/${r}` : r);
    const { knownSha256, knownDigest } = options;
    const r = await verifyRepo(repo, shown, {
      ...options,
      knownDigest:
        inside === undefined
          ? undefined
          : (r, alg) =>
              knownDigest?.(under(r), alg) ?? (alg === 'sha256' ? knownSha256?.(under(r)) : undefined),
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
    const source = hfCacheSource(basename(resolve(repo)), r.revision);
    if (source) out.references?.push({ source, pinned: true, path: shown, via: 'hf-cache' });
  }
  return out;
}

/** Where one repository's findings go and how they are shown. */
interface RepoCheck {
  repo: string;
  at: (rel: string) => string;
  findings: Finding[];
  entry: (rel: string, message: string) => void;
}

/** Blobs: the name is the digest. Partial downloads and stray names are entries; the rest is re-hashed (or known). */
async function checkBlobs(check: RepoCheck, options: HfVerifyOptions) {
  const blobs: BlobCheck[] = [];
  for (const b of await walkFiles(join(check.repo, 'blobs'), 'blobs')) {
    const name = b.rel.slice('blobs/'.length);
    if (b.kind !== 'file') {
      check.entry(b.rel, `${b.rel} is not a regular file (the cache stores blobs as files)`);
      continue;
    }
    if (name.endsWith('.incomplete')) {
      check.entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    const algorithm = blobAlgorithm(name);
    if (!algorithm) {
      check.entry(b.rel, `${b.rel} is not named by a SHA-256 or git blob id; nothing vouches for it`);
      continue;
    }
    const known = options.knownDigest?.(b.rel, algorithm);
    blobs.push({
      path: b.full,
      display: check.at(b.rel),
      algorithm,
      expected: name,
      knownDigest: known,
    });
  }
  const hashed = await verifyBlobDigests(
    blobs,
    `${basename(resolve(check.repo))} (Hugging Face cache)`,
    options,
  );
  append(check.findings, hashed.findings);
  return hashed;
}

/** One snapshot entry: a link that must resolve, lexically and really, to a blob of this repository. */
async function checkSnapshotLink(
  check: RepoCheck,
  f: { rel: string; full: string },
  realBlobs: string | undefined,
) {
  const text = await readlink(f.full).catch(() => '');
  const lexical = resolve(dirname(f.full), text);
  const real = await realpath(f.full).catch(() => undefined);
  const inBlobs =
    dirname(lexical) === resolve(check.repo, 'blobs') &&
    real !== undefined &&
    realBlobs !== undefined &&
    dirname(real) === realBlobs;
  if (real !== undefined && inBlobs) return true;
  check.findings.push(
    finding(DANGLING_LINK, {
      path: check.at(f.rel),
      message:
        real === undefined
          ? `${f.rel} -> ${text} dangles (its blob is missing)`
          : `${f.rel} -> ${text} does not point at a blob of this repository`,
      evidence: { link: text, resolved: real },
    }),
  );
  return false;
}

/** Snapshots: every entry a link into blobs/. */
async function checkSnapshots(check: RepoCheck) {
  const snapshotsDir = join(check.repo, 'snapshots');
  const realBlobs = await realpath(join(check.repo, 'blobs')).catch(() => undefined);
  const commits = (await readdir(snapshotsDir).catch(() => [] as string[])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      check.entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join(snapshotsDir, commit), `snapshots/${commit}`)) {
      if (f.kind === 'file') {
        check.entry(
          f.rel,
          `${f.rel} is a copy, not a link into blobs/ (Windows degraded mode?): its digest is not checked`,
        );
      } else if (f.kind !== 'link') {
        check.entry(f.rel, `${f.rel} is a FIFO, socket or device`);
      } else {
        links++;
        if (!(await checkSnapshotLink(check, f, realBlobs))) dangling++;
      }
    }
  }
  return { commits, links, dangling };
}

/** Refs name snapshots. */
/** Refs name snapshots; returns how many there are and the commit `refs/main` names. */
async function checkRefs(
  check: RepoCheck,
  commits: readonly string[],
): Promise<{ refs: number; mainRef: string | undefined }> {
  let refs = 0;
  let mainRef: string | undefined;
  for (const f of await walkFiles(join(check.repo, 'refs'), 'refs')) {
    refs++;
    let text = '';
    try {
      text = f.kind === 'file' ? (await readFile(f.full, 'utf8')).slice(0, 200).trim() : '';
    } catch (err) {
      check.entry(f.rel, describeError(err, f.rel));
      continue;
    }
    if (f.rel === 'refs/main' && COMMIT.test(text)) mainRef = text;
    if (!COMMIT.test(text)) check.entry(f.rel, `${f.rel} does not hold a 40-hex commit`);
    else if (!commits.includes(text))
      check.entry(f.rel, `${f.rel} names commit ${text}, which has no snapshot`);
  }
  return { refs, mainRef };
}

async function verifyRepo(
  repo: string,
  display: string,
  options: HfVerifyOptions,
): Promise<{ verification: VerificationReport; findings: Finding[]; revision?: string }> {
  const findings: Finding[] = [];
  const at = (rel: string) => displayPathOf(display, rel);
  const entry = (rel: string, message: string) =>
    findings.push(finding(STORE_ENTRY, { path: at(rel), message }));
  const check: RepoCheck = { repo, at, findings, entry };
  const hashed = await checkBlobs(check, options);
  const { commits, links, dangling } = await checkSnapshots(check);
  const { refs, mainRef } = await checkRefs(check, commits);
  const ok = hashed.mismatched === 0 && dangling === 0;
  const revision = mainRef ?? commits.find((c) => COMMIT.test(c));
  const problems = [
    hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their names` : '',
    dangling ? `${dangling} dangling or stray link(s)` : '',
  ].filter(Boolean);
  const message = ok
    ? `${display}: ${hashed.checked} blobs match their names, ${links} snapshot links resolve`
    : `${display}: ${problems.join(', ')}`;
  return {
    verification: {
      kind: 'hf-cache',
      source: display,
      ok,
      message,
      details: {
        checked: hashed.checked,
        blobs: hashed.checked,
        mismatched: hashed.mismatched,
        snapshots: commits.length,
        links,
        dangling,
        refs,
      },
    },
    findings: capFindings(findings),
    revision,
  };
}
