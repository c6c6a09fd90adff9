/**
 * ONNX models (ModelProto) as the scanner sees them: the sniffer (sniff.ts), rules (rules.ts) and
 * the analyzer's id and kind; the walk (analyze.ts) loads on the first ONNX file.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { loadOnnxAnalysis } from '../../lazy.ts';
import { ONNX_KIND } from './sniff.ts';

export * from './rules.ts';
export * from './sniff.ts';

export const ONNX_ANALYZER: FileAnalyzer = {
  id: 'onnx',
  kinds: [ONNX_KIND],
  analyze: async (ctx) => (await loadOnnxAnalysis()).analyzeOnnx(ctx),
};
