/**
 * A tolerant zip reader that reads what PyTorch reads, and says where the archive lies.
 *
 * Why our own: Python's `zipfile`, and npm zip libraries alike, refuse archives with a bad CRC,
 * "encrypted" flag bits or a local-header name that differs from the central directory, while
 * PyTorch's reader (miniz) ignores all three and loads the member. A scanner built on a strict
 * reader skips exactly the archives an attacker crafted (CVE-2025-1944, -1945, -10156). This reader
 * trusts the central directory like miniz does, takes the data offset from the local header's name
 * and extra lengths, never needs the CRC or flags, reads zip64, and records every discrepancy as a
 * `ZipIssue` instead of failing. It reads only the end records, the central directory and the
 * 30-byte local headers: a multi-GB checkpoint costs a few KB until a member is opened.
 *
 * API:
 * ```ts
 * const zip = await openZip(source);            // throws ZipFormatError when there is no zip
 * for (const e of zip.entries) e.name, e.method, e.compressedSize, e.uncompressedSize, ...
 * zip.issues                                    // discrepancies found while listing (see ZipIssue)
 * const m = await zip.openEntry(e, { limits: ctx.limits, budget: ctx.budget });
 * if (m.ok) await ctx.scanMember(m.source, e.name);   // else m.reason / m.message say why not
 * ```
 * - `entries` are in central-directory order; `name` is the central-directory name (what PyTorch
 *   looks up), `localName` the local header's. `find(name)` returns the first entry with a name.
 * - `openEntry` returns a ByteSource: a `SliceSource` window on the container for stored members
 *   (no copy, nothing read), a `BufferSource` for deflated members inflated within the member,
 *   ratio and total-budget limits (see `../compressed/expand.ts`). Its `member` chain is the
 *   container's chain plus the entry name. For deflated members `crcOk` tells whether the CRC
 *   matched; for stored ones call `checkCrc(entry, maxBytes)` (reads the member).
 * - `issues` are facts, not findings: the zip analyzer (`./analyzer.ts`) turns them into findings
 *   once per archive, so other analyzers of zip content (Keras) need not report them again.
 */
import zlib from 'node:zlib';
import type { ExpansionBudget, ScanLimits } from '../../core/analyzer.ts';
import { type ByteSource, BufferSource, MAX_READ, SliceSource } from '../../core/source.ts';
import { type ExpandLimit, expand, zlibCodecs } from '../compressed/expand.ts';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const LOCAL_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/** General-purpose flag bits. */
export const ZIP_FLAG = {
  encrypted: 0x0001,
  dataDescriptor: 0x0008,
  patched: 0x0020,
  strongEncryption: 0x0040,
  utf8: 0x0800,
  maskedHeaders: 0x2000,
} as const;

/** Compression methods this reader can decompress. */
export const ZIP_METHOD = { stored: 0, deflate: 8 } as const;

export interface ZipEntry {
  /** Position in the central directory. */
  readonly index: number;
  /** Central-directory name (UTF-8 when flagged or valid, else Latin-1). */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the local header in the source (after any prefix adjustment). */
  readonly localHeaderOffset: number;
  /** Offset of the member data; undefined when the local header is missing or unreadable. */
  readonly dataOffset: number | undefined;
  /** Name in the local header; undefined when unreadable. */
  readonly localName: string | undefined;
  /** Local header's method and flags (PyTorch ignores both). */
  readonly localMethod: number | undefined;
  readonly localFlags: number | undefined;
  /** Unix mode from the external attributes when the entry was made on Unix. */
  readonly unixMode: number | undefined;
  readonly isDirectory: boolean;
  /** Sizes or offset came from a zip64 extra field. */
  readonly zip64: boolean;
}

export type ZipIssueCode =
  | 'name-mismatch'
  | 'flag-bits'
  | 'local-header'
  | 'overlap'
  | 'out-of-bounds'
  | 'duplicate-name'
  | 'unsafe-path'
  | 'prefix'
  | 'ambiguous-directory'
  | 'entry-count'
  | 'truncated-directory'
  | 'symlink'
  | 'hidden-entry'
  | 'unreferenced-data';

export interface ZipIssue {
  code: ZipIssueCode;
  message: string;
  /** The entry concerned (central-directory name), when there is one. */
  entry?: string;
  offset?: number;
  evidence?: Record<string, unknown>;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

export type OpenEntryResult =
  | { ok: true; source: ByteSource; crcOk?: boolean; sizeOk: boolean; partial?: boolean }
  | {
      ok: false;
      reason: 'no-data' | 'method' | 'limit' | 'corrupt';
      message: string;
      limit?: ExpandLimit;
      evidence?: Record<string, unknown>;
    };

export interface OpenEntryOptions {
  limits: Pick<ScanLimits, 'maxMemberBytes' | 'maxRatio'>;
  budget?: ExpansionBudget;
  /** For deflated members: inflate only this many bytes (`partial` is then true). */
  peek?: number;
}

export interface ZipArchive {
  readonly source: ByteSource;
  readonly entries: readonly ZipEntry[];
  readonly issues: readonly ZipIssue[];
  /** Bytes before the first local header that belong to no entry (a prefix or polyglot). */
  readonly prefixBytes: number;
  /**
   * Local entries found in bytes the central directory does not cover (before the first entry,
   * between entries, before the directory). PyTorch never sees them; streaming readers do. Built from
   * the local header alone; `index` is negative. Each also has a `hidden-entry` issue.
   */
  readonly hidden: readonly ZipEntry[];
  find(name: string): ZipEntry | undefined;
  openEntry(entry: ZipEntry, opts: OpenEntryOptions): Promise<OpenEntryResult>;
  /** True/false once the stored data was read and compared; undefined when it was over `maxBytes`. */
  checkCrc(entry: ZipEntry, maxBytes: number): Promise<boolean | undefined>;
}

function decodeName(raw: Buffer, flags: number): string {
  if (flags & ZIP_FLAG.utf8) return raw.toString('utf8');
  const utf8 = raw.toString('utf8');
  return Buffer.from(utf8, 'utf8').equals(raw) ? utf8 : raw.toString('latin1');
}

/** Reads a 64-bit field as a safe integer, or throws. */
function u64(buf: Buffer, at: number, what: string): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError(`${what} is out of range (${v})`);
  return Number(v);
}

/** One end record's view of the central directory. */
interface DirectoryRecord {
  entries: number;
  cdSize: number;
  cdOffset: number;
  /** Where the directory should end if offsets start at 0 (for the implied position). */
  endsAt: number;
  zip64: boolean;
}

interface EndRecord {
  eocdPos: number;
  /** The classic record, then the zip64 one when a locator points to it. */
  records: DirectoryRecord[];
}

async function readEnd(source: ByteSource): Promise<EndRecord> {
  const size = source.size;
  if (size < EOCD_SIZE) throw new ZipFormatError('too small to be a zip archive');
  const tailLen = Math.min(size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = size - tailLen;
  const tail = await source.read(tailStart, tailLen);
  // Like miniz and Python: the last end record in the tail wins.
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('no end-of-central-directory record');
  const eocdPos = tailStart + at;
  const records: DirectoryRecord[] = [
    {
      entries: tail.readUInt16LE(at + 10),
      cdSize: tail.readUInt32LE(at + 12),
      cdOffset: tail.readUInt32LE(at + 16),
      endsAt: eocdPos,
      zip64: false,
    },
  ];
  // A zip64 locator sits right before the end record.
  if (eocdPos >= 20) {
    const loc = await source.read(eocdPos - 20, 20);
    if (loc.readUInt32LE(0) === SIG_ZIP64_LOCATOR) {
      const z64Pos = u64(loc, 8, 'zip64 end record offset');
      if (z64Pos + 56 <= size) {
        const z = await source.read(z64Pos, 56);
        if (z.readUInt32LE(0) === SIG_ZIP64_EOCD) {
          records.push({
            entries: u64(z, 32, 'zip64 entry count'),
            cdSize: u64(z, 40, 'zip64 central directory size'),
            cdOffset: u64(z, 48, 'zip64 central directory offset'),
            endsAt: eocdPos - 76,
            zip64: true,
          });
        }
      }
    }
  }
  return { eocdPos, records };
}

interface RawEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  unixMode: number | undefined;
  zip64: boolean;
}

/** Parses a central directory at `pos`; `shift` is added to every local header offset. */
async function parseCentral(
  source: ByteSource,
  pos: number,
  size: number,
  expected: number,
  shift: number,
  maxEntries: number,
  issues: ZipIssue[],
): Promise<RawEntry[]> {
  if (size > MAX_READ) throw new ZipFormatError(`central directory of ${size} bytes is too large`);
  const cd = await source.read(pos, size);
  const out: RawEntry[] = [];
  let p = 0;
  while (p + CENTRAL_SIZE <= cd.length && cd.readUInt32LE(p) === SIG_CENTRAL) {
    if (out.length >= maxEntries) {
      issues.push({
        code: 'entry-count',
        message: `more than ${maxEntries} entries; the rest were not listed`,
        evidence: { limit: maxEntries },
      });
      break;
    }
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc32 = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const madeBy = cd.readUInt16LE(p + 4) >> 8;
    const external = cd.readUInt32LE(p + 38);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const end = p + CENTRAL_SIZE + nameLen + extraLen + commentLen;
    if (end > cd.length) {
      issues.push({
        code: 'truncated-directory',
        message: `central directory entry ${out.length} runs past the directory end`,
        offset: pos + p,
      });
      break;
    }
    const rawName = cd.subarray(p + CENTRAL_SIZE, p + CENTRAL_SIZE + nameLen);
    const extra = cd.subarray(p + CENTRAL_SIZE + nameLen, p + CENTRAL_SIZE + nameLen + extraLen);
    let zip64 = false;
    // Zip64 extended information: only the fields saturated in the fixed header, in this order.
    for (let e = 0; e + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(e);
      const len = extra.readUInt16LE(e + 2);
      if (e + 4 + len > extra.length) break;
      if (id === 0x0001) {
        let q = e + 4;
        const take = (): number | undefined => {
          if (q + 8 > e + 4 + len) return undefined;
          const v = extra.readBigUInt64LE(q);
          q += 8;
          return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : Number.MAX_SAFE_INTEGER;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take() ?? uncompressedSize;
        if (compressedSize === 0xffffffff) compressedSize = take() ?? compressedSize;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take() ?? localHeaderOffset;
        zip64 = true;
      }
      e += 4 + len;
    }
    out.push({
      name: decodeName(rawName, flags),
      flags,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset: localHeaderOffset + shift,
      unixMode: madeBy === 3 ? external >>> 16 : undefined,
      zip64,
    });
    p = end;
  }
  if (out.length > expected && expected !== 0xffff) {
    // miniz (PyTorch) reads `expected` entries, Python's zipfile reads the whole directory size.
    issues.push({
      code: 'ambiguous-directory',
      message: `the end record announces ${expected} entries but the central directory holds ${out.length}; readers that trust the count miss the rest`,
      evidence: { announced: expected, found: out.length },
    });
  }
  if (out.length < expected && !issues.some((i) => i.code === 'entry-count')) {
    issues.push({
      code: 'truncated-directory',
      message: `the end record announces ${expected} entries, the central directory holds ${out.length}`,
      evidence: { announced: expected, found: out.length },
    });
  }
  return out;
}

/** `../`, absolute paths, drive letters, NUL bytes: names that escape an extraction folder. */
export function unsafeMemberPath(name: string): string | undefined {
  if (name.includes('\0')) return 'contains a NUL byte';
  if (name.startsWith('/') || name.startsWith('\\')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.split(/[\\/]/).includes('..')) return 'contains a ../ component';
  return undefined;
}

const SUSPICIOUS_FLAGS =
  ZIP_FLAG.encrypted | ZIP_FLAG.patched | ZIP_FLAG.strongEncryption | ZIP_FLAG.maskedHeaders;

/** Opens one entry of the zip in `source` (see ZipArchive.openEntry). */
export async function openZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  o: OpenEntryOptions,
): Promise<OpenEntryResult> {
  const size = source.size;
  const memberChain = (e: ZipEntry): string[] => [...source.member, e.name];
  if (entry.dataOffset === undefined || entry.dataOffset + entry.compressedSize > size) {
    return {
      ok: false,
      reason: 'no-data',
      message: `the data of ${entry.name} cannot be located inside the file`,
    };
  }
  if (entry.method === ZIP_METHOD.stored) {
    return {
      ok: true,
      source: new SliceSource(source, entry.dataOffset, entry.compressedSize, memberChain(entry)),
      sizeOk: entry.compressedSize === entry.uncompressedSize,
    };
  }
  if (entry.method !== ZIP_METHOD.deflate) {
    return {
      ok: false,
      reason: 'method',
      message: `${entry.name} uses compression method ${entry.method}, which modelvet cannot decompress`,
      evidence: { method: entry.method },
    };
  }
  const r = await expand(source, entry.dataOffset, entry.compressedSize, zlibCodecs.deflateRaw, o);
  if (!r.ok) {
    return r.reason === 'limit'
      ? {
          ok: false,
          reason: 'limit',
          limit: r.limit,
          message: `${entry.name} expands past ${r.cap} bytes (${r.limit} limit) from ${r.compressed} compressed bytes`,
          evidence: { cap: r.cap, compressed: r.compressed, declared: entry.uncompressedSize },
        }
      : {
          ok: false,
          reason: 'corrupt',
          message: `${entry.name}: deflate data is corrupt (${r.message})`,
        };
  }
  if (r.partial) {
    return {
      ok: true,
      source: new BufferSource(r.data, source.path, memberChain(entry)),
      sizeOk: true,
      partial: true,
    };
  }
  return {
    ok: true,
    source: new BufferSource(r.data, source.path, memberChain(entry)),
    crcOk: r.crc32 === entry.crc32,
    sizeOk: r.data.length === entry.uncompressedSize,
  };
}

/** Opens a zip archive held in `source`. Throws ZipFormatError when no central directory can be found. */
export async function openZip(source: ByteSource, opts: { maxEntries?: number } = {}): Promise<ZipArchive> {
  const maxEntries = opts.maxEntries ?? 100_000;
  const issues: ZipIssue[] = [];
  const end = await readEnd(source);
  const size = source.size;
  const hasCentral = async (pos: number): Promise<boolean> => {
    if (pos < 0 || pos + 4 > size) return false;
    return (await source.read(pos, 4)).readUInt32LE(0) === SIG_CENTRAL;
  };
  // miniz uses the stated offset of the classic record (the zip64 one only when the classic fields
  // are saturated); Python's zipfile prefers the zip64 record and the position implied by the end
  // record (so a prefixed archive still opens). Read every distinct view.
  const classic = end.records[0]!;
  const z64 = end.records[1];
  const saturated =
    classic.entries === 0xffff || classic.cdSize === 0xffffffff || classic.cdOffset === 0xffffffff;
  const records = z64 ? (saturated ? [z64] : [classic, z64]) : [classic];
  const views: { pos: number; shift: number; record: DirectoryRecord }[] = [];
  const empty = records.every((r) => r.entries === 0 && r.cdSize === 0);
  for (const record of empty ? [] : records) {
    const implied = record.endsAt - record.cdSize;
    for (const pos of [record.cdOffset, implied]) {
      if (views.some((v) => v.pos === pos) || !(await hasCentral(pos))) continue;
      views.push({ pos, shift: pos - record.cdOffset, record });
    }
  }
  if (!empty && views.length === 0) {
    throw new ZipFormatError('no central directory at the offset the end record gives');
  }
  if (views.length > 1) {
    issues.push({
      code: 'ambiguous-directory',
      message: `${views.length} central directories (at ${views.map((v) => v.pos).join(', ')}); different readers see different archives`,
      evidence: { offsets: views.map((v) => v.pos) },
    });
  } else if (views[0] && views[0].shift !== 0) {
    issues.push({
      code: 'prefix',
      message: `${views[0].shift} bytes precede the archive (offsets are relative to a later start)`,
      evidence: { prefix: views[0].shift },
    });
  }
  const raws: RawEntry[] = [];
  for (const v of views) {
    const cdEnd = Math.min(v.pos + v.record.cdSize, size);
    raws.push(
      ...(await parseCentral(source, v.pos, cdEnd - v.pos, v.record.entries, v.shift, maxEntries, issues)),
    );
  }

  const entries: ZipEntry[] = [];
  for (const [index, r] of raws.entries()) {
    let dataOffset: number | undefined;
    let localName: string | undefined;
    let localMethod: number | undefined;
    let localFlags: number | undefined;
    if (r.localHeaderOffset < 0 || r.localHeaderOffset + LOCAL_SIZE > size) {
      issues.push({
        code: 'out-of-bounds',
        entry: r.name,
        message: `local header of ${r.name} lies past the end of the file`,
        offset: r.localHeaderOffset,
      });
    } else {
      const lh = await source.read(r.localHeaderOffset, LOCAL_SIZE);
      if (lh.readUInt32LE(0) !== SIG_LOCAL) {
        issues.push({
          code: 'local-header',
          entry: r.name,
          message: `no local header where the central directory says ${r.name} starts`,
          offset: r.localHeaderOffset,
        });
      } else {
        localFlags = lh.readUInt16LE(6);
        localMethod = lh.readUInt16LE(8);
        const nameLen = lh.readUInt16LE(26);
        const extraLen = lh.readUInt16LE(28);
        const nameBytes = await source.read(r.localHeaderOffset + LOCAL_SIZE, nameLen);
        localName = decodeName(nameBytes, localFlags);
        dataOffset = r.localHeaderOffset + LOCAL_SIZE + nameLen + extraLen;
      }
    }
    entries.push({
      index,
      name: r.name,
      method: r.method,
      flags: r.flags,
      crc32: r.crc32,
      compressedSize: r.compressedSize,
      uncompressedSize: r.uncompressedSize,
      localHeaderOffset: r.localHeaderOffset,
      dataOffset,
      localName,
      localMethod,
      localFlags,
      unixMode: r.unixMode,
      isDirectory: r.name.endsWith('/') && r.compressedSize === 0,
      zip64: r.zip64,
    });
  }

  const cdStart = views.length ? Math.min(...views.map((v) => v.pos)) : end.eocdPos - (z64 ? 76 : 0);
  checkEntries(entries, issues, size, cdStart);
  // Past the member limit the unlisted entries would all look hidden: search only a complete listing.
  const complete = !issues.some((i) => i.code === 'entry-count');
  const hidden = complete ? await findHidden(source, entries, cdStart, issues) : [];
  // A loop, not Math.min(...): 100,000 entries would overflow the argument list.
  let first = views[0]?.pos ?? end.eocdPos;
  for (const e of entries) if (e.localHeaderOffset < first) first = e.localHeaderOffset;
  const prefixBytes = Number.isFinite(first) ? Math.max(0, first) : 0;

  const byName = new Map<string, ZipEntry>();
  for (const e of entries) if (!byName.has(e.name)) byName.set(e.name, e);

  return {
    source,
    entries,
    issues,
    prefixBytes,
    hidden,
    find: (name) => byName.get(name),
    openEntry: (entry, o) => openZipEntry(source, entry, o),
    async checkCrc(entry, maxBytes) {
      if (entry.method !== ZIP_METHOD.stored || entry.dataOffset === undefined) return undefined;
      if (entry.compressedSize > maxBytes || entry.dataOffset + entry.compressedSize > size) return undefined;
      let crc = 0;
      for (let pos = 0; pos < entry.compressedSize; pos += 1024 * 1024) {
        const n = Math.min(1024 * 1024, entry.compressedSize - pos);
        crc = zlib.crc32(await source.read(entry.dataOffset + pos, n), crc);
      }
      return crc === entry.crc32;
    },
  };
}

function checkEntries(entries: ZipEntry[], issues: ZipIssue[], size: number, cdStart: number): void {
  const seen = new Map<string, number>();
  for (const e of entries) {
    seen.set(e.name, (seen.get(e.name) ?? 0) + 1);
    if (e.localName !== undefined && e.localName !== e.name) {
      issues.push({
        code: 'name-mismatch',
        entry: e.name,
        message: `central directory names ${JSON.stringify(e.name)}, local header ${JSON.stringify(e.localName)}`,
        offset: e.localHeaderOffset,
        evidence: { central: e.name, local: e.localName },
      });
    }
    const flags = (e.flags | (e.localFlags ?? 0)) & SUSPICIOUS_FLAGS;
    if (flags) {
      issues.push({
        code: 'flag-bits',
        entry: e.name,
        message: `${e.name} carries flag bits 0x${flags.toString(16)} (encryption/patch) that PyTorch ignores`,
        offset: e.localHeaderOffset,
        evidence: { flags: e.flags, localFlags: e.localFlags },
      });
    }
    const unsafe = unsafeMemberPath(e.name) ?? (e.localName ? unsafeMemberPath(e.localName) : undefined);
    if (unsafe) {
      issues.push({
        code: 'unsafe-path',
        entry: e.name,
        message: `member name ${JSON.stringify(e.localName && unsafeMemberPath(e.localName) ? e.localName : e.name)} ${unsafe}`,
      });
    }
    if (e.unixMode !== undefined && (e.unixMode & 0o170000) === 0o120000) {
      issues.push({ code: 'symlink', entry: e.name, message: `${e.name} is a symbolic link` });
    }
    if (e.dataOffset !== undefined && e.dataOffset + e.compressedSize > size) {
      issues.push({
        code: 'out-of-bounds',
        entry: e.name,
        message: `${e.name} claims ${e.compressedSize} bytes at ${e.dataOffset}, past the end of the file`,
        offset: e.dataOffset,
      });
    }
  }
  for (const [name, n] of seen) {
    if (n > 1) {
      issues.push({
        code: 'duplicate-name',
        entry: name,
        message: `${n} entries are named ${JSON.stringify(name)}; readers disagree on which one loads`,
        evidence: { count: n },
      });
    }
  }
  // Entries must not share bytes with each other or with the central directory.
  const spans = entries
    .filter((e) => e.dataOffset !== undefined)
    .map((e) => ({ e, start: e.localHeaderOffset, end: e.dataOffset! + e.compressedSize }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let prev: (typeof spans)[number] | undefined;
  let reported = 0;
  for (const s of spans) {
    if (prev && s.start < prev.end && reported < 20) {
      reported++;
      issues.push({
        code: 'overlap',
        entry: s.e.name,
        message: `${s.e.name} overlaps ${prev.e.name} (bytes ${s.start}..${Math.min(s.end, prev.end)})`,
        offset: s.start,
        evidence: { other: prev.e.name },
      });
    }
    if (s.end > cdStart && s.end <= size && s.start < cdStart && reported < 20) {
      reported++;
      issues.push({
        code: 'overlap',
        entry: s.e.name,
        message: `${s.e.name} runs into the central directory`,
        offset: s.start,
      });
    }
    if (!prev || s.end > prev.end) prev = s;
  }
}

/** Gap bytes searched for hidden local headers per archive. */
const GAP_SEARCH_LIMIT = 16 * 1024 * 1024;
/** Largest data descriptor (zip64, with signature): allowed after entries with flag bit 3. */
const MAX_DESCRIPTOR = 24;

async function findHidden(
  source: ByteSource,
  entries: ZipEntry[],
  cdStart: number,
  issues: ZipIssue[],
): Promise<ZipEntry[]> {
  const spans = entries
    .filter((e) => e.dataOffset !== undefined && e.localHeaderOffset >= 0)
    .map((e) => ({ start: e.localHeaderOffset, end: e.dataOffset! + e.compressedSize, dd: e.flags & 8 }))
    .sort((a, b) => a.start - b.start);
  // Bytes before the first entry are searched for local headers but not reported when there are
  // none: a prefix (script, other format) is the `prefix` issue or the file's own kind.
  const gaps: [number, number][] = [];
  let cursor = 0;
  let allowed = 0;
  for (const s of spans) {
    if (s.start - cursor > allowed) gaps.push([cursor, s.start]);
    if (s.end > cursor) {
      cursor = s.end;
      allowed = s.dd ? MAX_DESCRIPTOR : 0;
    }
  }
  if (cdStart - cursor > allowed && cursor < cdStart) gaps.push([cursor, cdStart]);
  const hidden: ZipEntry[] = [];
  let searched = 0;
  for (const [from, to] of gaps) {
    const len = Math.min(to - from, GAP_SEARCH_LIMIT - searched);
    if (len <= 0) break;
    searched += len;
    const found = await localEntriesIn(source, from, from + len, hidden);
    for (const e of found) {
      issues.push({
        code: 'hidden-entry',
        entry: e.name,
        message: `local entry ${JSON.stringify(e.name)} at ${e.localHeaderOffset} is not in the central directory (streaming readers extract it)`,
        offset: e.localHeaderOffset,
      });
    }
    if (found.length === 0 && from > 0 && to - from > MAX_DESCRIPTOR) {
      issues.push({
        code: 'unreferenced-data',
        message: `${to - from} bytes at ${from} belong to no entry`,
        offset: from,
        evidence: { length: to - from },
      });
    }
  }
  return hidden;
}

/**
 * Local entries in [from, to), read from their local headers alone (sizes from the header, or the
 * rest of the range when the header defers them to a data descriptor). Appends to `into` (indexes
 * continue negative) and returns the new ones.
 */
async function localEntriesIn(
  source: ByteSource,
  from: number,
  to: number,
  into: ZipEntry[],
): Promise<ZipEntry[]> {
  const buf = await source.read(from, to - from);
  const found: ZipEntry[] = [];
  for (let i = buf.indexOf(LOCAL_MAGIC); i >= 0 && i + LOCAL_SIZE <= buf.length; ) {
    const flags = buf.readUInt16LE(i + 6);
    const method = buf.readUInt16LE(i + 8);
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    const dataStart = i + LOCAL_SIZE + nameLen + extraLen;
    if (dataStart > buf.length) break;
    const name = decodeName(buf.subarray(i + LOCAL_SIZE, i + LOCAL_SIZE + nameLen), flags);
    let compressedSize = buf.readUInt32LE(i + 18);
    const known =
      compressedSize !== 0xffffffff &&
      dataStart + compressedSize <= buf.length &&
      !(flags & 8 && compressedSize === 0);
    if (!known) compressedSize = buf.length - dataStart; // deflate stops at its own end
    const entry: ZipEntry = {
      index: -1 - into.length,
      name,
      method,
      flags,
      crc32: buf.readUInt32LE(i + 14),
      compressedSize,
      uncompressedSize: buf.readUInt32LE(i + 22),
      localHeaderOffset: from + i,
      dataOffset: from + dataStart,
      localName: name,
      localMethod: method,
      localFlags: flags,
      unixMode: undefined,
      isDirectory: name.endsWith('/') && compressedSize === 0,
      zip64: false,
    };
    into.push(entry);
    found.push(entry);
    // Skip the data when its size is known; otherwise look for the next header right after this one.
    const next = known ? dataStart + compressedSize : dataStart;
    i = buf.indexOf(LOCAL_MAGIC, Math.max(next, i + 4));
  }
  return found;
}

/**
 * For an archive with no usable central directory: the entries a streaming reader would extract,
 * from local headers in the first GAP_SEARCH_LIMIT bytes. `index` is negative.
 */
export async function recoverLocalEntries(source: ByteSource): Promise<ZipEntry[]> {
  const out: ZipEntry[] = [];
  await localEntriesIn(source, 0, Math.min(source.size, GAP_SEARCH_LIMIT), out);
  return out;
}
