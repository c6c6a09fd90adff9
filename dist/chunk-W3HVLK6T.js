import { createRequire as __mvCreateRequire } from 'node:module'; const require = __mvCreateRequire(import.meta.url); import { fileURLToPath as __mvFileURLToPath } from 'node:url'; import { dirname as __mvDirname } from 'node:path'; const __filename = __mvFileURLToPath(import.meta.url); const __dirname = __mvDirname(__filename);
import {
  pyInt
} from "./chunk-VTAJQZG2.js";
import {
  BZ_STREAM,
  ZSTD_FRAME,
  bzip2Segment,
  expandSegments,
  zstdSegment
} from "./chunk-LP6LRTI3.js";
import {
  reportFailedExpansion
} from "./chunk-KX4ULNNZ.js";
import {
  expand,
  lzmaAloneDecodes,
  ownCodecs,
  zlibCodecs
} from "./chunk-DXHC2TWT.js";
import {
  KINDS
} from "./chunk-FY7H743B.js";
import {
  BufferSource
} from "./chunk-AI4H7T4G.js";
import {
  loadXzWasm
} from "./chunk-PE4ZITVA.js";

// src/formats/compressed/analyzer.ts
var xzDecoder = (input) => (async function* () {
  const { XzReadableStream } = (await loadXzWasm()).default;
  yield* new XzReadableStream(
    ReadableStream.from(input)
  );
})();
var LZMA_ALONE_SNIFFER = {
  kind: KINDS.lzmaAlone,
  priority: 60,
  match: ({ head }) => head.length >= 13 && head[0] === 93 && head[1] === 0 && lzmaAloneDecodes(head)
};
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
var COMPRESSED_KINDS = [KINDS.gzip, KINDS.bzip2, KINDS.xz, KINDS.zstd, KINDS.lz4, KINDS.lzmaAlone];
var COMPRESSED_STREAM_ANALYZER = {
  id: "compressed-stream",
  kinds: COMPRESSED_KINDS,
  claims: COMPRESSED_KINDS,
  async analyze(ctx) {
    const result = await expandKind(ctx);
    await scanExpanded(ctx, result, innerName(ctx.name, ctx.kind), `${ctx.kind} stream`);
  }
};

// src/formats/joblib/sniff.ts
import { createInflate, constants as zlibConstants } from "node:zlib";
var ZFILE_HEADER = 2 + 19;
function zfileDataStart(head) {
  if (head.length <= ZFILE_HEADER || head[0] !== 90 || head[1] !== 70) return -1;
  if (pyInt(head.subarray(2, ZFILE_HEADER).toString("latin1"), 16) === void 0) return -1;
  return head[ZFILE_HEADER] === 120 ? ZFILE_HEADER : ZFILE_HEADER + 1;
}
function zlibYields(data) {
  const cmf = data[0];
  const flg = data[1];
  if (cmf === void 0 || flg === void 0 || (cmf & 15) !== 8 || (cmf * 256 + flg) % 31 !== 0) {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: zlibConstants.Z_SYNC_FLUSH });
    let got = 0;
    inflate.on("data", (chunk) => {
      got += chunk.length;
    });
    inflate.on("error", () => resolve(got > 0));
    inflate.on("end", () => resolve(got > 0));
    inflate.end(data);
  });
}
var JOBLIB_ZLIB_SNIFFER = {
  kind: KINDS.zlib,
  priority: 60,
  match: ({ head }) => {
    if (head[0] === 120) return zlibYields(head);
    const start = zfileDataStart(head);
    return start > 0 ? zlibYields(head.subarray(start)) : false;
  }
};

export {
  LZMA_ALONE_SNIFFER,
  scanExpanded,
  COMPRESSED_STREAM_ANALYZER,
  zfileDataStart,
  JOBLIB_ZLIB_SNIFFER
};
