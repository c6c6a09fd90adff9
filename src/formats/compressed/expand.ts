/**
 * Bounded decompression shared by every container: zip members, gzip/zstd/xz/lz4/LZMA-alone wrappers
 * (bz2: see ./bzip2.ts).
 *
 * `expand()` reads the compressed bytes from a ByteSource lazily in chunks, pushes them through a
 * decompressor and stops as soon as the output passes its cap, so a zip bomb costs at most the cap
 * (plus one chunk) in memory and never runs to completion. The cap is the smallest of three limits,
 * and the result says which one stopped it:
 * - `member`: `limits.maxMemberBytes`, the largest single member kept in memory;
 * - `total`: what is left of the expansion budget shared by the whole file on disk (`ctx.budget`);
 * - `ratio`: `compressed × limits.maxRatio` (but never below RATIO_FLOOR, so tiny members that
 *   compress well, such as a zero-filled array, are not called bombs).
 * The bytes produced are taken from the budget whether or not the member was complete.
 */
import { Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import type { ExpansionBudget, ScanLimits } from '../../core/analyzer.ts';
import { ModelvetError } from '../../core/errors.ts';
import { type ByteSource, label } from '../../core/source.ts';
import { lz4FrameDecoder } from './lz4.ts';
import { lzmaAloneDecoder, zipLzmaDecoder } from './lzma.ts';

/** Below this many output bytes the compression ratio is not checked. */
export const RATIO_FLOOR = 4 * 1024 * 1024;
/** Compressed bytes read per step. */
const CHUNK = 1024 * 1024;

export type ExpandLimit = 'member' | 'total' | 'ratio';

export type ExpandResult =
  /** `partial`: stopped at `peek` bytes on request (crc32 then covers only those). */
  | { ok: true; data: Buffer; crc32: number; partial?: boolean }
  | { ok: false; reason: 'limit'; limit: ExpandLimit; cap: number; produced: number; compressed: number }
  /**
   * The stream broke after `produced` bytes. `data` holds what it produced before the break (a loader
   * reading the stream incrementally, pickle.load on a GzipFile, has already run those bytes).
   */
  | { ok: false; reason: 'corrupt'; message: string; produced: number; data?: Buffer };

export interface ExpandOptions {
  limits: Pick<ScanLimits, 'maxMemberBytes' | 'maxRatio'>;
  budget?: ExpansionBudget;
  /** Stop after this many output bytes and return them (a look at the head of a big member). */
  peek?: number;
}

/**
 * Turns compressed chunks into decompressed chunks. Breaking out of the returned iterable must stop
 * the decoder (node streams and web streams both do).
 */
export type Decoder = (input: AsyncIterable<Buffer>) => AsyncIterable<Uint8Array>;

const viaTransform =
  (make: () => Transform): Decoder =>
  (input) => {
    const decoder = make();
    const readable = Readable.from(input);
    readable.on('error', (err) => decoder.destroy(err));
    return readable.pipe(decoder);
  };

export const zlibCodecs = {
  deflateRaw: viaTransform(() => zlib.createInflateRaw()),
  gzip: viaTransform(() => zlib.createGunzip()),
  zlib: viaTransform(() => zlib.createInflate()),
  zstd: viaTransform(() => zlib.createZstdDecompress()),
} satisfies Record<string, Decoder>;

/** Decoders written for modelvet (see each module for why): LZMA1 and LZ4 frames. */
export const ownCodecs = {
  lzmaAlone: lzmaAloneDecoder,
  zipLzma: zipLzmaDecoder,
  lz4: lz4FrameDecoder,
} satisfies Record<string, Decoder>;

/** The cap for `compressed` input bytes under `opts`, and which limit sets it. */
export function expansionCap(compressed: number, opts: ExpandOptions): { cap: number; limit: ExpandLimit } {
  const candidates: [number, ExpandLimit][] = [[opts.limits.maxMemberBytes, 'member']];
  if (opts.budget) candidates.push([Math.max(0, opts.budget.limit - opts.budget.used), 'total']);
  candidates.push([Math.max(RATIO_FLOOR, compressed * opts.limits.maxRatio), 'ratio']);
  let best = candidates[0]!;
  for (const c of candidates) if (c[0] < best[0]) best = c;
  return { cap: best[0], limit: best[1] };
}

async function* chunks(source: ByteSource, start: number, length: number): AsyncGenerator<Buffer> {
  let pos = start;
  const end = start + length;
  while (pos < end) {
    const n = Math.min(CHUNK, end - pos);
    const buf = await source.read(pos, n);
    if (buf.length === 0) return;
    // Copy: BufferSource hands out views; the stream may keep chunks after we move on.
    yield Buffer.from(buf);
    pos += buf.length;
  }
}

/**
 * Output kept in memory while a stream is decoded the first time. A stream that produces more is
 * counted to its end (or to its cap) without keeping it, then decoded a second time into one buffer
 * of the size the first pass found: a bomb that runs past its cap costs this much memory instead of
 * the cap (a 1 MiB gzip of concatenated bombs held its 200 MiB ratio cap, then discarded it: 308 MiB
 * peak for the CLI, 135 MiB now), and a large member costs its size once instead of its chunks plus
 * their concatenation. The price: streams over 16 MiB are decoded twice.
 */
export const FIRST_PASS_KEEP = 16 * 1024 * 1024;

interface FirstPass {
  produced: number;
  crc: number;
  /** The output while it stayed within FIRST_PASS_KEEP (else undefined: decode again). */
  kept: Buffer[] | undefined;
  end: 'done' | 'limit' | 'peek' | { corrupt: string };
}

/** Decodes the stream once: counts, checksums and keeps the output while it is small. */
async function firstPass(
  source: ByteSource,
  start: number,
  length: number,
  decode: Decoder,
  cap: number,
  peek: number | undefined,
): Promise<FirstPass> {
  const pass: FirstPass = { produced: 0, crc: 0, kept: [], end: 'done' };
  for await (const piece of decodeChunks(source, start, length, decode, (err) => {
    pass.end = { corrupt: (err as Error)?.message ?? String(err) };
  })) {
    pass.produced += piece.length;
    if (pass.produced > cap) {
      pass.end = 'limit';
      return pass;
    }
    pass.crc = zlib.crc32(piece, pass.crc);
    if (pass.kept && (peek !== undefined || pass.produced <= FIRST_PASS_KEEP)) pass.kept.push(piece);
    else pass.kept = undefined;
    if (peek !== undefined && pass.produced >= peek) {
      pass.end = 'peek';
      return pass;
    }
  }
  return pass;
}

/**
 * The decoder's output as Buffers. A decoding error ends the iteration and goes to `onCorrupt`; an
 * I/O error of the source is thrown.
 */
async function* decodeChunks(
  source: ByteSource,
  start: number,
  length: number,
  decode: Decoder,
  onCorrupt: (err: unknown) => void,
): AsyncGenerator<Buffer> {
  let ioError: unknown;
  async function* input(): AsyncGenerator<Buffer> {
    try {
      yield* chunks(source, start, length);
    } catch (err) {
      ioError = err;
      throw err;
    }
  }
  try {
    for await (const piece of decode(input()))
      yield Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
  } catch (err) {
    if (ioError) throw ioError;
    onCorrupt(err);
    return;
  }
  if (ioError) throw ioError;
}

/** Decodes the stream again into one buffer of the `produced` bytes the first pass counted. */
async function secondPass(
  source: ByteSource,
  start: number,
  length: number,
  decode: Decoder,
  produced: number,
): Promise<Buffer> {
  const out = Buffer.allocUnsafe(produced);
  let at = 0;
  for await (const piece of decodeChunks(source, start, length, decode, () => {})) {
    const n = Math.min(piece.length, produced - at);
    piece.copy(out, at, 0, n);
    at += n;
    if (at >= produced) break;
  }
  if (at < produced) {
    throw new ModelvetError(
      'CHANGED_WHILE_READING',
      `${label(source)}: the compressed data decoded differently the second time (it changed while being read)`,
      { path: source.path },
    );
  }
  return out;
}

/**
 * Decompresses `length` bytes of `source` from `start` with `decode`, within the limits. Never
 * throws for bad data (that is `reason: 'corrupt'`); I/O errors from the source propagate.
 */
export async function expand(
  source: ByteSource,
  start: number,
  length: number,
  decode: Decoder,
  opts: ExpandOptions,
): Promise<ExpandResult> {
  const { cap, limit } = expansionCap(length, opts);
  const pass = await firstPass(source, start, length, decode, cap, opts.peek);
  opts.budget?.charge(pass.produced);
  const { produced, crc: crc32, end } = pass;
  if (end === 'limit') return { ok: false, reason: 'limit', limit, cap, produced, compressed: length };
  const data = pass.kept
    ? Buffer.concat(pass.kept, produced)
    : await secondPass(source, start, length, decode, produced);
  if (end === 'peek') return { ok: true, data: data.subarray(0, opts.peek), crc32, partial: true };
  if (end !== 'done') return { ok: false, reason: 'corrupt', message: end.corrupt, produced, data };
  return { ok: true, data, crc32 };
}
