/**
 * Decoders that take a whole buffer and stop after one stream: bzip2 (`@foxglove/wasm-bz2`, the
 * reference libbz2 in WebAssembly) and zstd (node:zlib's one-shot call). Used for bzip2/zstd files and
 * for zip members of method 12 (bzip2), which CPython's zipfile (so np.load) reads.
 *
 * bzip2: the WASM build decompresses a buffer into an output buffer of a size given up front, so the
 * compressed input is read whole (at most MAX_READ) and the output is tried at growing sizes up to the
 * cap; "output full" at the cap is a bomb, never an allocation of the claimed size.
 *
 * Concatenated streams: a decoder that stops after one stream would let a payload in a second one
 * (`cat benign.bz2 payload.bz2`, which bunzip2, zstd and Python's BZ2File all read) pass unseen. With
 * `multiStream` the input is split at every stream start and each piece decoded; a split that is not a
 * real start (the magic inside compressed data) fails to decode and is merged with the next piece.
 * Without it (zip method 12: CPython's BZ2Decompressor reads one stream) only the first is decoded.
 */
import zlib from 'node:zlib';
import type Bzip2 from '@foxglove/wasm-bz2';
import { type ByteSource, MAX_READ } from '../../core/source.ts';
import { type ExpandOptions, type ExpandResult, expansionCap } from './expand.ts';
import { loadBzip2Wasm } from '../../lazy.ts';

const BZ_OUTBUFF_FULL = -8;
/** Byte-aligned start of a bzip2 stream with at least one block: "BZh1".."BZh9" then the block magic. */
export const BZ_STREAM = /BZh[1-9]1AY&SY/g;
/** A zstd frame (RFC 8878 magic 0xFD2FB528, little-endian). */
export const ZSTD_FRAME = /\x28\xb5\x2f\xfd/g;

export type Segment = { ok: true; data: Uint8Array } | { ok: false; full: boolean; message: string };
export type SegmentDecoder = (input: Buffer, cap: number) => Segment | Promise<Segment>;

/** Offsets where a stream may start (0 first): every match of `pattern` in the input. */
function streamStarts(input: Buffer, pattern: RegExp): number[] {
  const starts = [0];
  for (const m of input.toString('latin1').matchAll(pattern)) if (m.index > 0) starts.push(m.index);
  return starts;
}

/** Offsets where a bzip2 stream may start (0 first). Concatenated streams are legal (pbzip2, cat). */
export function bzip2StreamStarts(input: Buffer): number[] {
  return streamStarts(input, BZ_STREAM);
}

/** libbz2's WebAssembly instance, made on the first bzip2 stream (a documented cache: stateless between calls). */
let bzip2Module: Promise<Bzip2> | undefined;

/** libbz2 over one buffer, retried with a larger output buffer up to `cap`. */
export const bzip2Segment: SegmentDecoder = async (input, cap) => {
  bzip2Module ??= loadBzip2Wasm().then((m) => m.default.init());
  const bz = await bzip2Module;
  let size = Math.min(cap, Math.max(1024 * 1024, input.length * 8));
  for (;;) {
    try {
      return { ok: true, data: bz.decompress(input, size) };
    } catch (err) {
      const raw = (err as Error).message ?? String(err);
      // Our wording, with libbz2's code name only ("BZ2 decompression failed: -5 (...)" is its text).
      const code = /\((BZ_[A-Z_]+)\)/.exec(raw)?.[1];
      const message = `libbz2 refuses the stream${code ? ` (${code})` : ''}`;
      if (!raw.includes(`failed: ${BZ_OUTBUFF_FULL} `)) return { ok: false, full: false, message };
      if (size >= cap) return { ok: false, full: true, message };
      size = Math.min(cap, size * 4);
    }
  }
};

/**
 * Whether the zstd data decodes to more than `cap` bytes, found by streaming it and counting (nothing
 * kept). The one-shot call below grows its output up to the cap before it refuses, so a 1 MiB file of
 * zero-filled frames held its 200 MiB cap before being called a bomb; counting first costs a second
 * decode only for streams that fit. A stream the decoder rejects is left to the one-shot call, which
 * stops at the same bytes.
 */
function zstdExceeds(input: Buffer, cap: number): Promise<boolean> {
  return new Promise((resolve) => {
    const decoder = zlib.createZstdDecompress();
    let produced = 0;
    let settled = false;
    const settle = (over: boolean) => {
      if (settled) return;
      settled = true;
      resolve(over);
      decoder.destroy();
    };
    decoder.on('data', (piece: Buffer) => {
      produced += piece.length;
      if (produced > cap) settle(true);
    });
    decoder.on('end', () => settle(false));
    decoder.on('error', () => settle(false));
    decoder.end(input);
  });
}

export const zstdSegment: SegmentDecoder = async (input, cap) => {
  if (await zstdExceeds(input, cap))
    return { ok: false, full: true, message: 'zstd refuses the stream (ERR_BUFFER_TOO_LARGE)' };
  try {
    return { ok: true, data: zlib.zstdDecompressSync(input, { maxOutputLength: Math.max(1, cap) }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const message = `zstd refuses the stream${e.code ? ` (${e.code})` : ''}`;
    return { ok: false, full: e.code === 'ERR_BUFFER_TOO_LARGE', message };
  }
};

export interface SegmentOptions extends ExpandOptions {
  pattern: RegExp;
  decode: SegmentDecoder;
  multiStream: boolean;
}

/** Decodes `length` bytes of `source` from `start` (read whole) within the limits. */
export async function expandSegments(
  source: ByteSource,
  start: number,
  length: number,
  o: SegmentOptions,
): Promise<ExpandResult> {
  const { cap, limit } = expansionCap(length, o);
  if (length > MAX_READ) {
    return { ok: false, reason: 'corrupt', message: `stream over ${MAX_READ} bytes`, produced: 0 };
  }
  const input = await source.read(start, length);
  const starts = o.multiStream ? streamStarts(input, o.pattern) : [0];
  const parts: Uint8Array[] = [];
  let produced = 0;
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    let seg: Segment;
    for (;;) {
      const end = j < starts.length ? starts[j]! : input.length;
      seg = await o.decode(input.subarray(starts[i]!, end), cap - produced);
      if (seg.ok || seg.full || j >= starts.length) break;
      j++;
    }
    if (!seg.ok) {
      if (seg.full) {
        o.budget?.charge(cap);
        return { ok: false, reason: 'limit', limit, cap, produced: cap + 1, compressed: length };
      }
      o.budget?.charge(produced);
      const data = Buffer.concat(parts, produced);
      return { ok: false, reason: 'corrupt', message: seg.message, produced, data };
    }
    parts.push(seg.data);
    produced += seg.data.length;
    i = j;
  }
  o.budget?.charge(produced);
  const data = Buffer.concat(parts, produced);
  return { ok: true, data, crc32: zlib.crc32(data) };
}
