/**
 * safetensors files as the scanner sees them: the name sniffer, rules (rules.ts) and the analyzer's
 * id and kind; the header validator (read.ts) loads on the first safetensors file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS, type Sniffer } from '../../core/sniff.ts';
import { loadSafetensorsAnalysis } from '../../lazy.ts';

export * from './rules.ts';

export const SAFETENSORS_SNIFFER: Sniffer = {
  kind: KINDS.safetensors,
  // Name hint only, below every content sniffer: a binary named .safetensors that the structural
  // sniffer refused (forged header length) is still validated, so the finding says what is wrong.
  priority: 9,
  match: ({ name, size }) => name.endsWith('.safetensors') && size > 0,
};

export const SAFETENSORS_ANALYZER: FileAnalyzer = {
  id: 'safetensors',
  kinds: [KINDS.safetensors],
  analyze: async (ctx) => (await loadSafetensorsAnalysis()).analyzeSafetensors(ctx),
};
