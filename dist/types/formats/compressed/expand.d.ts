import type { ExpansionBudget, ScanLimits } from '../../core/analyzer.ts';
import { type ByteSource } from '../../core/source.ts';
/** Below this many output bytes the compression ratio is not checked. */
export declare const RATIO_FLOOR: number;
export type ExpandLimit = 'member' | 'total' | 'ratio';
export type ExpandResult = 
/** `partial`: stopped at `peek` bytes on request (crc32 then covers only those). */
{
    ok: true;
    data: Buffer;
    crc32: number;
    partial?: boolean;
} | {
    ok: false;
    reason: 'limit';
    limit: ExpandLimit;
    cap: number;
    produced: number;
    compressed: number;
}
/**
 * The stream broke after `produced` bytes. `data` holds what it produced before the break (a loader
 * reading the stream incrementally, pickle.load on a GzipFile, has already run those bytes).
 */
 | {
    ok: false;
    reason: 'corrupt';
    message: string;
    produced: number;
    data?: Buffer;
};
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
export declare const zlibCodecs: {
    deflateRaw: Decoder;
    gzip: Decoder;
    zlib: Decoder;
    zstd: Decoder;
};
/** Decoders written for modelvet (see each module for why): LZMA1 and LZ4 frames. */
export declare const ownCodecs: {
    lzmaAlone: Decoder;
    zipLzma: Decoder;
    lz4: Decoder;
};
/** The cap for `compressed` input bytes under `opts`, and which limit sets it. */
export declare function expansionCap(compressed: number, opts: ExpandOptions): {
    cap: number;
    limit: ExpandLimit;
};
/**
 * Output kept in memory while a stream is decoded the first time. A stream that produces more is
 * counted to its end (or to its cap) without keeping it, then decoded a second time into one buffer
 * of the size the first pass found: a bomb that runs past its cap costs this much memory instead of
 * the cap (a 1 MiB gzip of concatenated bombs held its 200 MiB ratio cap, then discarded it: 308 MiB
 * peak for the CLI, 135 MiB now), and a large member costs its size once instead of its chunks plus
 * their concatenation. The price: streams over 16 MiB are decoded twice.
 */
export declare const FIRST_PASS_KEEP: number;
/**
 * Decompresses `length` bytes of `source` from `start` with `decode`, within the limits. Never
 * throws for bad data (that is `reason: 'corrupt'`); I/O errors from the source propagate.
 */
export declare function expand(source: ByteSource, start: number, length: number, decode: Decoder, opts: ExpandOptions): Promise<ExpandResult>;
