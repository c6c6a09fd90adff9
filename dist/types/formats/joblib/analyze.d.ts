/** A zlib-compressed joblib file (or a `ZF` file of joblib < 0.9.3): the stream is expanded and scanned. */
import type { AnalyzerContext } from '../../core/analyzer.ts';
export declare function analyzeJoblibZlib(ctx: AnalyzerContext): Promise<void>;
