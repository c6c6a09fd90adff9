import type { AnalyzerContext } from '../../core/analyzer.ts';
/** Reads the Keras root attributes of an HDF5 source and checks the configs they hold. */
export declare function checkKerasH5(ctx: AnalyzerContext): Promise<void>;
/** Content of another kind with an HDF5 superblock at `at`: the polyglot, then its HDF5 side. */
export declare function analyzeKerasH5Polyglot(ctx: AnalyzerContext, at: number): Promise<void>;
/** A Keras model JSON: an object with class_name and config (model.to_json(), .keras config.json). */
export declare function isKerasModelJson(v: unknown): boolean;
/** A JSON or text file that may be a Keras model JSON (the index's checks passed). */
export declare function analyzeKerasJson(ctx: AnalyzerContext): Promise<void>;
/**
 * `.keras` (Keras 3 saving_lib): a zip with config.json, metadata.json and model.weights.h5. Keras
 * reads config.json with Python's zipfile (the last central-directory entry of that name) and
 * json.loads(bytes) (UTF-8/16/32), so config.json is read here whatever its content sniffs as; the
 * weights file and any other member are scanned by the zip analyzer like every member.
 */
export declare function analyzeKerasZip(ctx: AnalyzerContext): Promise<void>;
