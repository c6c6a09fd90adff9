import { type AnalyzerContext, type FileAnalyzer } from '../../core/analyzer.ts';
export * from './rules.ts';
export declare const ZIP_ANALYZER: FileAnalyzer;
/**
 * Polyglots: content sniffed as anything else whose tail is also a zip archive (Python's zipfile, and
 * so Keras and tools that call `zipfile.is_zipfile`, find a zip from its end). Content that is nothing
 * else with a zip tail is already sniffed as zip.
 */
export declare const ZIP_POLYGLOT_ANALYZER: FileAnalyzer;
/**
 * Reports and scans a zip found from the end of content of another kind; false when there is none.
 * The zip format's one entry for other containers (a tar scans the zip appended to it through this):
 * `accept` sees the offset of the end record the zip readers find (the later of CPython's and miniz's)
 * and may decline it (a tar: the record lies inside a member, which is scanned as a member).
 */
export declare function scanTailZip(ctx: AnalyzerContext, what?: string, accept?: (eocd: number) => boolean): Promise<boolean>;
