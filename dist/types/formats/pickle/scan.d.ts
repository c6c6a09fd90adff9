/**
 * Scans every pickle stream in a ByteSource and turns what the walker saw into findings:
 *
 * 1. walk the streams: several pickles in one file are all walked, to the end of the source (a malicious
 *    second stream after a benign one is found), through the legacy PyTorch layouts (legacy-torch.ts;
 *    a file whose first pickle is not the literal magic number is just walked as stacked pickles, so a
 *    computed "magic" (GHSA-97f8-7cmv-76j2) hides nothing) and joblib's in-stream arrays (../joblib/array-framing.ts);
 * 2. scan what the operands embed: a bytes/str operand holding a pickle, zip or compressed stream is
 *    handed to the whole scanner as a nested source (embedded.ts), within the depth and expansion budgets;
 * 3. report: one finding per distinct fact (findings.ts), limits as `pickle/limit-exceeded`, and a
 *    stream that cannot be parsed as `pickle/malformed` (what it named before the error is still reported).
 *
 * `scanPickle` is the entry point other formats call (NumPy object arrays, containers that scan a member
 * directly); archive members reach it through ctx.scanMember like any file.
 */
import type { AnalyzerContext, AnalyzerOptions } from '../../core/analyzer.ts';
import { type ReportedFinding } from '../../core/finding.ts';
import { type ByteSource } from '../../core/source.ts';
import { type WalkLimits } from './state.ts';
export { TORCH_LEGACY_MAGIC } from './legacy-torch.ts';
/** Streams walked in one source before giving up (each is at least two bytes). */
export declare const MAX_STREAMS = 10000;
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
    layout?: 'torch-tar-storages' | 'torch-tar-tensors' | 'torch-tar-pickle';
    /** The pickle is read by TorchScript's C++ unpickler (data.pkl/constants.pkl of a TorchScript archive). */
    loader?: 'python' | 'torchscript';
    /** Where embedded pickles and archives are scanned (the analyzer context); without it they are not. */
    nested?: Pick<AnalyzerContext, 'scanMember' | 'budget'>;
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
