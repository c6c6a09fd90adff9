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
import { type ExpandResult } from './expand.ts';
/** Name of the stream inside: `model.pkl.gz` → `model.pkl`, `x.tgz` → `x.tar`, else `x.gz[decompressed]`. */
export declare function innerName(name: string, kind: string): string;
/**
 * Scans what a stream decoded to (all of it, or what came before a break) as a member named `name`,
 * and reports why a stream was not decoded to its end. Shared with the joblib zlib analyzer.
 */
export declare function scanExpanded(ctx: AnalyzerContext, result: ExpandResult, name: string, stream: string): Promise<void>;
/** Decodes a compressed stream and scans what it decoded to (the compressed-stream analyzer's reading). */
export declare function analyzeCompressed(ctx: AnalyzerContext): Promise<void>;
