/**
 * The direct strategy: reads that bypass the page cache (Linux O_DIRECT), three 4 MiB reads in
 * flight on libuv's pool while this thread hashes the buffer that arrived.
 *
 * Why: every buffered read pays a CPU copy out of the page cache; a direct read has the device (or
 * the hypervisor) write into our buffer, so the hashing core only hashes. On the benchmark's Xeon
 * (virtio disk) a 2 GiB file hashed in 1.17 s pinned to one core against 1.41 s for the local
 * reader and openssl dgst alike (which both copy). Where the device is slower than a copy out of a
 * warm page cache (a network disk, a hosted runner's) it loses, which is why it is one of the
 * calibrated strategies and never a default. Reads are coherent with the page cache: Linux writes
 * back dirty pages of the range before a direct read, so the digest is that of the file's bytes.
 *
 * The descriptor is opened again through /proc/self/fd/N from the one the reader opened and checked
 * (same device and inode, so a path swapped since cannot be read), and only where the file system
 * takes O_DIRECT (tmpfs before Linux 6.6 and some FUSE file systems refuse it: the strategy is then not offered).
 * Direct reads need the buffer address, the file offset and the length aligned to the device's
 * block size: offsets are rounded down to 4 KiB (the head of an unaligned range is skipped), lengths
 * are whole buffers (the kernel returns less at the end of the file), and each buffer's alignment is
 * found once by trying offsets into a slightly larger allocation (JavaScript cannot see an
 * address). Any failure or short read before the end hands the rest of the range to the local
 * reader on the ordinary descriptor, which reads it and reports an error as usual.
 */
import { closeSync, constants, fstatSync, openSync, read, readSync } from 'node:fs';
import { monotonicMs } from '../clock.ts';
import { type ChunkSink, type RangeRead, readLocal, type Timing } from './strategies.ts';

export const DIRECT_BUFFER_BYTES = 4 * 1024 * 1024;
/** Three in flight: as fast as four here, and one of libuv's four pool threads stays free. */
export const DIRECT_DEPTH = 3;
/** Offsets are rounded down to this (the largest logical block size in use). */
export const DIRECT_ALIGN = 4096;
/** A range shorter than this is not worth opening a second descriptor for. */
export const DIRECT_MIN_BYTES = 16 * 1024 * 1024;

const O_DIRECT: number | undefined = (constants as Record<string, number>).O_DIRECT;

/** Whether this platform has direct reads at all. */
export const directReadsExist = (): boolean => process.platform === 'linux' && O_DIRECT !== undefined;

/**
 * A second descriptor on the file `fd` has open, with O_DIRECT, or undefined where the file system
 * refuses it or the descriptor would not be the same file.
 */
export function openDirect(fd: number): number | undefined {
  if (!directReadsExist()) return undefined;
  let direct: number | undefined;
  try {
    direct = openSync(`/proc/self/fd/${fd}`, constants.O_RDONLY | O_DIRECT!);
    const a = fstatSync(fd, { bigint: true });
    const b = fstatSync(direct, { bigint: true });
    if (a.dev === b.dev && a.ino === b.ino && b.isFile()) return direct;
  } catch {
    // EINVAL (no O_DIRECT here), no /proc: not offered.
  }
  if (direct !== undefined) closeSync(direct);
  return undefined;
}

/**
 * A buffer of `bytes` whose address the device accepts for direct reads from `fd`, found by trying
 * one aligned read at each 16-byte offset of a larger allocation; undefined when none works.
 */
function alignedBuffer(fd: number, bytes: number): Buffer | undefined {
  const raw = Buffer.allocUnsafeSlow(bytes + DIRECT_ALIGN);
  for (let off = 0; off < DIRECT_ALIGN; off += 16) {
    try {
      readSync(fd, raw, off, DIRECT_ALIGN, 0);
      return raw.subarray(off, off + bytes);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EINVAL') return undefined;
    }
  }
  return undefined;
}

/**
 * This thread's direct-read buffers (the documented per-thread cache), found on first use, for the
 * device they were found on: what one file system accepts another may not (tmpfs takes any address,
 * ext4 on a disk of 512-byte sectors wants 512-aligned ones), so a file on another device finds them
 * again.
 */
const threadDirect: { buffers?: Buffer[]; dev?: bigint; busy: boolean } = { busy: false };

function directBuffers(fd: number): Buffer[] | undefined {
  const dev = fstatSync(fd, { bigint: true }).dev;
  if (threadDirect.buffers && threadDirect.dev === dev) return threadDirect.buffers;
  threadDirect.buffers = undefined;
  const buffers: Buffer[] = [];
  for (let i = 0; i < DIRECT_DEPTH; i++) {
    const b = alignedBuffer(fd, DIRECT_BUFFER_BYTES);
    if (!b) return undefined;
    buffers.push(b);
  }
  threadDirect.buffers = buffers;
  threadDirect.dev = dev;
  return buffers;
}

const readAt = (fd: number, buf: Buffer, pos: number) =>
  new Promise<number>((resolve, reject) =>
    read(fd, buf, 0, buf.length, pos, (err, n) => (err ? reject(err) : resolve(n))),
  );

/**
 * Hashes `range` with direct reads on `directFd`; the rest after any failure is read from `fd` by
 * the local reader into `local`. Timing from the first buffer's arrival; none when it fell back.
 */
export async function readDirect(
  fd: number,
  directFd: number,
  range: RangeRead,
  local: Buffer,
  sink: ChunkSink,
): Promise<Timing> {
  const end = range.start + range.length;
  const buffers = threadDirect.busy ? undefined : directBuffers(directFd);
  if (!buffers) {
    await readLocal(fd, range, local, sink);
    return { bytes: 0, ms: 0 };
  }
  threadDirect.busy = true;
  const inFlight: { buf: Buffer; at: number; read: Promise<number> }[] = [];
  let next = range.start - (range.start % DIRECT_ALIGN);
  const issue = (buf: Buffer) => {
    const read = readAt(directFd, buf, next);
    read.catch(() => {}); // awaited below, or drained
    inFlight.push({ buf, at: next, read });
    next += buf.length;
  };
  let pos = range.start;
  let steadyFrom: number | undefined;
  try {
    for (const b of buffers) if (next < end) issue(b);
    while (inFlight.length) {
      const { buf, at, read } = inFlight[0]!;
      let n: number;
      try {
        n = await read;
      } catch {
        break;
      }
      inFlight.shift();
      steadyFrom ??= monotonicMs();
      const upTo = Math.min(at + n, end);
      if (upTo > pos) sink(buf.subarray(pos - at, upTo - at));
      pos = Math.max(pos, upTo);
      if (pos >= end) break;
      if (n < buf.length) break; // short before the end: the file shrank (the local reader says so)
      if (next < end) issue(buf);
    }
  } finally {
    // No read may still write into a buffer once this returns (they are reused, the fd closed).
    await Promise.allSettled(inFlight.map((f) => f.read));
    threadDirect.busy = false;
  }
  if (pos >= end)
    return { bytes: range.length, ms: steadyFrom === undefined ? 0 : monotonicMs() - steadyFrom };
  await readLocal(fd, { ...range, start: pos, length: end - pos }, local, sink);
  return { bytes: 0, ms: 0 };
}
