/**
 * joblib as the scanner sees it: its zlib and `ZF` files (sniff.ts), whose reading code (analyze.ts)
 * loads on the first one. Uncompressed joblib files are pickles; the array framing joblib writes
 * inside them is read by the pickle walker through array-framing.ts.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadJoblibAnalysis } from '../../lazy.ts';

export { JOBLIB_ZLIB_SNIFFER } from './sniff.ts';

export const JOBLIB_ZLIB_ANALYZER: FileAnalyzer = {
  id: 'joblib-zlib',
  kinds: [KINDS.zlib],
  claims: [KINDS.zlib],
  analyze: async (ctx) => (await loadJoblibAnalysis()).analyzeJoblibZlib(ctx),
};
