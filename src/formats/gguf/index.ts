/**
 * GGUF (llama.cpp) files as the scanner sees them: the name sniffer, rules (rules.ts) and the
 * analyzer's id and kind; the reader (read.ts) loads on the first GGUF file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS, type Sniffer } from '../../core/sniff.ts';
import { loadGgufAnalysis } from '../../lazy.ts';

export * from './rules.ts';

export const GGUF_SNIFFER: Sniffer = {
  kind: KINDS.gguf,
  priority: 9,
  // Name hint below every content sniffer, so a .gguf file with a damaged magic is still reported.
  match: ({ name, size }) => name.endsWith('.gguf') && size > 0,
};

export const GGUF_ANALYZER: FileAnalyzer = {
  id: 'gguf',
  kinds: [KINDS.gguf],
  analyze: async (ctx) => (await loadGgufAnalysis()).analyzeGguf(ctx),
};
