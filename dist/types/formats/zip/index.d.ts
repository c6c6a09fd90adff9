/**
 * Zip archives as the scanner sees them (PyTorch checkpoints, TorchScript archives, .keras files and
 * any other zip): the analyzers' ids and kinds and the rules; the reader and the member walk
 * (analyze.ts, reader.ts) load on the first zip. The polyglot probe, which runs on every file, looks
 * for an end record with records.ts alone and loads the rest only when it finds one.
 */
import { type FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const ZIP_ANALYZER: FileAnalyzer;
/**
 * Polyglots: content sniffed as anything else whose tail is also a zip archive (Python's zipfile, and
 * so Keras and tools that call `zipfile.is_zipfile`, find a zip from its end). Content that is nothing
 * else with a zip tail is already sniffed as zip. Most content has no end record at all: that is
 * checked here before the zip reader is loaded (scanTailZip checks it again).
 */
export declare const ZIP_POLYGLOT_ANALYZER: FileAnalyzer;
