/**
 * The pickle analyzer: registered for kind `pickle` (raw pickles, legacy PyTorch files, joblib dumps,
 * and any archive member sniffed as a pickle), plus the structural sniffer for protocol 0/1 pickles
 * (sniff.ts), which have no magic number.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { type Sniffer } from '../../core/sniff.ts';
export { scanPickle } from './scan.ts';
export { looksLikePickle } from './sniff.ts';
export declare const PICKLE_SNIFFER: Sniffer;
export declare const PICKLE_ANALYZER: FileAnalyzer;
