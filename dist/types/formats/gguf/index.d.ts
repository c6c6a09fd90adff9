/**
 * GGUF (llama.cpp) files as the scanner sees them: the name sniffer, rules (rules.ts) and the
 * analyzer's id and kind; the reader (read.ts) loads on the first GGUF file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { type Sniffer } from '../../core/sniff.ts';
export * from './rules.ts';
export declare const GGUF_SNIFFER: Sniffer;
export declare const GGUF_ANALYZER: FileAnalyzer;
