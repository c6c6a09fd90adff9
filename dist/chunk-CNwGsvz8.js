import { e as expandSegments, b as bzip2Segment, z as zstdSegment, B as BZ_STREAM, Z as ZSTD_FRAME } from './chunk-BxbbjG6I.js';
import { e as expand, o as ownCodecs, z as zlibCodecs } from './chunk-mjagBjGy.js';
import { bO as reportFailedExpansion } from './chunk-B-6LZOx6.js';
import { B as BufferSource, K as KINDS } from './chunk-CXVaUTXl.js';
import { I as loadXzWasm } from './chunk-C9VzFTM1.js';

// src/formats/compressed/analyze.ts
var xzDecoder = (input) => (async function* () {
  const { XzReadableStream } = (await loadXzWasm()).default;
  yield* new XzReadableStream(
    ReadableStream.from(input)
  );
})();
var SUFFIXES = {
  [KINDS.gzip]: /\.(gz|tgz|gzip)$/i,
  [KINDS.bzip2]: /\.(bz2|tbz2?|bzip2)$/i,
  [KINDS.xz]: /\.(xz|txz)$/i,
  [KINDS.zstd]: /\.(zst|zstd|tzst)$/i,
  [KINDS.lz4]: /\.(lz4|tlz4)$/i,
  [KINDS.lzmaAlone]: /\.(lzma|tlz)$/i
};
function innerName(name, kind) {
  const re = SUFFIXES[kind];
  if (re?.test(name)) {
    const stripped = name.replace(re, "");
    return /\.t(gz|bz2?|xz|zst|lz4|lz)$/i.test(name) ? `${stripped}.tar` : stripped || `${name}[decompressed]`;
  }
  return `${name}[decompressed]`;
}
var STREAMING = {
  [KINDS.gzip]: zlibCodecs.gzip,
  [KINDS.xz]: xzDecoder,
  [KINDS.lz4]: ownCodecs.lz4,
  [KINDS.lzmaAlone]: ownCodecs.lzmaAlone
};
async function expandKind(ctx) {
  const { source } = ctx;
  const opts = { limits: ctx.limits, budget: ctx.budget };
  if (ctx.kind === KINDS.bzip2 || ctx.kind === KINDS.zstd) {
    const bz = ctx.kind === KINDS.bzip2;
    return expandSegments(source, 0, source.size, {
      ...opts,
      pattern: bz ? BZ_STREAM : ZSTD_FRAME,
      decode: bz ? bzip2Segment : zstdSegment,
      multiStream: true
    });
  }
  return expand(source, 0, source.size, STREAMING[ctx.kind], opts);
}
async function scanExpanded(ctx, result, name, stream) {
  const member = [...ctx.source.member, name];
  if (!result.ok) reportFailedExpansion(ctx, member, result, stream, ctx.kind);
  const data = result.ok ? result.data : result.reason === "corrupt" ? result.data : void 0;
  if (data && data.length > 0) await ctx.scanMember(new BufferSource(data, ctx.source.path, member), name);
}
async function analyzeCompressed(ctx) {
  const result = await expandKind(ctx);
  await scanExpanded(ctx, result, innerName(ctx.name, ctx.kind), `${ctx.kind} stream`);
}

export { analyzeCompressed as a, innerName as i, scanExpanded as s };
