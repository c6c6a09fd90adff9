/**
 * SentencePiece models as the scanner sees them: the sniffer, the rule and the analyzer's id and
 * kind; the walk (analyze.ts) loads on the first model.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export * from './sniff.ts';
export declare const SENTENCEPIECE_ANALYZER: FileAnalyzer;
