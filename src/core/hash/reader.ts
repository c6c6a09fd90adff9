/**
 * One sequential pass over a file (or a byte range of it) feeding every requested digest.
 *
 * How the bytes are read is a measured choice per process (calibrate.ts): overlapped reads on
 * libuv's pool, synchronous reads on this thread into a cache-sized buffer (strategies.ts), a
 * reader thread filling a shared ring (ring.ts), or reads that bypass the page cache (direct.ts).
 * Buffers are reused for the life of the thread; a second pass running at the same time on the
 * same thread gets its own.
 */
import { closeSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ModelvetError } from '../errors.ts';
import {
  type ReaderCalibration,
  type ReaderStrategy,
  readerOverride,
  strategiesForCpus,
  threadCalibration,
} from './calibrate.ts';
import { DIRECT_MIN_BYTES, directReadsExist, openDirect, readDirect } from './direct.ts';
import { createHasher, type DigestAlgorithm, type Digests, type IncrementalHasher } from './digests.ts';
import {
  type ChunkSink,
  LOCAL_BUFFER_SIZE,
  OVERLAPPED_BUFFER_SIZE,
  type RangeRead,
  readLocal,
  readOverlapped,
  type Timing,
} from './strategies.ts';
import { RING_MIN_BYTES, threadHashRing, threadRing } from './ring.ts';

/** The overlapped reader's buffer size (two per thread). */
export const DEFAULT_BUFFER_SIZE = OVERLAPPED_BUFFER_SIZE;
const PROGRESS_BYTES = 32 * 1024 * 1024;

export interface HashRange {
  /** First byte (default 0). */
  start?: number;
  /** Bytes to hash from `start` (default: to the end of the file). */
  length?: number;
}

export interface HashOptions extends HashRange {
  algorithms?: readonly DigestAlgorithm[];
  /** Buffer size of either reader (default: 2 MiB overlapped, 256 KiB local). */
  bufferSize?: number;
  /** Called with the bytes hashed since the last call, at most every ~32 MiB. */
  onProgress?: (bytes: number) => void;
  /** Name used in error messages (defaults to the path). */
  displayPath?: string;
  /** Read strategy to use; MODELVET_HASH_READER wins over it (default: the calibrated one). */
  reader?: ReaderStrategy;
  /** Calibration state to use and feed (default: this thread's). */
  calibration?: ReaderCalibration;
  /**
   * Whether the ring reader may run: its reader thread needs a core that no other stream hashes on
   * (the pool decides, pool.ts; default: when the process may use more than one CPU).
   */
  allowRing?: boolean;
}

export interface HashResult {
  /** Bytes hashed (the range length, or the file size). */
  size: number;
  digests: Digests;
  /** The digests came from the digest cache (cache.ts), not from reading the file. */
  cached?: true;
}

/** Per-thread buffer cache (documented module state): the buffers of the pass that owns the thread. */
const threadBuffers: { overlapped?: [Buffer, Buffer]; local?: Buffer; busy: boolean } = { busy: false };

interface Buffers {
  overlapped: () => [Buffer, Buffer];
  local: () => Buffer;
  /** No other pass was running on this thread when this one started. */
  exclusive: boolean;
  release: () => void;
}

function acquireBuffers(size: number | undefined): Buffers {
  const oSize = size ?? OVERLAPPED_BUFFER_SIZE;
  const lSize = size ?? LOCAL_BUFFER_SIZE;
  if (threadBuffers.busy) {
    const own = { o: undefined as [Buffer, Buffer] | undefined, l: undefined as Buffer | undefined };
    return {
      overlapped: () => (own.o ??= [Buffer.allocUnsafe(oSize), Buffer.allocUnsafe(oSize)]),
      local: () => (own.l ??= Buffer.allocUnsafe(lSize)),
      exclusive: false,
      release: () => {},
    };
  }
  threadBuffers.busy = true;
  return {
    overlapped: () => {
      if (threadBuffers.overlapped?.[0].length !== oSize)
        threadBuffers.overlapped = [Buffer.allocUnsafe(oSize), Buffer.allocUnsafe(oSize)];
      return threadBuffers.overlapped;
    },
    local: () => {
      if (threadBuffers.local?.length !== lSize) threadBuffers.local = Buffer.allocUnsafe(lSize);
      return threadBuffers.local;
    },
    exclusive: true,
    release: () => {
      threadBuffers.busy = false;
    },
  };
}

/** Feeds every hasher and reports progress every PROGRESS_BYTES. */
function hashingSink(
  hashers: readonly IncrementalHasher[],
  onProgress: ((bytes: number) => void) | undefined,
): { sink: ChunkSink; flush: () => void } {
  let since = 0;
  return {
    sink: (chunk) => {
      for (const h of hashers) h.update(chunk);
      since += chunk.length;
      if (onProgress && since >= PROGRESS_BYTES) {
        onProgress(since);
        since = 0;
      }
    },
    flush: () => {
      if (onProgress && since > 0) onProgress(since);
      since = 0;
    },
  };
}

/**
 * The strategies a pass may use: those of the CPUs the process may use; the ring reader when
 * allowed, its thread has not died, and either the range is long enough to be worth starting the
 * thread or this thread has one already; direct reads when the file takes them and the range is
 * long enough to be worth a second descriptor.
 */
function allowedFor(
  options: HashOptions,
  length: number,
  cpus: number,
  direct: boolean,
): readonly ReaderStrategy[] {
  const started = threadRing();
  const ring = (options.allowRing ?? true) && (started ? started.alive : length >= RING_MIN_BYTES);
  return strategiesForCpus(cpus).filter(
    (s) => (s !== 'ring' || ring) && (s !== 'direct' || (direct && length >= DIRECT_MIN_BYTES)),
  );
}

/** The pass's direct-read descriptor, opened when first needed; null where the file refuses one. */
interface DirectHandle {
  fd?: number | null;
}

/** Reads `range` in segments as the calibration plans them (one segment once decided). */
async function readRange(
  handle: FileHandle,
  range: RangeRead,
  sink: ChunkSink,
  options: HashOptions,
): Promise<void> {
  const cpus = availableParallelism();
  const forced = readerOverride() ?? options.reader;
  const calibration = options.calibration ?? threadCalibration;
  const direct: DirectHandle = directReadsExist() ? {} : { fd: null };
  const allowed = () => allowedFor(options, range.length, cpus, direct.fd !== null);
  // The ring's reader thread takes a few ms to start: it starts now, while other segments are read.
  if (allowed().includes('ring') && (forced ?? calibration.decision?.strategy ?? 'ring') === 'ring')
    threadHashRing(cpus);
  const buffers = acquireBuffers(options.bufferSize);
  try {
    const end = range.start + range.length;
    let pos = range.start;
    while (pos < end) {
      const usable = allowed();
      const plan = forced
        ? { strategy: forced, length: end - pos, sample: false }
        : calibration.plan(end - pos, buffers.exclusive, usable);
      const segment = { ...range, start: pos, length: plan.length };
      const timing = await readSegment(handle, segment, plan.strategy, buffers, direct, sink);
      if (plan.sample) calibration.record(plan.strategy, timing.bytes, timing.ms, usable);
      pos += plan.length;
    }
  } finally {
    buffers.release();
    if (typeof direct.fd === 'number') closeSync(direct.fd);
  }
}

async function readSegment(
  handle: FileHandle,
  segment: RangeRead,
  strategy: ReaderStrategy,
  buffers: Buffers,
  direct: DirectHandle,
  sink: ChunkSink,
): Promise<Timing> {
  if (strategy === 'overlapped') return readOverlapped(handle, segment, buffers.overlapped(), sink);
  if (strategy === 'ring') {
    const ring = threadHashRing(availableParallelism());
    // A second pass on this thread while the ring serves the first: read here, and time nothing.
    if (!ring.busy) return ring.read(handle.fd, segment, buffers.local(), sink);
    await readLocal(handle.fd, segment, buffers.local(), sink);
    return { bytes: 0, ms: 0 };
  }
  if (strategy === 'direct') {
    if (direct.fd === undefined) direct.fd = openDirect(handle.fd) ?? null;
    if (direct.fd !== null) return readDirect(handle.fd, direct.fd, segment, buffers.local(), sink);
    // Refused here (forced by MODELVET_HASH_READER, or the leader on another file): read here.
    await readLocal(handle.fd, segment, buffers.local(), sink);
    return { bytes: 0, ms: 0 };
  }
  return readLocal(handle.fd, segment, buffers.local(), sink);
}

function checkRange(display: string, start: number, total: number, size: number): void {
  if (start < 0 || total < 0 || start + total > size) {
    throw new ModelvetError(
      'READ_OUT_OF_BOUNDS',
      `${display}: range ${start}+${total} is past the end (${size})`,
      {
        path: display,
      },
    );
  }
}

export async function hashFile(path: string, options: HashOptions = {}): Promise<HashResult> {
  const display = options.displayPath ?? path;
  const algorithms: readonly DigestAlgorithm[] = options.algorithms?.length ? options.algorithms : ['sha256'];
  const wanted = algorithms.includes('sha256') ? algorithms : ['sha256' as const, ...algorithms];
  const handle = await open(path, 'r');
  try {
    const st = await handle.stat();
    if (!st.isFile())
      throw new ModelvetError('NOT_A_REGULAR_FILE', `${display}: not a regular file`, { path: display });
    const start = options.start ?? 0;
    const total = options.length ?? Math.max(0, st.size - start);
    checkRange(display, start, total, st.size);
    const hashers = await Promise.all(wanted.map(async (a) => [a, await createHasher(a, total)] as const));
    const { sink, flush } = hashingSink(
      hashers.map(([, h]) => h),
      options.onProgress,
    );
    await readRange(handle, { start, length: total, display }, sink, options);
    flush();
    if (options.length === undefined) {
      const after = await handle.stat();
      if (after.size !== st.size) {
        throw new ModelvetError(
          'CHANGED_WHILE_READING',
          `${display}: size changed while being hashed (${st.size} → ${after.size} bytes)`,
          { path: display },
        );
      }
    }
    const digests = Object.fromEntries(hashers.map(([alg, h]) => [alg, h.digest()])) as Digests;
    return { size: total, digests };
  } finally {
    await handle.close();
  }
}
