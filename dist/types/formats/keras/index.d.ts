import type { AnalyzerContext, FileAnalyzer } from '../../core/analyzer.ts';
export declare const HDF5_MALFORMED: import("../../core/finding.ts").RuleDefinition;
export declare const HDF5_UNSUPPORTED: import("../../core/finding.ts").RuleDefinition;
export declare const KERAS_DUPLICATE_CONFIG: import("../../core/finding.ts").RuleDefinition;
export declare const HDF5_POLYGLOT: import("../../core/finding.ts").RuleDefinition;
export declare const KERAS_H5_ANALYZER: FileAnalyzer;
/** Offset of an HDF5 superblock past offset 0 (user block), or undefined. */
export declare function hdf5SuperblockAfterStart(ctx: AnalyzerContext): Promise<number | undefined>;
export declare const KERAS_H5_POLYGLOT_ANALYZER: FileAnalyzer;
/** A Keras model JSON: an object with class_name and config (model.to_json(), .keras config.json). */
export declare function isKerasModelJson(v: unknown): boolean;
export declare const KERAS_JSON_ANALYZER: FileAnalyzer;
/**
 * `.keras` (Keras 3 saving_lib): a zip with config.json, metadata.json and model.weights.h5. Keras
 * reads config.json with Python's zipfile (the last central-directory entry of that name) and
 * json.loads(bytes) (UTF-8/16/32), so config.json is read here whatever its content sniffs as; the
 * weights file and any other member are scanned by the zip analyzer like every member.
 */
export declare const KERAS_ZIP_POLYGLOT: import("../../core/finding.ts").RuleDefinition;
export declare const KERAS_ZIP_ANALYZER: FileAnalyzer;
