import type { AnalyzerContext } from '../../core/analyzer.ts';
export declare function analyzeZip(ctx: AnalyzerContext): Promise<void>;
/**
 * Reports and scans a zip found from the end of content of another kind; false when there is none.
 * The zip format's one entry for other containers (a tar scans the zip appended to it through this):
 * `accept` sees the offset of the end record the zip readers find (the later of CPython's and miniz's)
 * and may decline it (a tar: the record lies inside a member, which is scanned as a member).
 */
export declare function scanTailZip(ctx: AnalyzerContext, what?: string, accept?: (eocd: number) => boolean): Promise<boolean>;
