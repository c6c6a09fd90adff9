/**
 * NumPy `.npy` as the scanner sees it (the sniffer is the magic number in core/sniff.ts); the reading
 * code (analyze.ts, header.ts) loads on the first `.npy` file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadNumpyAnalysis } from '../../lazy.ts';

export * from './rules.ts';

export const NUMPY_ANALYZER: FileAnalyzer = {
  id: 'numpy',
  kinds: [KINDS.numpy],
  claims: [KINDS.numpy],
  analyze: async (ctx) => (await loadNumpyAnalysis()).analyzeNumpy(ctx),
};
