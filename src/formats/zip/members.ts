/**
 * Opening one zip member: a window on the container for stored data, bounded decompression for the
 * methods a loader reads. PyTorch (miniz) reads stored (0) and deflate (8); CPython's zipfile, and so
 * np.load and Keras, also bzip2 (12), LZMA (14) and, from Python 3.14, zstd (93). Every one of them is
 * decoded here, so a benign `np.savez` written with ZIP_LZMA or ZIP_BZIP2 is read, not refused.
 */
import zlib from 'node:zlib';
import type { ExpansionBudget, ScanLimits } from '../../core/analyzer.ts';
import { type ByteSource, BufferSource, SliceSource } from '../../core/source.ts';
import { type ExpandLimit, type ExpandResult, expand, ownCodecs, zlibCodecs } from '../compressed/expand.ts';
import { BZ_STREAM, bzip2Segment, expandSegments } from '../compressed/segments.ts';

/** Compression methods modelvet decompresses (every method PyTorch or CPython's zipfile reads). */
export const ZIP_METHOD = { stored: 0, deflate: 8, bzip2: 12, lzma: 14, zstd: 93 } as const;

/** The fields of an entry that opening it needs. */
export interface MemberRef {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly dataOffset: number | undefined;
}

export type OpenEntryResult =
  | { ok: true; source: ByteSource; crcOk?: boolean; sizeOk: boolean; partial?: boolean }
  | {
      ok: false;
      reason: 'no-data' | 'method' | 'limit' | 'corrupt';
      message: string;
      limit?: ExpandLimit;
      evidence?: Record<string, unknown>;
      /** For a corrupt member: what it decompressed to before the break (a streaming reader ran it). */
      data?: Buffer;
    };

export interface OpenEntryOptions {
  limits: Pick<ScanLimits, 'maxMemberBytes' | 'maxRatio'>;
  budget?: ExpansionBudget;
  /** For compressed members: decompress only this many bytes (`partial` is then true). */
  peek?: number;
}

/**
 * Stored members up to this size are read whole when opened (a zip of 65,535 small files made each
 * analyzer's reads of each member a separate copy out of the container's read-ahead blocks).
 */
const SMALL_STORED = 16 * 1024;

const METHOD_NAMES: Record<number, string> = { 8: 'deflate', 12: 'bzip2', 14: 'LZMA', 93: 'zstd' };

function decompress(
  source: ByteSource,
  e: MemberRef,
  start: number,
  o: OpenEntryOptions,
): Promise<ExpandResult> {
  switch (e.method) {
    case ZIP_METHOD.deflate:
      return expand(source, start, e.compressedSize, zlibCodecs.deflateRaw, o);
    case ZIP_METHOD.lzma:
      return expand(source, start, e.compressedSize, ownCodecs.zipLzma, o);
    case ZIP_METHOD.zstd:
      return expand(source, start, e.compressedSize, zlibCodecs.zstd, o);
    default:
      // bzip2: CPython's BZ2Decompressor reads one stream.
      return expandSegments(source, start, e.compressedSize, {
        ...o,
        pattern: BZ_STREAM,
        decode: bzip2Segment,
        multiStream: false,
      });
  }
}

/** Opens one entry of the zip in `source`. */
export async function openZipEntry(
  source: ByteSource,
  entry: MemberRef,
  o: OpenEntryOptions,
): Promise<OpenEntryResult> {
  const member = [...source.member, entry.name];
  if (entry.dataOffset === undefined || entry.dataOffset + entry.compressedSize > source.size) {
    return {
      ok: false,
      reason: 'no-data',
      message: `the data of ${entry.name} cannot be located inside the file`,
    };
  }
  if (entry.method === ZIP_METHOD.stored) {
    const sizeOk = entry.compressedSize === entry.uncompressedSize;
    if (entry.compressedSize <= SMALL_STORED) {
      // Read once: every analyzer then reads it from memory, and its CRC comes for free.
      const data = await source.read(entry.dataOffset, entry.compressedSize);
      const crcOk = zlib.crc32(data) === entry.crc32;
      return { ok: true, source: new BufferSource(data, source.path, member), crcOk, sizeOk };
    }
    return {
      ok: true,
      source: new SliceSource(source, entry.dataOffset, entry.compressedSize, member),
      sizeOk,
    };
  }
  const methodName = METHOD_NAMES[entry.method];
  if (!methodName) {
    return {
      ok: false,
      reason: 'method',
      message: `${entry.name} uses compression method ${entry.method}, which neither PyTorch nor Python's zipfile reads`,
      evidence: { method: entry.method },
    };
  }
  const r = await decompress(source, entry, entry.dataOffset, o);
  if (!r.ok) {
    if (r.reason === 'limit') {
      return {
        ok: false,
        reason: 'limit',
        limit: r.limit,
        message: `${entry.name} expands past ${r.cap} bytes (${r.limit} limit) from ${r.compressed} compressed bytes`,
        evidence: { cap: r.cap, compressed: r.compressed, declared: entry.uncompressedSize },
      };
    }
    return {
      ok: false,
      reason: 'corrupt',
      message: `${entry.name}: ${methodName} data is corrupt (${r.message})`,
      data: r.data && r.data.length > 0 ? r.data : undefined,
    };
  }
  const out = new BufferSource(r.data, source.path, member);
  if (r.partial) return { ok: true, source: out, sizeOk: true, partial: true };
  return {
    ok: true,
    source: out,
    crcOk: r.crc32 === entry.crc32,
    sizeOk: r.data.length === entry.uncompressedSize,
  };
}
