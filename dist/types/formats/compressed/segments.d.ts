import { type ByteSource } from '../../core/source.ts';
import { type ExpandOptions, type ExpandResult } from './expand.ts';
/** Byte-aligned start of a bzip2 stream with at least one block: "BZh1".."BZh9" then the block magic. */
export declare const BZ_STREAM: RegExp;
/** A zstd frame (RFC 8878 magic 0xFD2FB528, little-endian). */
export declare const ZSTD_FRAME: RegExp;
export type Segment = {
    ok: true;
    data: Uint8Array;
} | {
    ok: false;
    full: boolean;
    message: string;
};
export type SegmentDecoder = (input: Buffer, cap: number) => Segment | Promise<Segment>;
/** Offsets where a bzip2 stream may start (0 first). Concatenated streams are legal (pbzip2, cat). */
export declare function bzip2StreamStarts(input: Buffer): number[];
/** libbz2 over one buffer, retried with a larger output buffer up to `cap`. */
export declare const bzip2Segment: SegmentDecoder;
export declare const zstdSegment: SegmentDecoder;
export interface SegmentOptions extends ExpandOptions {
    pattern: RegExp;
    decode: SegmentDecoder;
    multiStream: boolean;
}
/** Decodes `length` bytes of `source` from `start` (read whole) within the limits. */
export declare function expandSegments(source: ByteSource, start: number, length: number, o: SegmentOptions): Promise<ExpandResult>;
