/**
 * Keras containers as the scanner sees them: legacy `.h5`, Keras JSON and `.keras` zips. The
 * analyzers' ids and kinds and the cheap checks that pick candidates (candidates.ts) load at start;
 * the reading (analyze.ts, config.ts, the HDF5 reader) loads on the first candidate.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const KERAS_H5_ANALYZER: FileAnalyzer;
export declare const KERAS_H5_POLYGLOT_ANALYZER: FileAnalyzer;
export declare const KERAS_JSON_ANALYZER: FileAnalyzer;
export declare const KERAS_ZIP_ANALYZER: FileAnalyzer;
