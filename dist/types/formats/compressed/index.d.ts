/**
 * The compressed-stream analyzer as the scanner sees it: its kinds (gzip, bzip2, xz, zstd, LZ4 frames
 * and LZMA-alone; the magic numbers are in core/sniff.ts) and the LZMA-alone sniffer. The decoders and
 * the code that scans what they produce (analyze.ts, expand.ts, segments.ts, lz4.ts) load on the first
 * compressed file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { type Sniffer } from '../../core/sniff.ts';
/**
 * LZMA-alone has no magic number: joblib takes any file starting `5d 00` (properties lc=3 lp=0 pb=2,
 * then the dictionary size) for one and hands it to LZMAFile. A file is called LZMA-alone when that
 * prefix is there and its first bytes really decode, so other binary data starting with `5d 00` is
 * left to the other sniffers. The decoder (lzma.ts) loads on the first file with that prefix.
 */
export declare const LZMA_ALONE_SNIFFER: Sniffer;
export declare const COMPRESSED_STREAM_ANALYZER: FileAnalyzer;
