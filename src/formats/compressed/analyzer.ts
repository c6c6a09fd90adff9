/**
 * Single-stream compressed wrappers: gzip, zstd (node:zlib), xz (`xz-decompress`, xz-embedded in
 * WASM, streaming) and bzip2 (`@foxglove/wasm-bz2`, the reference libbz2 in WASM). The stream is
 * decompressed within the member, ratio and total limits into a BufferSource and dispatched through
 * `ctx.scanMember`, so `model.pkl.gz` or `checkpoint.tar.xz` is scanned like the file inside it.
 *
 * bzip2: the WASM build decompresses a whole buffer into an output buffer of a size given up front,
 * so the compressed input is read whole (at most MAX_READ) and the output is tried at growing sizes
 * up to the cap; "output full" at the cap is a bomb, never an allocation of the claimed size.
 */
import zlib from 'node:zlib';
import type Bzip2 from '@foxglove/wasm-bz2';
import { type AnalyzerContext, registerFileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { BufferSource, MAX_READ } from '../../core/source.ts';
import { reportFailedExpansion } from './archive-rules.ts';
import { type Decoder, type ExpandResult, expand, expansionCap, zlibCodecs } from './expand.ts';

// The WebAssembly decoders load on first use, so scans without xz/bzip2 content never pay for them.
const xzDecoder: Decoder = (input) =>
  (async function* () {
    // CommonJS bundle: Node's ESM loader cannot see its named exports, so take them off the default.
    const { XzReadableStream } = (await import('xz-decompress')).default;
    yield* new XzReadableStream(
      ReadableStream.from(input) as ReadableStream<Uint8Array>,
    ) as unknown as AsyncIterable<Uint8Array>;
  })();

let bzip2: Promise<Bzip2> | undefined;
const BZ_OUTBUFF_FULL = -8;

/** Byte-aligned start of a bzip2 stream with at least one block: "BZh1".."BZh9" then the block magic. */
const BZ_STREAM = /BZh[1-9]1AY&SY/g;
/** A zstd frame (RFC 8878 magic 0xFD2FB528, little-endian). */
const ZSTD_FRAME = /\x28\xb5\x2f\xfd/g;

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

type Segment = { ok: true; data: Uint8Array } | { ok: false; full: boolean; message: string };

function bzip2Segment(bz: Bzip2, input: Buffer, cap: number): Segment {
  let size = Math.min(cap, Math.max(1024 * 1024, input.length * 8));
  for (;;) {
    try {
      return { ok: true, data: bz.decompress(input, size) };
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (!message.includes(`failed: ${BZ_OUTBUFF_FULL} `)) return { ok: false, full: false, message };
      if (size >= cap) return { ok: false, full: true, message };
      size = Math.min(cap, size * 4);
    }
  }
}

function zstdSegment(input: Buffer, cap: number): Segment {
  try {
    return { ok: true, data: zlib.zstdDecompressSync(input, { maxOutputLength: Math.max(1, cap) }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, full: e.code === 'ERR_BUFFER_TOO_LARGE', message: e.message ?? String(err) };
  }
}

/**
 * Decoders that stop after one stream (libbz2's buffer call, node's zstd) would let a payload in a
 * second stream (`cat benign.bz2 payload.bz2`, which bunzip2, zstd and Python all read) pass unseen.
 * The input (read whole, at most MAX_READ) is split at every stream start and each piece decoded; a
 * split that is not a real start (the magic inside compressed data) fails to decode and is merged
 * with the next piece.
 */
async function expandStreams(
  ctx: AnalyzerContext,
  pattern: RegExp,
  decode: (input: Buffer, cap: number) => Segment,
): Promise<ExpandResult> {
  const { source } = ctx;
  const { cap, limit } = expansionCap(source.size, { limits: ctx.limits, budget: ctx.budget });
  if (source.size > MAX_READ) {
    return { ok: false, reason: 'corrupt', message: `stream over ${MAX_READ} bytes`, produced: 0 };
  }
  const input = await source.read(0, source.size);
  const starts = streamStarts(input, pattern);
  const parts: Uint8Array[] = [];
  let produced = 0;
  const charge = (n: number) => ctx.budget.take(Math.min(n, Math.max(0, ctx.budget.limit - ctx.budget.used)));
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    let seg: Segment;
    for (;;) {
      const end = j < starts.length ? starts[j]! : input.length;
      seg = decode(input.subarray(starts[i]!, end), cap - produced);
      if (seg.ok || seg.full || j >= starts.length) break;
      j++;
    }
    if (!seg.ok) {
      if (seg.full) {
        charge(cap);
        return { ok: false, reason: 'limit', limit, cap, produced: cap + 1, compressed: source.size };
      }
      return { ok: false, reason: 'corrupt', message: seg.message, produced };
    }
    parts.push(seg.data);
    produced += seg.data.length;
    i = j;
  }
  charge(produced);
  return { ok: true, data: Buffer.concat(parts, produced), crc32: 0 };
}

async function expandBzip2(ctx: AnalyzerContext): Promise<ExpandResult> {
  bzip2 ??= import('@foxglove/wasm-bz2').then((m) => m.default.init());
  const bz = await bzip2;
  return expandStreams(ctx, BZ_STREAM, (input, cap) => bzip2Segment(bz, input, cap));
}

const SUFFIXES: Record<string, RegExp> = {
  [KINDS.gzip]: /\.(gz|tgz|gzip)$/i,
  [KINDS.bzip2]: /\.(bz2|tbz2?|bzip2)$/i,
  [KINDS.xz]: /\.(xz|txz|lzma)$/i,
  [KINDS.zstd]: /\.(zst|zstd|tzst)$/i,
};

/** Name of the stream inside: `model.pkl.gz` → `model.pkl`, `x.tgz` → `x.tar`, else `x.gz[decompressed]`. */
export function innerName(name: string, kind: string): string {
  const re = SUFFIXES[kind];
  if (re?.test(name)) {
    const stripped = name.replace(re, '');
    return /\.t(gz|bz2?|xz|zst)$/i.test(name) ? `${stripped}.tar` : stripped || `${name}[decompressed]`;
  }
  return `${name}[decompressed]`;
}

async function analyzeCompressed(ctx: AnalyzerContext): Promise<void> {
  const { source } = ctx;
  const opts = { limits: ctx.limits, budget: ctx.budget };
  let result: ExpandResult;
  if (ctx.kind === KINDS.bzip2) result = await expandBzip2(ctx);
  else if (ctx.kind === KINDS.zstd) result = await expandStreams(ctx, ZSTD_FRAME, zstdSegment);
  else {
    // gunzip and xz-embedded both read concatenated members/streams themselves.
    const decoder = ctx.kind === KINDS.gzip ? zlibCodecs.gzip : xzDecoder;
    result = await expand(source, 0, source.size, decoder, opts);
  }
  const name = innerName(ctx.name, ctx.kind);
  const member = [...source.member, name];
  if (!result.ok) {
    reportFailedExpansion(ctx, member, result, `${ctx.kind} stream`, ctx.kind);
    return;
  }
  await ctx.scanMember(new BufferSource(result.data, source.path, member), name);
}

registerFileAnalyzer({
  id: 'compressed-stream',
  kinds: [KINDS.gzip, KINDS.bzip2, KINDS.xz, KINDS.zstd],
  analyze: analyzeCompressed,
});
