/**
 * pull hf://: scan in place first; only when the verdict passes, download every file once, hashing
 * the same chunks that are written (never a second read), compare with the Hub's LFS sha256 or git
 * blob id, and place the result atomically.
 *
 * Layout: the Hugging Face cache as huggingface_hub writes it (file_download.py
 * `hf_hub_download`/`_create_symlink`): `models--owner--name/blobs/<sha256 or blob id>`,
 * `snapshots/<commit>/<path>` relative symlinks to `../../blobs/<name>`, `refs/<branch>` holding
 * the commit; or a plain folder (`--to`).
 *
 * Staging: everything is downloaded into `<destination>.modelvet-staging/` beside the destination
 * (same filesystem, so renames are atomic). A verified blob stays there when a later file fails, so
 * a re-run reuses it; a partial file never survives. Nothing lands in the destination until every
 * file is verified: then blobs are renamed into blobs/ and the snapshot folder, built in staging,
 * is renamed into snapshots/ in one step.
 */
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ModelvetError } from '../../core/errors.ts';
import { createHasher } from '../../core/hash/digests.ts';
import { isCommit } from '../../core/model-source.ts';
import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
import { nameEscapes, relativeInside } from '../../core/paths.ts';

export interface PullProgress {
  file: string;
  fileBytes: number;
  doneBytes: number;
  totalBytes: number;
  /** Files finished (downloaded or reused) before this one, and in all. */
  filesDone: number;
  filesTotal: number;
}

export interface PlaceOptions {
  /** Hugging Face cache root (the `hub` folder); or `to` for a plain folder. */
  cache?: string;
  to?: string;
  /** Repository type folder prefix: `models` or `datasets`. */
  type: 'models' | 'datasets';
  signal?: AbortSignal;
  onProgress?: (p: PullProgress) => void;
}

export interface PlaceResult {
  /** Where the files are now (the snapshot folder, or the plain folder). */
  path: string;
  /** Bytes downloaded in this run (blobs reused from a previous run are not counted). */
  downloaded: number;
  reused: number;
}

/**
 * The blob name huggingface_hub uses and the digest the download is checked against: the LFS
 * sha256, else the git blob id. A Xet-backed file listed without an LFS sha256 has only its Xet
 * hash (a Merkle hash over content-defined chunks), and its blob id is that of its pointer, not of
 * the content: nothing modelvet can check the bytes against, so it is refused, not pulled unchecked.
 */
export function blobName(e: SourceEntry): { name: string; algorithm: 'sha256' | 'git-sha1' } {
  const sha256 = e.integrity.lfsSha256 ?? e.integrity.sha256;
  if (sha256) return { name: sha256, algorithm: 'sha256' };
  if (e.integrity.xetHash)
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `${e.path}: Xet-backed with no sha256 in the Hub's listing (only Xet hash ${e.integrity.xetHash}, which modelvet cannot check); nothing was pulled`,
    );
  if (e.integrity.blobId) return { name: e.integrity.blobId, algorithm: 'git-sha1' };
  throw new ModelvetError(
    'REMOTE_BAD_RESPONSE',
    `${e.path}: the Hub gave no digest for this file; nothing was pulled`,
  );
}

/**
 * The download endpoint's own statement about a file must match the listing the scan vetted
 * (same size; the same Xet hash when both state one): a mirror answering differently for the
 * same commit is refused before any byte is downloaded.
 */
export async function checkDescribed(e: SourceEntry): Promise<void> {
  if (!e.describe) return;
  let info: { size: number; xetHash?: string };
  try {
    info = await e.describe();
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `${e.path}: the Hub's file information is unreadable (${(err as Error).message}); nothing was placed`,
      { cause: err },
    );
  }
  if (info.size !== e.size)
    throw new ModelvetError(
      'CHANGED_WHILE_READING',
      `${e.path}: the Hub lists ${e.size} bytes but its download states ${info.size}; nothing was placed`,
    );
  if (e.integrity.xetHash && info.xetHash && info.xetHash !== e.integrity.xetHash)
    throw new ModelvetError(
      'CHANGED_WHILE_READING',
      `${e.path}: the Hub lists Xet hash ${e.integrity.xetHash} but its download states ${info.xetHash}; nothing was placed`,
    );
}

export const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

/** Safe relative path inside a folder (the Hub forbids these, a hostile mirror may not). */
function checkPath(path: string): void {
  if (nameEscapes(path).length > 0 || path.includes('\\'))
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `${path}: unsafe file path in the tree listing; not pulled`,
    );
}

/** Downloads one entry into `dest` while hashing the same chunks; throws on a mismatch or truncation. */
export async function downloadVerified(
  client: HttpClient,
  e: SourceEntry,
  dest: string,
  options: PlaceOptions,
  onChunk: (n: number) => void,
): Promise<void> {
  const { name, algorithm } = blobName(e);
  const hasher = await createHasher(algorithm, e.size);
  const part = `${dest}.part`;
  const res = await client.stream(e.url, {}, e.path, options.signal);
  if (res.status !== 200 || !res.body)
    throw new ModelvetError('REMOTE_BAD_RESPONSE', `${e.path}: HTTP ${res.status} while downloading`);
  const out = createWriteStream(part, { flags: 'w', mode: 0o644 });
  let got = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      if (options.signal?.aborted) throw new ModelvetError('USAGE', 'interrupted; nothing was placed');
      got += chunk.length;
      client.bytesReceived += chunk.length;
      if (got > e.size) break;
      hasher.update(chunk);
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      onChunk(chunk.length);
    }
  } catch (err) {
    await closeStream(out);
    await rm(part, { force: true });
    if (err instanceof ModelvetError) throw err;
    if (options.signal?.aborted) throw new ModelvetError('USAGE', 'interrupted; nothing was placed');
    throw new ModelvetError(
      'REMOTE_UNREACHABLE',
      `${e.path}: the transfer was cut after ${got} of ${e.size} bytes`,
      {
        cause: err,
      },
    );
  }
  await closeStream(out);
  const digest = hasher.digest();
  if (got !== e.size || digest !== name) {
    await rm(part, { force: true });
    throw new ModelvetError(
      'CHANGED_WHILE_READING',
      got !== e.size
        ? `${e.path}: received ${got} of ${e.size} bytes; nothing was placed`
        : `${e.path}: ${algorithm} of the downloaded bytes is ${digest}, the remote metadata states ${name}; nothing was placed`,
    );
  }
  await rename(part, dest);
}

function closeStream(out: NodeJS.WritableStream & { close?: (cb: () => void) => void }): Promise<void> {
  return new Promise((resolve) => out.end(() => resolve()));
}

export async function placeHf(
  client: HttpClient,
  source: ResolvedSource,
  options: PlaceOptions,
): Promise<PlaceResult> {
  for (const e of source.entries) {
    checkPath(e.path);
    // Every file must have a digest to check before any is downloaded.
    blobName(e);
  }
  const repoFolder = `${options.type}--${source.model.owner}--${source.model.name}`;
  const dest = options.to ?? join(options.cache!, repoFolder);
  const staging = `${dest.replace(/[\\/]+$/, '')}.modelvet-staging`;
  const blobs = join(staging, 'blobs');
  await mkdir(blobs, { recursive: true });
  const totalBytes = source.entries.reduce((n, e) => n + e.size, 0);
  let doneBytes = 0;
  let downloaded = 0;
  let reused = 0;
  const finalBlobs = options.to ? undefined : join(dest, 'blobs');
  const filesTotal = source.entries.length;
  for (const [filesDone, e] of source.entries.entries()) {
    const { name } = blobName(e);
    const staged = join(blobs, name);
    const placed = finalBlobs ? join(finalBlobs, name) : undefined;
    if ((await exists(staged)) || (placed && (await exists(placed)))) {
      reused += e.size;
      doneBytes += e.size;
      continue;
    }
    await checkDescribed(e);
    await downloadVerified(client, e, staged, options, (n) => {
      doneBytes += n;
      downloaded += n;
      options.onProgress?.({ file: e.path, fileBytes: e.size, doneBytes, totalBytes, filesDone, filesTotal });
    });
  }
  const path = options.to
    ? await placePlainFolder(source, staging, options.to)
    : await placeCacheSnapshot(source, staging, dest);
  await rm(staging, { recursive: true, force: true });
  return { path, downloaded, reused };
}

/** `--to DIR`: the tree built in staging, renamed to DIR in one step (DIR must not hold files). */
async function placePlainFolder(source: ResolvedSource, staging: string, to: string): Promise<string> {
  const tree = join(staging, 'tree');
  await rm(tree, { recursive: true, force: true });
  for (const e of source.entries) {
    const target = join(tree, e.path);
    await mkdir(dirname(target), { recursive: true });
    await rename(join(staging, 'blobs', blobName(e).name), target).catch(async (err) => {
      // The same content under two paths: the first rename took the blob; copy from there.
      const first = source.entries.find((x) => x !== e && blobName(x).name === blobName(e).name);
      if (!first) throw err;
      await copyFile(join(tree, first.path), target);
    });
  }
  if (await exists(to)) {
    if ((await readdir(to)).length)
      throw new ModelvetError('USAGE', `--to ${to}: the folder is not empty; nothing was placed`);
    await rm(to, { recursive: true });
  }
  await mkdir(dirname(to), { recursive: true });
  await rename(tree, to);
  return to;
}

/** Blobs renamed into blobs/, then the snapshot folder (relative links) renamed into snapshots/<commit>. */
async function placeCacheSnapshot(source: ResolvedSource, staging: string, repoDir: string): Promise<string> {
  const blobs = join(repoDir, 'blobs');
  await mkdir(blobs, { recursive: true });
  await mkdir(join(repoDir, 'snapshots'), { recursive: true });
  for (const e of source.entries) {
    const name = blobName(e).name;
    if (await exists(join(staging, 'blobs', name)))
      await rename(join(staging, 'blobs', name), join(blobs, name));
  }
  const snapStaged = join(staging, 'snapshot');
  await rm(snapStaged, { recursive: true, force: true });
  for (const e of source.entries) {
    const link = join(snapStaged, e.path);
    await mkdir(dirname(link), { recursive: true });
    // Relative to the link's folder, as huggingface_hub's _create_symlink makes them.
    const depth = e.path.split('/').length - 1;
    await symlink(`${'../'.repeat(depth + 2)}blobs/${blobName(e).name}`, link);
  }
  const snapshot = join(repoDir, 'snapshots', source.commit);
  if (await exists(snapshot)) await rm(snapshot, { recursive: true, force: true });
  await rename(snapStaged, snapshot);
  if (!isCommit(source.revision)) {
    const ref = join(repoDir, 'refs', ...source.revision.split('/'));
    if (relativeInside(join(repoDir, 'refs'), ref) === undefined)
      throw new ModelvetError('USAGE', `${source.revision}: not a usable ref name`);
    await mkdir(dirname(ref), { recursive: true });
    await writeFile(ref, source.commit);
  }
  return snapshot;
}
