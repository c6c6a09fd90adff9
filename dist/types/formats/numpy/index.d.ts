/**
 * NumPy `.npy` as the scanner sees it (the sniffer is the magic number in core/sniff.ts); the reading
 * code (analyze.ts, header.ts) loads on the first `.npy` file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const NUMPY_ANALYZER: FileAnalyzer;
