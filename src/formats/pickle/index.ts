/**
 * The pickle format as the scanner sees it: the structural sniffer for protocol 0/1 pickles (which
 * have no magic number), the analyzer for kind `pickle` (raw pickles, legacy PyTorch files, joblib
 * dumps, and any archive member sniffed as a pickle) and the polyglot probe run on every other kind.
 * Each checks the first byte here and loads the reading code only past that check: walks without the
 * classification tables (light-walks.ts) for the sniffer and the probe's first look, the analysis
 * (analyze.ts) only for a pickle or a probe with something to classify.
 */
import { EVERY_KIND, type FileAnalyzer } from '../../core/analyzer.ts';
import { KINDS, type Sniffer } from '../../core/sniff.ts';
import { loadPickleAnalysis, loadPickleLightWalks } from '../../lazy.ts';
import { mayStartPickle, PICKLE_OPCODE_BYTES } from './first-bytes.ts';

export * from './rules.ts';

export const PICKLE_SNIFFER: Sniffer = {
  kind: KINDS.pickle,
  priority: 50,
  match: async (input) => mayStartPickle(input.head) && (await loadPickleLightWalks()).looksLikePickle(input),
};

export const PICKLE_ANALYZER: FileAnalyzer = {
  id: 'pickle',
  kinds: [KINDS.pickle],
  claims: [KINDS.pickle],
  analyze: async (ctx) => (await loadPickleAnalysis()).analyzePickle(ctx),
};

/**
 * Every kind: a loader's pickle fallback may be pointed at anything. Pickles themselves are scanned
 * by the pickle analyzer. This probe claims no kind (see FileAnalyzer.claims), so it never hides a
 * kind nobody reads.
 */
export const PICKLE_POLYGLOT_ANALYZER: FileAnalyzer = {
  id: 'pickle-polyglot',
  kinds: [EVERY_KIND],
  async analyze(ctx) {
    if (ctx.kind === KINDS.pickle || ctx.kind === KINDS.empty) return;
    if (!PICKLE_OPCODE_BYTES.has(ctx.head[0]!)) return; // pickle.load raises at byte 0: nothing runs
    if (!(await (await loadPickleLightWalks()).mayRunAsPickle(ctx.source))) return;
    await (await loadPickleAnalysis()).analyzePolyglot(ctx);
  },
};
