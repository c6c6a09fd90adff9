/**
 * The pickle format as the scanner sees it: the structural sniffer for protocol 0/1 pickles (which
 * have no magic number), the analyzer for kind `pickle` (raw pickles, legacy PyTorch files, joblib
 * dumps, and any archive member sniffed as a pickle) and the polyglot probe run on every other kind.
 * Each checks the first byte here and loads the reading code only past that check: walks without the
 * classification tables (light-walks.ts) for the sniffer and the probe's first look, the analysis
 * (analyze.ts) only for a pickle or a probe with something to classify.
 */
import { type FileAnalyzer } from '../../core/analyzer.ts';
import { type Sniffer } from '../../core/sniff.ts';
export * from './rules.ts';
export declare const PICKLE_SNIFFER: Sniffer;
export declare const PICKLE_ANALYZER: FileAnalyzer;
/**
 * Every kind: a loader's pickle fallback may be pointed at anything. Pickles themselves are scanned
 * by the pickle analyzer. This probe claims no kind (see FileAnalyzer.claims), so it never hides a
 * kind nobody reads.
 */
export declare const PICKLE_POLYGLOT_ANALYZER: FileAnalyzer;
