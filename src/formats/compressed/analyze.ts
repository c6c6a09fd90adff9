/**
 * Single-stream compressed wrappers: gzip, zstd (node:zlib), xz (`xz-decompress`, xz-embedded in
 * WASM, streaming), bzip2 (`@foxglove/wasm-bz2`, see ./segments.ts), LZ4 frames (./lz4.ts) and
 * LZMA-alone (./lzma.ts): every compressor joblib recognises by its prefix, and the `.gz`/`.xz`/... that
 * wrap checkpoints and tarballs. The stream is decompressed within the member, ratio and total limits
 * into a BufferSource and dispatched through `ctx.scanMember`, so `model.pkl.gz` or
 * `checkpoint.tar.xz` is scanned like the file inside it.
 *
 * A stream that breaks part-way is still scanned up to the break: a loader that reads it incrementally
 * (pickle.load on a GzipFile, joblib's decompressors) has already executed those bytes when the error
 * comes. The break itself is a finding.
 *
 * Loaded on the first compressed file (index.ts holds the sniffer and the analyzer's descriptor).
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { BufferSource } from '../../core/source.ts';
import { reportFailedExpansion } from './archive-rules.ts';
import { type Decoder, type ExpandResult, expand, ownCodecs, zlibCodecs } from './expand.ts';
import { BZ_STREAM, bzip2Segment, expandSegments, ZSTD_FRAME, zstdSegment } from './segments.ts';
import { loadXzWasm } from '../../lazy.ts';

// The WebAssembly decoders load on first use, so scans without xz/bzip2 content never pay for them.
const xzDecoder: Decoder = (input) =>
  (async function* () {
    // CommonJS bundle: Node's ESM loader cannot see its named exports, so take them off the default.
    const { XzReadableStream } = (await loadXzWasm()).default;
    yield* new XzReadableStream(
      ReadableStream.from(input) as ReadableStream<Uint8Array>,
    ) as unknown as AsyncIterable<Uint8Array>;
  })();

const SUFFIXES: Record<string, RegExp> = {
  [KINDS.gzip]: /\.(gz|tgz|gzip)$/i,
  [KINDS.bzip2]: /\.(bz2|tbz2?|bzip2)$/i,
  [KINDS.xz]: /\.(xz|txz)$/i,
  [KINDS.zstd]: /\.(zst|zstd|tzst)$/i,
  [KINDS.lz4]: /\.(lz4|tlz4)$/i,
  [KINDS.lzmaAlone]: /\.(lzma|tlz)$/i,
};

/** Name of the stream inside: `model.pkl.gz` → `model.pkl`, `x.tgz` → `x.tar`, else `x.gz[decompressed]`. */
export function innerName(name: string, kind: string): string {
  const re = SUFFIXES[kind];
  if (re?.test(name)) {
    const stripped = name.replace(re, '');
    return /\.t(gz|bz2?|xz|zst|lz4|lz)$/i.test(name)
      ? `${stripped}.tar`
      : stripped || `${name}[decompressed]`;
  }
  return `${name}[decompressed]`;
}

/** Streaming decoders that read concatenated members/streams themselves. */
const STREAMING: Record<string, Decoder> = {
  [KINDS.gzip]: zlibCodecs.gzip,
  [KINDS.xz]: xzDecoder,
  [KINDS.lz4]: ownCodecs.lz4,
  [KINDS.lzmaAlone]: ownCodecs.lzmaAlone,
};

async function expandKind(ctx: AnalyzerContext): Promise<ExpandResult> {
  const { source } = ctx;
  const opts = { limits: ctx.limits, budget: ctx.budget };
  if (ctx.kind === KINDS.bzip2 || ctx.kind === KINDS.zstd) {
    const bz = ctx.kind === KINDS.bzip2;
    return expandSegments(source, 0, source.size, {
      ...opts,
      pattern: bz ? BZ_STREAM : ZSTD_FRAME,
      decode: bz ? bzip2Segment : zstdSegment,
      multiStream: true,
    });
  }
  return expand(source, 0, source.size, STREAMING[ctx.kind]!, opts);
}

/**
 * Scans what a stream decoded to (all of it, or what came before a break) as a member named `name`,
 * and reports why a stream was not decoded to its end. Shared with the joblib zlib analyzer.
 */
export async function scanExpanded(
  ctx: AnalyzerContext,
  result: ExpandResult,
  name: string,
  stream: string,
): Promise<void> {
  const member = [...ctx.source.member, name];
  if (!result.ok) reportFailedExpansion(ctx, member, result, stream, ctx.kind);
  const data = result.ok ? result.data : result.reason === 'corrupt' ? result.data : undefined;
  if (data && data.length > 0) await ctx.scanMember(new BufferSource(data, ctx.source.path, member), name);
}

/** Decodes a compressed stream and scans what it decoded to (the compressed-stream analyzer's reading). */
export async function analyzeCompressed(ctx: AnalyzerContext): Promise<void> {
  const result = await expandKind(ctx);
  await scanExpanded(ctx, result, innerName(ctx.name, ctx.kind), `${ctx.kind} stream`);
}
