/**
 * The ring strategy: a reader thread of this hashing thread's own (ring-producer.ts) fills a ring
 * of small slots in shared memory with positional reads, and this thread hashes each slot as soon as
 * it is full and hands it back. Reading (the copy out of the page cache) and hashing run on two cores
 * at once, with no per-chunk message, promise or wake-up between them.
 *
 * Why both threads spin: the overlapped reader (strategies.ts) already reads on another core, but
 * each 2 MiB buffer arrives through libuv's completion queue and a wake-up, and on the Xeon the
 * benchmark runs on it reached 0.56 of the SHA-256 limit against the ring's 0.9. Measured there
 * (2 GiB, warm, Node 24): with the reader thread sleeping on Atomics.wait when the ring is full the
 * same ring ran at 0.70; spinning, at 0.90. A spinning thread holds a core, so the pool gives the
 * ring only to a stream that has a free core for it (pool.ts), each side spins at most SPIN_MS before
 * it sleeps (reader) or yields to the event loop (this thread), and calibration keeps it only where
 * it measures faster.
 *
 * Slots are 256 KiB, like the local reader's buffer: a slot fits the reading core's L2 and is still
 * in the shared cache when the hashing core reads it; four of them keep the reader a slot ahead of
 * any hiccup without growing past 1 MiB per thread.
 *
 * The file descriptor stays this thread's: the reader thread reads it only during a pass, and a pass
 * is over (the reader has stored `idle` or `failed`, or has exited) before readRing returns, so the
 * caller may close it. When the reader thread fails (a read error, a file that shrank) or dies, this
 * thread reads the rest itself with the local reader, which reports the error as usual.
 */
import type { Worker } from 'node:worker_threads';
import { monotonicMs } from '../clock.ts';
import { nodeWorkerThreads } from '../node-builtins.ts';
import {
  type ChunkSink,
  type RangeRead,
  readLocal,
  type Timing,
  YIELD_BYTES,
  yieldToEventLoop,
} from './strategies.ts';

/** Shared-memory layout, passed to the reader thread so that it imports nothing of ours. */
export interface RingLayout {
  slots: number;
  slotBytes: number;
  /** How long a side spins for the other before it sleeps or yields. */
  spinMs: number;
  /** Longest sleep of a side past spinMs (each is woken early by the other side's next store). */
  sleepMs: number;
  /** Int32 indices in the control array. */
  at: { ready: number; state: number; cancel: number; produced: number; consumed: number; lengths: number };
  state: { idle: number; running: number; failed: number };
}

/** One pass: what the reader thread is to read. */
export interface RingPass {
  fd: number;
  start: number;
  length: number;
}

export const RING_SLOTS = 4;
export const RING_SLOT_BYTES = 256 * 1024;
/** About 15 slots' hashing time: a steady ring never waits this long; a stalled one stops spinning. */
export const SPIN_MS = 2;
/**
 * A pass shorter than this does not start a reader thread (a few ms of start-up, while this thread
 * reads itself, and a thread kept for the life of this one); once started, every pass may use it.
 */
export const RING_MIN_BYTES = 16 * 1024 * 1024;

const LAYOUT: RingLayout = {
  slots: RING_SLOTS,
  slotBytes: RING_SLOT_BYTES,
  spinMs: SPIN_MS,
  sleepMs: 50,
  at: { ready: 0, state: 1, cancel: 2, produced: 3, consumed: 4, lengths: 5 },
  state: { idle: 0, running: 1, failed: 2 },
};

/** Reader thread entry next to this module: the TypeScript source under tests, the bundled file in dist/. */
function producerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./ring-producer.ts', here) : new URL('./hash-ring-reader.js', here);
}

export class HashRing {
  private readonly ctl: Int32Array;
  private readonly views: Buffer[];
  private readonly worker: Worker;
  private dead = false;
  /** A pass is running (a second pass on the same thread at the same time reads locally). */
  busy = false;

  private readonly layout: RingLayout;

  /**
   * `producer`: the reader thread's entry (default: the one beside this module); `spinMs`: how long
   * each side spins before it sleeps (default SPIN_MS).
   */
  constructor(options: { producer?: URL; spinMs?: number } = {}) {
    const layout: RingLayout = { ...LAYOUT, spinMs: options.spinMs ?? LAYOUT.spinMs };
    this.layout = layout;
    const producer = options.producer ?? producerUrl();
    const control = new SharedArrayBuffer(4 * (layout.at.lengths + layout.slots));
    const data = new SharedArrayBuffer(layout.slots * layout.slotBytes);
    this.ctl = new Int32Array(control);
    this.views = Array.from({ length: layout.slots }, (_, i) =>
      Buffer.from(data, i * layout.slotBytes, layout.slotBytes),
    );
    // execArgv: the thread imports nothing, and some of the process's flags (--input-type, --eval's
    // companions) stop a worker from starting at all.
    this.worker = new (nodeWorkerThreads().Worker)(producer, {
      workerData: { control, data, layout },
      execArgv: [],
    });
    this.worker.unref();
    const die = () => {
      this.dead = true;
    };
    this.worker.on('error', die);
    this.worker.on('exit', die);
  }

  /** The reader thread has started and is alive. */
  get ready(): boolean {
    return !this.dead && Atomics.load(this.ctl, LAYOUT.at.ready) === 1;
  }

  /** The reader thread has not exited (it may still be starting). */
  get alive(): boolean {
    return !this.dead;
  }

  /** Stops the reader thread (tests; a thread's ring otherwise lives as long as the thread). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  /**
   * Hashes `range` of `fd` through the ring: this thread reads the first chunks itself until the
   * reader thread is up. Timing covers the part read through the ring (none: zero bytes).
   */
  async read(fd: number, range: RangeRead, local: Buffer, sink: ChunkSink): Promise<Timing> {
    const end = range.start + range.length;
    let pos = range.start;
    // Until the reader thread has started (a few ms), this thread reads, a chunk at a time.
    while (pos < end && !this.ready && !this.dead) {
      const n = Math.min(local.length, end - pos);
      await readLocal(fd, { ...range, start: pos, length: n }, local, sink);
      pos += n;
    }
    const from = pos;
    const started = monotonicMs();
    if (pos < end && !this.dead) {
      this.busy = true;
      // The pass holds the process open: waiting on the reader thread (Atomics.waitAsync) does not.
      this.worker.ref();
      try {
        pos = await this.pass(fd, pos, end, sink);
      } finally {
        await this.endPass();
        this.busy = false;
        this.worker.unref();
      }
    }
    if (pos >= end) return { bytes: pos - from, ms: pos > from ? monotonicMs() - started : 0 };
    // The reader thread failed or died: the rest is read here (and a read error reported from here).
    await readLocal(fd, { ...range, start: pos, length: end - pos }, local, sink);
    return { bytes: 0, ms: 0 };
  }

  /** Consumes the slots of one pass; returns where it stopped (before `end`: the reader thread stopped). */
  private async pass(fd: number, start: number, end: number, sink: ChunkSink): Promise<number> {
    const { ctl } = this;
    const { at, state, slots, slotBytes } = LAYOUT;
    Atomics.store(ctl, at.produced, 0);
    Atomics.store(ctl, at.consumed, 0);
    Atomics.store(ctl, at.cancel, 0);
    Atomics.store(ctl, at.state, state.running);
    this.worker.postMessage({ fd, start, length: end - start } satisfies RingPass);
    let pos = start;
    let consumed = 0;
    let sinceYield = 0;
    while (pos < end) {
      if (!(await this.waitForSlot(consumed))) return pos;
      const slot = consumed % slots;
      const n = Atomics.load(ctl, at.lengths + slot);
      const view = this.views[slot]!;
      sink(n === slotBytes ? view : view.subarray(0, n));
      pos += n;
      consumed++;
      Atomics.store(ctl, at.consumed, consumed);
      Atomics.notify(ctl, at.consumed);
      sinceYield += n;
      if (sinceYield >= YIELD_BYTES && pos < end) {
        sinceYield = 0;
        await yieldToEventLoop();
      }
    }
    return pos;
  }

  /** Waits for slot `consumed` to be filled; false when the reader thread stopped without filling it. */
  private async waitForSlot(consumed: number): Promise<boolean> {
    const { ctl } = this;
    const { at, state } = LAYOUT;
    let spunSince: number | undefined;
    for (let i = 0; ; i++) {
      const produced = Atomics.load(ctl, at.produced);
      if (produced > consumed) return true;
      // The reader stores its state after its last slot: a stopped reader with nothing more is done.
      if (Atomics.load(ctl, at.state) !== state.running || this.dead)
        return Atomics.load(ctl, at.produced) > consumed;
      if ((i & 1023) !== 0) continue;
      const now = monotonicMs();
      spunSince ??= now;
      if (now - spunSince > this.layout.spinMs) await this.sleep(at.produced, produced);
    }
  }

  /** Cancels what is left of the pass and waits until the reader thread no longer reads the descriptor. */
  private async endPass(): Promise<void> {
    const { ctl } = this;
    const { at, state } = LAYOUT;
    Atomics.store(ctl, at.cancel, 1);
    Atomics.notify(ctl, at.consumed);
    let spunSince: number | undefined;
    for (let i = 0; Atomics.load(ctl, at.state) === state.running && !this.dead; i++) {
      if ((i & 1023) !== 0) continue;
      const now = monotonicMs();
      spunSince ??= now;
      if (now - spunSince > this.layout.spinMs) await this.sleep(at.state, state.running);
    }
  }

  /**
   * Past the spin: waits for `index` to change from `value` without holding the thread (a slow disk
   * makes the reader take milliseconds per slot), letting the event loop run (progress, and the
   * reader thread's exit event, which sets `dead`).
   */
  private async sleep(index: number, value: number): Promise<void> {
    const waiting = Atomics.waitAsync(this.ctl, index, value, LAYOUT.sleepMs);
    if (waiting.async) await waiting.value;
    else await yieldToEventLoop();
  }
}

/** This thread's ring (the documented per-thread cache): started by the first pass that uses one. */
const ringOfThread: { ring?: HashRing } = {};

/** This thread's ring, if it has started one. */
export function threadRing(): HashRing | undefined {
  return ringOfThread.ring;
}

/**
 * This thread's ring, started if it has none. `cpus`: the CPUs this process may use; on one (a ring
 * forced by MODELVET_HASH_READER under `taskset -c 0`) neither side spins, since the side it waits
 * for cannot run while it spins: 2 GiB took 9.7 s spinning there, against 1.46 s for the local reader.
 */
export function threadHashRing(cpus: number): HashRing {
  ringOfThread.ring ??= new HashRing({ spinMs: ringSpinMs(cpus) });
  return ringOfThread.ring;
}

/** How long each side of a ring spins on a process allowed `cpus` CPUs (see threadHashRing). */
export const ringSpinMs = (cpus: number): number => (cpus > 1 ? SPIN_MS : 0);
