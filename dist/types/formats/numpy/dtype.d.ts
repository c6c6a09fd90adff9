import { type Value } from '../pickle/walker.ts';
/** Item sizes of NumPy's single-character type codes (`np.dtype(c).itemsize` on every platform we read). */
export declare const NUMPY_TYPE_SIZES: Readonly<Record<string, number>>;
export interface PickledDtype {
    itemsize: number;
    hasObject: boolean;
}
/** itemsize and hasobject of a pickled `numpy.dtype(code, align, copy)` + BUILD(state), or null. */
export declare function pickledDtype(v: Value | undefined, depth?: number): PickledDtype | null;
