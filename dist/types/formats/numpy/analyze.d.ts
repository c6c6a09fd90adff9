/**
 * NumPy `.npy`: magic, version, header length, a Python dict literal header
 * (`{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`), then the data. When the dtype holds
 * Python objects the data is a pickle (`np.load(allow_pickle=True)` unpickles it): it is walked like any
 * pickle. Otherwise the data size must match shape × itemsize. `.npz` files are zips of `.npy` members
 * and reach this analyzer through the zip reader.
 * The header is read by header.ts.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
/** One `.npy` source: its header, then its data (a pickle when the dtype holds objects). */
export declare function analyzeNumpy(ctx: AnalyzerContext): Promise<void>;
