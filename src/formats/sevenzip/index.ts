/**
 * 7z archives as the scanner sees them: the analyzer's id and kind (the magic is a core sniffer);
 * the listing and extraction through 7-Zip's WebAssembly build (analyze.ts) load on the first 7z.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS } from '../../core/sniff.ts';
import { loadSevenZipAnalysis } from '../../lazy.ts';

export const SEVENZIP_ANALYZER: FileAnalyzer = {
  id: '7z',
  kinds: [KINDS.sevenZip],
  claims: [KINDS.sevenZip],
  analyze: async (ctx) => (await loadSevenZipAnalysis()).analyze7z(ctx),
};
