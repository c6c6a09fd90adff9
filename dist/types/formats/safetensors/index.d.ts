/**
 * safetensors files as the scanner sees them: the name sniffer, rules (rules.ts) and the analyzer's
 * id and kind; the header validator (read.ts) loads on the first safetensors file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { type Sniffer } from '../../core/sniff.ts';
export * from './rules.ts';
export declare const SAFETENSORS_SNIFFER: Sniffer;
export declare const SAFETENSORS_ANALYZER: FileAnalyzer;
