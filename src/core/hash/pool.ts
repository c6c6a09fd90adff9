/**
 * A pool of worker threads that hash several files (or shards of one file) at once.
 *
 * One SHA-256 stream is bound by one core; with N cores, N files hash N times as fast. Each worker
 * owns its two reusable buffers, so memory is 2 × buffer size × workers whatever the file sizes.
 * Workers start lazily (a one-file job starts one) and are unref'd when idle.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type ErrorCode, ModelvetError } from '../errors.ts';
import type { FsPath } from '../paths.ts';
import { type DigestCache, hashThroughCache } from './cache.ts';
import { fastestOf, type ReaderDecision, type ReaderStrategy, threadCalibration } from './calibrate.ts';
import type { DigestAlgorithm } from './digests.ts';
import type { HashJob, PoolJobMessage, SmallFile, SmallFileResult, WorkerMessage } from './protocol.ts';
import { runHashJob, runSmallFilesJob } from './job.ts';
import type { HashRange, HashResult } from './reader.ts';
import { nodeWorkerThreads } from '../node-builtins.ts';

export interface PoolJob extends HashRange {
  /** Exact bytes of the path when a Buffer (a name that is not UTF-8). */
  path: FsPath;
  displayPath?: string;
  algorithms?: DigestAlgorithm[];
  bufferSize?: number;
  /** Bytes hashed since the last call. */
  onProgress?: (bytes: number) => void;
}

interface Pending {
  job: PoolJobMessage;
  onProgress: ((bytes: number) => void) | undefined;
  resolve: (r: HashResult | SmallFileResult[]) => void;
  reject: (e: Error) => void;
}

/** A small file read and hashed by the pool: its bytes (for the analyzers) and digests, or why not. */
export type SmallFileRead =
  | { ok: true; data: Buffer; digests: HashResult['digests'] }
  | { ok: false; code: ErrorCode; message: string };

/** Worker entry next to this module: the TypeScript source under tests, the bundled file in dist/. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker.ts', here) : new URL('./hash-worker.js', here);
}

function jobLabel(job: PoolJobMessage): string {
  return job.type === 'small' ? `${job.files.length} small files` : job.displayPath;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The reader for a stream that starts while `streams` streams (itself included) hash at once on
 * `cpus` CPUs. The overlapped reader's gain is a read running on a free core while this one hashes;
 * with every core hashing there is none, and its reads only add pool threads competing with the
 * hashers and a cross-core copy (2 streams on 2 cores, Intel Xeon: 8 x 256 MiB in 2.24 s with the
 * local reader, 3.85 s overlapped, in one interleaved run). The ring reader holds a second core for
 * its reader thread (ringAllowed); a decision for it in a stream without one gives way to the
 * fastest other strategy the decision measured. Otherwise the process's calibrated choice.
 */
export function readerForStreams(
  streams: number,
  cpus: number,
  calibrated: ReaderDecision | undefined,
): ReaderStrategy | undefined {
  if (streams >= cpus && cpus > 1) return 'local';
  if (calibrated?.strategy !== 'ring' || ringAllowed(streams, cpus)) return calibrated?.strategy;
  return fastestOf(calibrated.rates ?? {}, ['overlapped', 'local']);
}

/** Whether every stream can have a core for its ring reader thread besides its own. */
export function ringAllowed(streams: number, cpus: number): boolean {
  return 2 * streams <= cpus;
}

export interface PoolOptions {
  /**
   * The calling thread is one of the pool's `size` hashers: it takes the first job at once while
   * the other workers start (one worker start-up less, and none at all for `size` 1). Right when the
   * caller has nothing else to do (`modelvet hash`, `verify`); wrong when it has other work to
   * overlap with hashing, like a scan's analyzers.
   */
  inline?: boolean;
  /** Answer unchanged files from this digest cache and store what is hashed (cache.ts). */
  digestCache?: DigestCache;
}

export class HashPool {
  readonly size: number;
  private readonly inline: boolean;
  private readonly digestCache: DigestCache | undefined;
  private callerBusy = false;
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private pumpScheduled = false;
  private nextId = 1;
  private closed = false;

  constructor(size = defaultJobs(), options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(size));
    this.inline = Boolean(options.inline);
    this.digestCache = options.digestCache;
  }

  hash(job: PoolJob): Promise<HashResult> {
    const cache = this.digestCache;
    return cache ? hashThroughCache(cache, job, () => this.enqueue(job)) : this.enqueue(job);
  }

  private enqueue(job: PoolJob): Promise<HashResult> {
    if (this.closed) return Promise.reject(new ModelvetError('INTERNAL', 'hash pool is closed'));
    return new Promise((resolve, reject) => {
      const wire: HashJob = {
        id: this.nextId++,
        path: job.path,
        displayPath: job.displayPath ?? String(job.path),
        algorithms: job.algorithms ?? ['sha256'],
        start: job.start,
        length: job.length,
        bufferSize: job.bufferSize,
      };
      this.queue.push({
        job: wire,
        onProgress: job.onProgress,
        resolve: resolve as Pending['resolve'],
        reject,
      });
      this.schedulePump();
    });
  }

  /**
   * Reads and hashes many small files in one message to one worker (each opened once; the bytes
   * come back for the analyzers). Files larger than `maxBytes` when opened fail with CHANGED_WHILE_READING.
   */
  readSmallFiles(files: readonly SmallFile[], maxBytes: number): Promise<SmallFileRead[]> {
    if (this.closed) return Promise.reject(new ModelvetError('INTERNAL', 'hash pool is closed'));
    return new Promise<SmallFileResult[]>((resolve, reject) => {
      const job: PoolJobMessage = { type: 'small', id: this.nextId++, files: [...files], maxBytes };
      this.queue.push({ job, onProgress: undefined, resolve: resolve as Pending['resolve'], reject });
      this.schedulePump();
    }).then((results) =>
      results.map((r) =>
        r.ok
          ? {
              ok: true,
              data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length),
              digests: r.digests,
            }
          : r,
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new ModelvetError('INTERNAL', 'hash pool closed'));
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  /** Runs a job on the calling thread; its errors take the same shape as a worker's. */
  private runInline(p: Pending): void {
    this.callerBusy = true;
    const run = p.job.type === 'small' ? runSmallFilesJob(p.job) : runHashJob(p.job, p.onProgress);
    run.then(p.resolve, p.reject).finally(() => {
      this.callerBusy = false;
      if (!this.closed) this.pump();
    });
  }

  /**
   * Starts queued jobs once the caller has queued what it queues at once (the files of a folder, the
   * digest-cache lookups that finish together): how many streams will run decides each one's reader
   * (take), and a job started on the first enqueue would see itself alone.
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      if (!this.closed) this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      if (this.inline && !this.callerBusy) {
        this.runInline(this.take());
        continue;
      }
      let worker = this.idle.pop();
      if (!worker) {
        if (this.all.size >= this.size - (this.inline ? 1 : 0)) return;
        worker = this.spawn();
      }
      const next = this.take();
      this.running.set(worker, next);
      worker.ref();
      worker.postMessage(next.job);
    }
  }

  /**
   * The next queued job, counted as running, with the reader it is to use: the local reader when it
   * starts with every CPU hashing (readerForStreams), else the process's calibrated choice once one
   * thread has made it (calibrate.ts); MODELVET_HASH_READER, read by the reader itself, wins over both.
   * Whether it may use the ring reader (a core for its reader thread) goes with it.
   */
  private take(): Pending {
    const p = this.queue.shift()!;
    if (p.job.type === 'small') return p;
    const streams = this.streamsWith();
    const cpus = availableParallelism();
    const reader = readerForStreams(streams, cpus, threadCalibration.decision);
    if (reader) p.job.reader = reader;
    p.job.allowRing = ringAllowed(streams, cpus);
    return p;
  }

  /**
   * How many streams hash at once when the job just taken starts: those running (a small-file batch
   * keeps its core busy too), this one, and the queued range jobs that start with it, up to the
   * pool's size.
   */
  private streamsWith(): number {
    let streams = this.running.size + (this.callerBusy ? 1 : 0) + 1;
    for (const q of this.queue) {
      if (streams >= this.size) break;
      if (q.job.type !== 'small') streams++;
    }
    return Math.min(streams, this.size);
  }

  private spawn(): Worker {
    const worker = new (nodeWorkerThreads().Worker)(workerUrl());
    this.all.add(worker);
    worker.on('message', (m: WorkerMessage) => {
      const p = this.running.get(worker);
      if (!p || m.id !== p.job.id) return;
      if (m.type === 'progress') {
        p.onProgress?.(m.bytes);
        return;
      }
      this.running.delete(worker);
      if (m.type === 'done' && m.reader) threadCalibration.adopt(m.reader);
      if (m.type === 'done') p.resolve(m.result);
      else if (m.type === 'small-done') p.resolve(m.results);
      else p.reject(new ModelvetError(m.code, m.message, { path: jobLabel(p.job) }));
      worker.unref();
      this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (err: Error) => {
      const p = this.running.get(worker);
      this.running.delete(worker);
      this.all.delete(worker);
      p?.reject(
        new ModelvetError('INTERNAL', `${p ? jobLabel(p.job) : ''}: hash worker failed: ${err.message}`),
      );
      this.pump();
    });
    return worker;
  }
}
