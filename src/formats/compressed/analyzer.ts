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
import Bzip2 from '@foxglove/wasm-bz2';
import xzDecompress from 'xz-decompress';
import { type AnalyzerContext, registerFileAnalyzer } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { KINDS } from '../../core/sniff.ts';
import { BufferSource, label, MAX_READ } from '../../core/source.ts';
import { ARCHIVE_UNSUPPORTED_COMPRESSION, reportBomb } from './archive-rules.ts';
import { type Decoder, type ExpandResult, expand, expansionCap, zlibCodecs } from './expand.ts';

// CommonJS bundle: Node's ESM loader cannot see its named exports, so take them off the default.
const { XzReadableStream } = xzDecompress;

const xzDecoder: Decoder = (input) =>
  new XzReadableStream(
    ReadableStream.from(input) as ReadableStream<Uint8Array>,
  ) as unknown as AsyncIterable<Uint8Array>;

let bzip2: Promise<Bzip2> | undefined;
const BZ_OUTBUFF_FULL = -8;

async function expandBzip2(ctx: AnalyzerContext): Promise<ExpandResult> {
  const { source } = ctx;
  const opts = { limits: ctx.limits, budget: ctx.budget };
  const { cap, limit } = expansionCap(source.size, opts);
  if (source.size > MAX_READ) {
    return { ok: false, reason: 'corrupt', message: `bzip2 stream over ${MAX_READ} bytes`, produced: 0 };
  }
  const input = await source.read(0, source.size);
  bzip2 ??= Bzip2.init();
  const bz = await bzip2;
  let size = Math.min(cap, Math.max(1024 * 1024, source.size * 8));
  for (;;) {
    try {
      const out = bz.decompress(input, size);
      ctx.budget.take(Math.min(out.length, Math.max(0, ctx.budget.limit - ctx.budget.used)));
      return { ok: true, data: Buffer.from(out.buffer, out.byteOffset, out.length), crc32: 0 };
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (!message.includes(`failed: ${BZ_OUTBUFF_FULL} `)) {
        return { ok: false, reason: 'corrupt', message, produced: 0 };
      }
      if (size >= cap) {
        ctx.budget.take(Math.min(cap, Math.max(0, ctx.budget.limit - ctx.budget.used)));
        return { ok: false, reason: 'limit', limit, cap, produced: cap + 1, compressed: source.size };
      }
      size = Math.min(cap, size * 4);
    }
  }
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
  else {
    const decoder =
      ctx.kind === KINDS.gzip ? zlibCodecs.gzip : ctx.kind === KINDS.xz ? xzDecoder : zlibCodecs.zstd;
    result = await expand(source, 0, source.size, decoder, opts);
  }
  const name = innerName(ctx.name, ctx.kind);
  const member = [...source.member, name];
  if (!result.ok) {
    if (result.reason === 'limit') {
      reportBomb(
        ctx,
        member,
        result.limit,
        `${ctx.kind} stream expands past ${result.cap} bytes (${result.limit} limit) from ${result.compressed}`,
        { cap: result.cap, compressed: result.compressed },
      );
    } else {
      ctx.report(
        finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
          message: `${label(source)}: ${ctx.kind} stream cannot be decompressed (${result.message}); not scanned`,
          evidence: { kind: ctx.kind },
        }),
      );
    }
    return;
  }
  await ctx.scanMember(new BufferSource(result.data, source.path, member), name);
}

registerFileAnalyzer({
  id: 'compressed-stream',
  kinds: [KINDS.gzip, KINDS.bzip2, KINDS.xz, KINDS.zstd],
  analyze: analyzeCompressed,
});
