/**
 * Tar archives (PyTorch's legacy tar checkpoints included) as the scanner sees them: the sniffer,
 * rules and the analyzer's id and kind; the listing and the member walk (analyze.ts, header.ts) load
 * on the first tar.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export * from './sniff.ts';
export declare const TAR_ANALYZER: FileAnalyzer;
