/**
 * Scans every pickle stream in a ByteSource and turns what the walker saw into findings.
 *
 * - Several pickles in one file are all walked, until the end of the source (a malicious second
 *   stream after a benign one is found). A stream that cannot be parsed is `pickle/malformed`, and
 *   what it named before the error is still reported.
 * - A legacy (non-zip) PyTorch file is magic number, protocol, sys_info, data and storage-keys pickles,
 *   then raw storages: the storages are skipped by their declared sizes, and anything after them is
 *   walked again as pickles (a genuine file has nothing there). A file whose first pickle is not the
 *   literal magic number is just walked as stacked pickles, so a computed "magic" (GHSA-97f8-7cmv-76j2)
 *   hides nothing.
 * - joblib's in-stream arrays are understood (see ../joblib.ts).
 *
 * `scanPickle` is the entry point other formats call (NumPy object arrays, containers that want to
 * scan a member directly); archive members reach it through ctx.scanMember like any file.
 */
import type { AnalyzerOptions } from '../../core/analyzer.ts';
import { type ReportedFinding } from '../../core/finding.ts';
import { type ByteSource } from '../../core/source.ts';
import { type WalkLimits } from './walker.ts';
/** Streams walked in one source before giving up (each is at least two bytes). */
export declare const MAX_STREAMS = 10000;
export declare const TORCH_LEGACY_MAGIC = 119547037146038801333356n;
export interface PickleScanOptions {
    /** Where the first stream starts (default 0) and where the pickle data ends (default: source end). */
    start?: number;
    end?: number;
    options?: AnalyzerOptions;
    limits?: WalkLimits;
    /** Walk only one stream (NumPy object arrays: the loader reads exactly one). */
    single?: boolean;
    /**
     * Members of a legacy PyTorch tar (`storages`, `tensors`): counted pickles interleaved with raw
     * storage bytes or tensor geometry, read the way torch's legacy loader reads them. When the bytes do
     * not fit the layout the rest is walked as pickles (fail closed).
     */
    layout?: 'torch-tar-storages' | 'torch-tar-tensors';
}
export interface PickleScanSummary {
    streams: number;
    /** 'torch-legacy' when the legacy PyTorch layout was recognised. */
    layout: 'pickle' | 'torch-legacy';
    globals: number;
    end: number;
    error?: string;
}
/** Walks every pickle in `source` (from `start`) and reports findings. Never throws for content. */
export declare function scanPickle(source: ByteSource, report: (f: ReportedFinding) => void, opts?: PickleScanOptions): Promise<PickleScanSummary>;
