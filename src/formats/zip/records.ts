/**
 * Where each loader finds a zip's central directory, read the way that loader reads the end records.
 *
 * PyTorch (miniz, `third_party/miniz-3.0.2/miniz.c` `mz_zip_reader_locate_header_sig` and
 * `mz_zip_reader_read_central_dir`):
 * - the end record is the last signature, scanning back from the end in 4 KiB chunks, that has 22
 *   bytes after it; the search stops once it is 64 KiB + 22 bytes back;
 * - a zip64 locator right before it points (by absolute offset) at the zip64 end record; when that has
 *   its signature, its entry count, directory size and offset replace the classic ones (miniz's limits:
 *   one disk, counts and size under 2^32, a record size of at least 44);
 * - the directory is read at the stated offset, unshifted, and must fit in the file; the counts on this
 *   disk and in total must agree and 46 bytes per entry must fit in the size.
 *
 * CPython's zipfile (np.load, Keras, `zipfile` users; `Lib/zipfile/__init__.py` `_EndRecData`,
 * `_EndRecData64`, `_RealGetContents`):
 * - the end record is the last 22 bytes when they are one with an empty comment, else the last
 *   signature in the last 64 KiB + 22 bytes, and the file is no zip when that one has fewer than 22
 *   bytes after it;
 * - a zip64 locator before it only says that the zip64 end record sits right before the locator (its
 *   offset is ignored); a zip64 record there replaces the classic counts, size and offset;
 * - the directory is read right before the end records (end record position, minus the zip64 record
 *   and locator when there are, minus the directory size), and the difference to the stated offset
 *   ("concat": a prefix or a concatenated file) is added to every local header offset.
 */
import type { ByteSource } from '../../core/source.ts';

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_ZIP64_LOCATOR = 0x07064b50;
export const SIG_ZIP64_EOCD = 0x06064b50;
export const SIG_DATA_DESCRIPTOR = 0x08074b50;
export const EOCD_SIZE = 22;
export const ZIP64_LOCATOR_SIZE = 20;
export const ZIP64_EOCD_SIZE = 56;
export const CENTRAL_SIZE = 46;
export const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const MINIZ_CHUNK = 4096;
const U32_MAX = 0xffff_ffff;

export type ZipReaderName = 'miniz' | 'cpython';

/** What one loader takes from the end records: where to read the directory and how to read it. */
export interface DirectoryPlan {
  reader: ZipReaderName;
  /** Where the directory is read. */
  cdStart: number;
  cdSize: number;
  /** Entries announced (miniz reads exactly this many; CPython reads the directory by size). */
  entries: number;
  /** Added to every local header offset (CPython's `concat`; 0 for miniz). */
  shift: number;
  /** The "number of this disk" field (miniz accepts entries on this disk or on disk 1). */
  thisDisk: number;
  zip64: boolean;
  /** Offset of the end record, and the span of all end records (zip64 record .. classic + comment). */
  eocdPos: number;
  recordsStart: number;
  recordsEnd: number;
}

export type PlanResult = { ok: true; plan: DirectoryPlan } | { ok: false; reason: string };

/** The last bytes of a file, enough for both readers' end-record searches. */
export interface Tail {
  size: number;
  start: number;
  buf: Buffer;
}

export async function readTail(source: ByteSource): Promise<Tail> {
  const len = Math.min(source.size, EOCD_SIZE + MAX_COMMENT + MINIZ_CHUNK);
  const start = source.size - len;
  return { size: source.size, start, buf: await source.read(start, len) };
}

function sigAt(t: Tail, pos: number): boolean {
  const i = pos - t.start;
  return i >= 0 && i + 4 <= t.buf.length && t.buf.readUInt32LE(i) === SIG_EOCD;
}

const EOCD_SIG_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** The highest offset in [low, high] (file offsets) where the end-record signature starts, or -1. */
function lastSigAtOrBelow(t: Tail, high: number, low: number): number {
  if (high < t.start) return -1;
  const i = t.buf.lastIndexOf(EOCD_SIG_BYTES, high - t.start);
  return i >= 0 && t.start + i >= low ? t.start + i : -1;
}

/** miniz's backward chunked search: the lowest offset it looks at, then the last signature above. */
export function minizEocd(t: Tail): number {
  if (t.size < EOCD_SIZE) return -1;
  let low = Math.max(t.size - MINIZ_CHUNK, 0);
  while (low > 0 && t.size - low < MAX_COMMENT + EOCD_SIZE) low = Math.max(low - (MINIZ_CHUNK - 3), 0);
  return lastSigAtOrBelow(t, t.size - EOCD_SIZE, Math.max(low, t.start));
}

/** CPython's `_EndRecData`: the empty-comment fast path, then `rfind` (-1: not a zip). */
export function cpythonEocd(t: Tail): number {
  if (t.size < EOCD_SIZE) return -1;
  const last = t.size - EOCD_SIZE;
  const i = last - t.start;
  if (sigAt(t, last) && t.buf.readUInt16LE(i + 20) === 0) return last;
  const from = Math.max(t.size - MAX_COMMENT - EOCD_SIZE, 0);
  const pos = lastSigAtOrBelow(t, t.size - 4, Math.max(from, t.start));
  return pos >= 0 && pos + EOCD_SIZE <= t.size ? pos : -1;
}

/**
 * Where a zip reader finds the end record of `source`: the later of CPython's and miniz's, or -1
 * when neither finds one (most files). What the polyglot probes ask before opening anything.
 */
export async function tailEndRecord(source: ByteSource): Promise<number> {
  const tail = await readTail(source);
  return Math.max(cpythonEocd(tail), minizEocd(tail));
}

interface Classic {
  disk: number;
  cdDisk: number;
  onDisk: number;
  total: number;
  size: number;
  offset: number;
  commentLen: number;
}

function classic(eocd: Buffer): Classic {
  return {
    disk: eocd.readUInt16LE(4),
    cdDisk: eocd.readUInt16LE(6),
    onDisk: eocd.readUInt16LE(8),
    total: eocd.readUInt16LE(10),
    size: eocd.readUInt32LE(12),
    offset: eocd.readUInt32LE(16),
    commentLen: eocd.readUInt16LE(20),
  };
}

/** A 64-bit field as a number (values past 2^53 saturate: no file is that large). */
function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}

async function readAt(source: ByteSource, pos: number, n: number): Promise<Buffer | undefined> {
  if (pos < 0 || pos + n > source.size) return undefined;
  return source.read(pos, n);
}

/** miniz's reading of the end records. */
export async function minizPlan(source: ByteSource, t: Tail): Promise<PlanResult> {
  const eocdPos = minizEocd(t);
  if (eocdPos < 0) return { ok: false, reason: 'no end-of-central-directory record' };
  const c = classic((await readAt(source, eocdPos, EOCD_SIZE))!);
  let plan: Classic & { zip64: boolean; recordsStart: number } = {
    ...c,
    zip64: false,
    recordsStart: eocdPos,
  };
  if (eocdPos >= ZIP64_LOCATOR_SIZE + ZIP64_EOCD_SIZE) {
    const loc = (await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE))!;
    if (loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
      const z64Pos = u64(loc, 8);
      if (z64Pos > source.size - ZIP64_EOCD_SIZE)
        return { ok: false, reason: 'zip64 locator points past the file' };
      const z = (await readAt(source, z64Pos, ZIP64_EOCD_SIZE))!;
      if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
        if (u64(z, 4) < ZIP64_EOCD_SIZE - 12) return { ok: false, reason: 'zip64 end record is too short' };
        if (loc.readUInt32LE(16) !== 1) return { ok: false, reason: 'zip64 locator names several disks' };
        const total = u64(z, 32);
        const onDisk = u64(z, 24);
        const size = u64(z, 40);
        if (total > U32_MAX || onDisk > U32_MAX || size > U32_MAX) {
          return { ok: false, reason: 'zip64 counts or directory size over miniz limits' };
        }
        plan = {
          ...c,
          total,
          onDisk,
          size,
          disk: z.readUInt32LE(16),
          cdDisk: z.readUInt32LE(20),
          offset: u64(z, 48),
          zip64: true,
          recordsStart: Math.min(z64Pos, eocdPos - ZIP64_LOCATOR_SIZE),
        };
      }
    }
  }
  if (plan.total !== plan.onDisk) return { ok: false, reason: 'entry counts disagree (multi-disk)' };
  if ((plan.disk | plan.cdDisk) !== 0 && (plan.disk !== 1 || plan.cdDisk !== 1)) {
    return { ok: false, reason: 'multi-disk archive' };
  }
  if (plan.size < plan.total * CENTRAL_SIZE)
    return { ok: false, reason: 'directory too small for its entries' };
  if (plan.offset + plan.size > source.size) return { ok: false, reason: 'directory runs past the file' };
  return {
    ok: true,
    plan: {
      reader: 'miniz',
      cdStart: plan.offset,
      cdSize: plan.size,
      entries: plan.total,
      shift: 0,
      thisDisk: plan.disk,
      zip64: plan.zip64,
      eocdPos,
      recordsStart: plan.recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen),
    },
  };
}

/** CPython zipfile's reading of the end records. */
export async function cpythonPlan(source: ByteSource, t: Tail): Promise<PlanResult> {
  const eocdPos = cpythonEocd(t);
  if (eocdPos < 0) return { ok: false, reason: 'no complete end-of-central-directory record' };
  const c = classic((await readAt(source, eocdPos, EOCD_SIZE))!);
  let { total, size, offset } = c;
  let zip64 = false;
  const loc = await readAt(source, eocdPos - ZIP64_LOCATOR_SIZE, ZIP64_LOCATOR_SIZE);
  if (loc && loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
    if (loc.readUInt32LE(4) !== 0 || loc.readUInt32LE(16) > 1)
      return { ok: false, reason: 'multi-disk archive' };
    // The zip64 record is read at the fixed place before the locator; the locator's offset is not used.
    const zPos = eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE;
    if (zPos < 0) return { ok: false, reason: 'zip64 locator with no room for the zip64 record' };
    const z = (await readAt(source, zPos, ZIP64_EOCD_SIZE))!;
    if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
      zip64 = true;
      total = u64(z, 32);
      size = u64(z, 40);
      offset = u64(z, 48);
    }
  }
  const recordsStart = zip64 ? eocdPos - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE : eocdPos;
  const cdStart = recordsStart - size;
  if (cdStart < 0) return { ok: false, reason: 'bad offset for the central directory' };
  return {
    ok: true,
    plan: {
      reader: 'cpython',
      cdStart,
      cdSize: size,
      entries: total,
      shift: cdStart - offset,
      thisDisk: c.disk,
      zip64,
      eocdPos,
      recordsStart,
      recordsEnd: Math.min(source.size, eocdPos + EOCD_SIZE + c.commentLen),
    },
  };
}
