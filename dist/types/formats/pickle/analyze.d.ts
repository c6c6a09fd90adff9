/**
 * The pickle analyzers' implementations, loaded on first use through src/lazy.ts (their descriptors,
 * in index.ts, are what every scan loads): the walker, the global tables and the nested scans.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
export { analyzePolyglot } from './polyglot.ts';
/** A source sniffed as a pickle: raw pickles, legacy PyTorch files, joblib dumps, archive members. */
export declare function analyzePickle(ctx: AnalyzerContext): Promise<void>;
