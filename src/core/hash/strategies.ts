/**
 * Two of the three ways of reading a byte range into the hashers (the third is ring.ts;
 * calibrate.ts says which one runs).
 *
 * - overlapped: two large buffers; while one is hashed on this thread, the positional read of the
 *   next is in flight on libuv's pool. Disk (or page cache copy) and hashing overlap on two cores.
 * - local: one cache-sized buffer filled by a synchronous positional read on this thread and hashed
 *   at once, while its bytes are still in this core's cache. The thread yields to its event loop
 *   every YIELD_BYTES so progress, worker messages, timers and other I/O keep running.
 *
 * Neither allocates per chunk nor uses streams: at 1.5-2 GB/s a stream's chunk bookkeeping and
 * buffer allocation show. Both return the time of their steady state for calibration: the
 * overlapped reader from the arrival of its first buffer (the first read of a pass is not
 * overlapped; over a whole file it is amortized), the local reader over the whole range.
 */
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { ModelvetError } from '../errors.ts';
import { monotonicMs } from '../clock.ts';

/** Receives each chunk; it must be done with the bytes when it returns (the buffer is reused). */
export type ChunkSink = (chunk: Buffer) => void;

/** 2 MiB, two per thread: one stream as fast as 4-8 MiB, and two streams on two cores ~3 % faster. */
export const OVERLAPPED_BUFFER_SIZE = 2 * 1024 * 1024;
/** 256 KiB: inside every current server core's L2 (EPYC 512 KiB-1 MiB, Xeon 1-2 MiB), few syscalls. */
export const LOCAL_BUFFER_SIZE = 256 * 1024;
/**
 * The local reader gives the event loop a turn this often (~2.5 ms at 1.6 GB/s): progress output,
 * and on the calling thread of an inline pool the messages of the workers, whose next job waits
 * for it (a turn costs microseconds: 4 MiB keeps that under 0.5 %).
 */
export const YIELD_BYTES = 4 * 1024 * 1024;

export interface RangeRead {
  start: number;
  length: number;
  /** Name used in error messages. */
  display: string;
}

export interface Timing {
  bytes: number;
  ms: number;
}

function shrank(display: string): ModelvetError {
  return new ModelvetError('CHANGED_WHILE_READING', `${display}: file shrank while being hashed`, {
    path: display,
  });
}

async function readFull(handle: FileHandle, buf: Buffer, want: number, pos: number, display: string) {
  let got = 0;
  while (got < want) {
    const { bytesRead } = await handle.read(buf, got, want - got, pos + got);
    if (bytesRead === 0) throw shrank(display);
    got += bytesRead;
  }
  return got;
}

function readFullSync(fd: number, buf: Buffer, want: number, pos: number, display: string): number {
  let got = 0;
  while (got < want) {
    const n = readSync(fd, buf, got, want - got, pos + got);
    if (n === 0) throw shrank(display);
    got += n;
  }
  return got;
}

export async function readOverlapped(
  handle: FileHandle,
  range: RangeRead,
  buffers: readonly [Buffer, Buffer],
  sink: ChunkSink,
): Promise<Timing> {
  const end = range.start + range.length;
  const next = (buf: Buffer, pos: number) =>
    readFull(handle, buf, Math.min(buf.length, end - pos), pos, range.display);
  let [current, spare] = buffers;
  let pos = range.start;
  let pending: Promise<number> | undefined = range.length > 0 ? next(current, pos) : undefined;
  let steadyFrom: number | undefined;
  while (pending) {
    const n = await pending;
    steadyFrom ??= monotonicMs();
    pos += n;
    pending = pos < end ? next(spare, pos) : undefined;
    // Avoid an unhandled rejection if the sink throws while the next read is in flight.
    pending?.catch(() => {});
    sink(n === current.length ? current : current.subarray(0, n));
    [current, spare] = [spare, current];
  }
  return { bytes: range.length, ms: steadyFrom === undefined ? 0 : monotonicMs() - steadyFrom };
}

/** One turn of the event loop (setImmediate: after pending I/O callbacks, before timers wait). */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function readLocal(
  fd: number,
  range: RangeRead,
  buffer: Buffer,
  sink: ChunkSink,
): Promise<Timing> {
  const started = monotonicMs();
  const end = range.start + range.length;
  let pos = range.start;
  let sinceYield = 0;
  while (pos < end) {
    const n = readFullSync(fd, buffer, Math.min(buffer.length, end - pos), pos, range.display);
    sink(n === buffer.length ? buffer : buffer.subarray(0, n));
    pos += n;
    sinceYield += n;
    if (sinceYield >= YIELD_BYTES && pos < end) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
  return { bytes: range.length, ms: monotonicMs() - started };
}
