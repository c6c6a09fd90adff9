import type { FileAnalyzer } from '../core/analyzer.ts';
import { type Sniffer } from '../core/sniff.ts';
import { pickledDtype } from './numpy/dtype.ts';
import { type AfterBuild } from './pickle/walker.ts';
/** itemsize and hasobject of a pickled numpy dtype, as numpy's unpickler makes it (see ./numpy/dtype.ts). */
export declare const dtypeInfo: typeof pickledDtype;
export declare const joblibAfterBuild: AfterBuild;
export declare const JOBLIB_ZLIB_SNIFFER: Sniffer;
export declare const JOBLIB_ZLIB_ANALYZER: FileAnalyzer;
