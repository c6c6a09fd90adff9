/**
 * ONNX models (ModelProto) as the scanner sees them: the sniffer (sniff.ts), rules (rules.ts) and
 * the analyzer's id and kind; the walk (analyze.ts) loads on the first ONNX file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export * from './sniff.ts';
export declare const ONNX_ANALYZER: FileAnalyzer;
