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
 * Layout: huggingface/hub-docs `docs/hub/local-cache.md` (../shared/research/action-and-pinning.md §5.2).
 */
import { lstat, readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { describeError } from '../core/errors.ts';
import { type Finding, finding } from '../core/finding.ts';
import { hfCacheSource, type ModelReference } from '../core/model-source.ts';
import type { VerificationReport } from '../core/report.ts';
import { type BlobCheck, DANGLING_LINK, STORE_ENTRY, verifyBlobDigests } from './manifest-blobs.ts';
import { append, capFindings, clean, displayPathOf, type VerifyOptions } from './manifest-check.ts';

const COMMIT = /^[0-9a-f]{40}$/;
const LFS_BLOB = /^[0-9a-f]{64}$/;
const GIT_BLOB = /^[0-9a-f]{40}$/;
export const HF_REPO_DIR = /^(models|datasets|spaces)--.+/;

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

/** The cache root (`hub/`): the repository folders inside it. */
export async function hfCacheRepos(path: string): Promise<string[]> {
  if (await isHfCacheRepo(path)) return [path];
  // A snapshot folder (models--org--name/snapshots/<commit>): its links only make sense with the repo.
  const up = dirname(resolve(path));
  if (basename(up) === 'snapshots' && (await isHfCacheRepo(dirname(up)))) return [dirname(up)];
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
export async function verifyHfCache(path: string, options: VerifyOptions = {}): Promise<StoreOutcome> {
  const out: StoreOutcome = { verifications: [], findings: [], references: [] };
  const display = options.display ?? path;
  for (const repo of await hfCacheRepos(path)) {
    const up = relative(path, repo).split(sep).join('/');
    const rel = up.startsWith('..') ? '' : up;
    const known = options.knownSha256;
    const shown = up.startsWith('..') ? repo : displayPathOf(display, rel || '.');
    const r = await verifyRepo(repo, shown, {
      ...options,
      ...(known ? { knownSha256: (r: string) => known(rel ? `${rel}/${r}` : r) } : {}),
    });
    out.verifications.push(r.verification);
    append(out.findings, r.findings);
    const source = hfCacheSource(basename(resolve(repo)), r.revision);
    if (source) out.references!.push({ source, pinned: true, path: shown, via: 'hf-cache' });
  }
  return out;
}

async function verifyRepo(
  repo: string,
  display: string,
  options: VerifyOptions,
): Promise<{ verification: VerificationReport; findings: Finding[]; revision?: string }> {
  const findings: Finding[] = [];
  const at = (rel: string) => displayPathOf(display, rel);
  const source = `${basename(resolve(repo))} (Hugging Face cache)`;
  const entry = (rel: string, message: string) =>
    findings.push(finding(STORE_ENTRY, { path: at(rel), message: clean(message) }));
  const blobsDir = join(repo, 'blobs');
  const realBlobs = await realpath(blobsDir).catch(() => undefined);

  // 1. Blobs: the name is the digest.
  const blobs: BlobCheck[] = [];
  for (const b of await walkFiles(blobsDir, 'blobs')) {
    const name = b.rel.slice('blobs/'.length);
    if (b.kind !== 'file') {
      entry(b.rel, `${b.rel} is not a regular file (the cache stores blobs as files)`);
      continue;
    }
    if (name.endsWith('.incomplete')) {
      entry(b.rel, `${b.rel} is an unfinished download`);
      continue;
    }
    const algorithm = LFS_BLOB.test(name) ? 'sha256' : GIT_BLOB.test(name) ? 'git-sha1' : undefined;
    if (!algorithm) {
      entry(b.rel, `${b.rel} is not named by a SHA-256 or git blob id; nothing vouches for it`);
      continue;
    }
    const known = algorithm === 'sha256' ? options.knownSha256?.(b.rel) : undefined;
    blobs.push({
      path: b.full,
      display: at(b.rel),
      algorithm,
      expected: name,
      ...(known ? { knownDigest: known } : {}),
    });
  }
  const hashed = await verifyBlobDigests(blobs, source, options);
  append(findings, hashed.findings);

  // 2. Snapshots: links into blobs/.
  const snapshotsDir = join(repo, 'snapshots');
  const commits = (await readdir(snapshotsDir).catch(() => [] as string[])).sort();
  let links = 0;
  let dangling = 0;
  for (const commit of commits) {
    if (!COMMIT.test(commit))
      entry(`snapshots/${commit}`, `snapshots/${commit} is not named by a 40-hex commit`);
    for (const f of await walkFiles(join(snapshotsDir, commit), `snapshots/${commit}`)) {
      if (f.kind === 'file') {
        entry(
          f.rel,
          `${f.rel} is a copy, not a link into blobs/ (Windows degraded mode?): its digest is not checked`,
        );
        continue;
      }
      if (f.kind !== 'link') {
        entry(f.rel, `${f.rel} is a FIFO, socket or device`);
        continue;
      }
      links++;
      const text = await readlink(f.full).catch(() => '');
      const lexical = resolve(dirname(f.full), text);
      const real = await realpath(f.full).catch(() => undefined);
      const inBlobs =
        dirname(lexical) === resolve(blobsDir) &&
        real !== undefined &&
        realBlobs !== undefined &&
        dirname(real) === realBlobs;
      if (real === undefined || !inBlobs) {
        dangling++;
        findings.push(
          finding(DANGLING_LINK, {
            path: at(f.rel),
            message: clean(
              real === undefined
                ? `${f.rel} -> ${text} dangles (its blob is missing)`
                : `${f.rel} -> ${text} does not point at a blob of this repository`,
            ),
            evidence: { link: text, ...(real ? { resolved: real } : {}) },
          }),
        );
      }
    }
  }

  // 3. Refs name snapshots.
  let refs = 0;
  let mainRef: string | undefined;
  for (const f of await walkFiles(join(repo, 'refs'), 'refs')) {
    refs++;
    let text = '';
    try {
      text = f.kind === 'file' ? (await readFile(f.full, 'utf8')).slice(0, 200).trim() : '';
    } catch (err) {
      entry(f.rel, describeError(err, f.rel));
      continue;
    }
    if (f.rel === 'refs/main' && COMMIT.test(text)) mainRef = text;
    if (!COMMIT.test(text)) entry(f.rel, `${f.rel} does not hold a 40-hex commit`);
    else if (!commits.includes(text)) entry(f.rel, `${f.rel} names commit ${text}, which has no snapshot`);
  }

  const ok = hashed.mismatched === 0 && dangling === 0;
  const revision = mainRef ?? commits.find((c) => COMMIT.test(c));
  const message = ok
    ? `${display}: ${hashed.checked} blobs match their names, ${links} snapshot links resolve`
    : `${display}: ${[
        hashed.mismatched ? `${hashed.mismatched} blob(s) do not match their names` : '',
        dangling ? `${dangling} dangling or stray link(s)` : '',
      ]
        .filter(Boolean)
        .join(', ')}`;
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
    ...(revision ? { revision } : {}),
  };
}
