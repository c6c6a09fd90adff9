/**
 * Runs one job, on whichever thread holds it (a worker, or the calling thread when the pool is
 * inline), and gives every failure the same shape: a ModelvetError naming the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeError, ModelvetError } from '../errors.ts';
import { createHasher, type Digests } from './digests.ts';
import type { HashJob, SmallFile, SmallFileResult, SmallFilesJob } from './protocol.ts';
import { type HashResult, hashFile } from './reader.ts';

export function asHashError(err: unknown, displayPath: string): ModelvetError {
  if (err instanceof ModelvetError) return err;
  const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'UNREADABLE';
  return new ModelvetError(code, describeError(err, displayPath), { path: displayPath, cause: err });
}

export async function runHashJob(job: HashJob, onProgress?: (bytes: number) => void): Promise<HashResult> {
  // A Buffer path arrives from another thread as a plain Uint8Array; reader.ts types its path as a
  // string, and node:fs opens the exact bytes of either.
  const path = (typeof job.path === 'string' ? job.path : Buffer.from(job.path)) as string;
  try {
    return await hashFile(path, {
      displayPath: job.displayPath,
      algorithms: job.algorithms,
      start: job.start,
      length: job.length,
      bufferSize: job.bufferSize,
      reader: job.reader,
      allowRing: job.allowRing,
      onProgress,
    });
  } catch (err) {
    throw asHashError(err, job.displayPath);
  }
}

/**
 * Small files are opened by the real path the walk resolved: O_NOFOLLOW refuses a link swapped in
 * since (it could point out of the folder), O_NONBLOCK a FIFO (opening one would block forever).
 */
const SMALL_OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a batch in one ArrayBuffer: one transfer and one backing store per batch, not per
 * file (20,000 small files made 20,000 of each). A file larger than the room left gets its own.
 */
class Slab {
  private readonly buf: Uint8Array;
  private used = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(new ArrayBuffer(capacity));
  }
  /** Room for `n` bytes. */
  take(n: number): Uint8Array {
    if (this.used + n > this.buf.length) return new Uint8Array(new ArrayBuffer(n));
    const view = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
  /** Gives back the end of the last room taken: only `kept` of its bytes were used. */
  trim(room: Uint8Array, kept: number): void {
    if (room.buffer === this.buf.buffer && room.byteOffset + room.length === this.used)
      this.used -= room.length - kept;
  }
}

/** Reads one whole small file with synchronous reads (this thread has nothing else to do) and hashes it. */
async function readSmallFile(file: SmallFile, maxBytes: number, slab: Slab): Promise<SmallFileResult> {
  let fd: number | undefined;
  try {
    // A Buffer path arrives from another thread as a plain Uint8Array.
    fd = openSync(typeof file.path === 'string' ? file.path : Buffer.from(file.path), SMALL_OPEN_FLAGS);
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new ModelvetError('NOT_A_REGULAR_FILE', `${file.displayPath}: not a regular file`);
    if (st.size > maxBytes) {
      throw new ModelvetError(
        'CHANGED_WHILE_READING',
        `${file.displayPath}: grew to ${st.size} bytes during the scan`,
      );
    }
    // One byte more than fstat says: a file still growing shows up as a longer read.
    const room = slab.take(st.size + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < room.length; got += n) n = readSync(fd, room, got, room.length - got, got);
    slab.trim(room, got);
    if (got !== st.size) {
      throw new ModelvetError(
        'CHANGED_WHILE_READING',
        `${file.displayPath}: size changed while being read (${st.size} → ${got}${got > st.size ? '+' : ''} bytes)`,
      );
    }
    const bytes = room.subarray(0, got);
    const digests: Partial<Digests> = {};
    const wanted = file.algorithms.includes('sha256')
      ? file.algorithms
      : ['sha256' as const, ...file.algorithms];
    for (const alg of wanted) {
      const h = await createHasher(alg, got);
      h.update(bytes);
      digests[alg] = h.digest();
    }
    return { ok: true, data: bytes, digests: digests as Digests };
  } catch (err) {
    const e = asHashError(err, file.displayPath);
    return { ok: false, code: e.code, message: e.message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads and hashes every file of a batch; a failure is a result of its file, never of the batch. */
export async function runSmallFilesJob(job: SmallFilesJob): Promise<SmallFileResult[]> {
  const capacity = job.files.reduce((n, f) => n + Math.min(f.size, job.maxBytes) + 1, 0);
  const slab = new Slab(capacity);
  const results: SmallFileResult[] = [];
  for (const f of job.files) results.push(await readSmallFile(f, job.maxBytes, slab));
  return results;
}

/** The buffers to transfer with a batch's results (each once). */
export function transferList(results: readonly SmallFileResult[]): ArrayBuffer[] {
  return [...new Set(results.flatMap((r) => (r.ok ? [r.data.buffer as ArrayBuffer] : [])))];
}
