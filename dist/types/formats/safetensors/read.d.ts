/**
 * safetensors header validator.
 *
 * Our own, not the npm `safetensors` package: that package is a small browser helper that reads the
 * whole file into memory and validates nothing (no length cap, no offset or size checks), so it
 * would both blow up on a multi-GB file and pass a hostile header. We follow the rules of the Rust
 * reference implementation (huggingface/safetensors `SafeTensors::read_metadata` + `validate`):
 *   - 8-byte little-endian header length N, at most 100 MB, with 8 + N within the file;
 *   - the header is UTF-8 JSON, starting with `{`, one object;
 *   - every tensor has a known dtype, a shape of non-negative integers and `data_offsets`
 *     [start, end] with end - start = product(shape) × dtype bits / 8 (computed in BigInt, so no
 *     overflow), whole bytes only;
 *   - sorted by offset, tensors are contiguous from 0 with no gap and no overlap, and the last one
 *     ends exactly at the end of the file;
 *   - `__metadata__` is a string→string map.
 * On top of the reference we report duplicate JSON keys (serde keeps one, Python keeps the last,
 * C++ readers differ), unknown fields and lone surrogates: differences between parsers are where
 * a hostile file hides. Only the header is read, whatever the file size.
 */
import { type AnalyzerContext, type ReportedFinding } from '../../core/analyzer.ts';
import { type ByteSource } from '../../core/source.ts';
/** The reference's MAX_HEADER_SIZE. */
export declare const MAX_HEADER_SIZE = 100000000;
/** dtype → bits per element, as the reference lists them (sub-byte floats included). */
export declare const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>>;
export interface SafetensorsTensor {
    name: string;
    dtype: string;
    shape: bigint[];
    start: bigint;
    end: bigint;
}
export interface SafetensorsHeader {
    /** N, the JSON header length. */
    headerLength: number;
    /** 8 + N: where the data section begins. */
    dataStart: number;
    /** Tensors whose entry was well-formed, in header order. */
    tensors: SafetensorsTensor[];
    metadata?: Record<string, string>;
}
export interface SafetensorsResult {
    /** Undefined when the header could not be read at all. */
    header?: SafetensorsHeader;
    /** Data-section offset where bytes no tensor describes begin, when the file is longer than its tensors. */
    trailingAt?: number;
    findings: ReportedFinding[];
}
/**
 * Reads and validates the header of a safetensors source. Reads 8 + N bytes, never the tensor data.
 * I/O errors propagate; content problems are findings.
 */
export declare function readSafetensors(source: ByteSource): Promise<SafetensorsResult>;
/** Validates the header and reports its findings; bytes past the last tensor are scanned as a payload. */
export declare function analyzeSafetensors(ctx: AnalyzerContext): Promise<void>;
