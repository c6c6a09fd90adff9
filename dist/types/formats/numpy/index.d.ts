/**
 * NumPy `.npy`: magic, version, header length, a Python dict literal header
 * (`{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`), then the data. When the dtype holds
 * Python objects the data is a pickle (`np.load(allow_pickle=True)` unpickles it): it is walked like any
 * pickle. Otherwise the data size must match shape × itemsize. `.npz` files are zips of `.npy` members
 * and reach this analyzer through the zip reader.
 *
 * numpy parses the header with ast.literal_eval; this is a small literal parser of our own (strings,
 * numbers, booleans, None, tuples, lists, dicts) with a depth limit, so a hostile header is a finding
 * rather than a crash.
 */
import type { FileAnalyzer } from '../../core/analyzer.ts';
import { BaseError } from '../../core/errors.ts';
export declare const NPY_MALFORMED: import("../../core/finding.ts").RuleDefinition;
export declare const NPY_OBJECT_ARRAY: import("../../core/finding.ts").RuleDefinition;
export type Py = string | number | boolean | null | Py[] | {
    tuple: Py[];
} | Map<string, Py>;
/** A .npy header that is not the Python literal subset numpy writes. */
export declare class NpyHeaderError extends BaseError<'NPY_HEADER'> {
    constructor(message: string);
}
/** Parses the subset of Python literals that .npy headers use. Throws NpyHeaderError on anything else. */
export declare function parsePyLiteral(text: string): Py;
/** itemsize of a descr, or 'object' when it holds Python objects anywhere; null when unknown. */
export declare function descrInfo(d: Py, depth?: number): number | 'object' | null;
export declare const NUMPY_ANALYZER: FileAnalyzer;
