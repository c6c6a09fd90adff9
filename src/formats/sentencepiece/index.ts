/**
 * SentencePiece models as the scanner sees them: the sniffer, the rule and the analyzer's id and
 * kind; the walk (analyze.ts) loads on the first model.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { loadSentencePieceAnalysis } from '../../lazy.ts';
import { SENTENCEPIECE_KIND } from './sniff.ts';

export * from './rules.ts';
export * from './sniff.ts';

export const SENTENCEPIECE_ANALYZER: FileAnalyzer = {
  id: 'sentencepiece',
  kinds: [SENTENCEPIECE_KIND],
  claims: [SENTENCEPIECE_KIND],
  analyze: async (ctx) => (await loadSentencePieceAnalysis()).analyzeSentencePiece(ctx),
};
