/**
 * 7z archives as the scanner sees them: the analyzer's id and kind (the magic is a core sniffer);
 * the listing and extraction through 7-Zip's WebAssembly build (analyze.ts) load on the first 7z.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export declare const SEVENZIP_ANALYZER: FileAnalyzer;
