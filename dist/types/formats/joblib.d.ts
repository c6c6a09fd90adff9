import { pickledDtype } from './numpy-dtype.ts';
import { type AfterBuild } from './pickle/walker.ts';
/** itemsize and hasobject of a pickled numpy dtype, as numpy's unpickler makes it (see ./numpy-dtype.ts). */
export declare const dtypeInfo: typeof pickledDtype;
export declare const joblibAfterBuild: AfterBuild;
