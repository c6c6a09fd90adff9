/**
 * joblib as the scanner sees it: its zlib and `ZF` files (sniff.ts), whose reading code (analyze.ts)
 * loads on the first one. Uncompressed joblib files are pickles; the array framing joblib writes
 * inside them is read by the pickle walker through array-framing.ts.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export { JOBLIB_ZLIB_SNIFFER } from './sniff.ts';
export declare const JOBLIB_ZLIB_ANALYZER: FileAnalyzer;
