/**
 * The `.npy` header: numpy parses it with ast.literal_eval; this is a small literal parser of our own
 * (strings, numbers, booleans, None, tuples, lists, dicts) with a depth limit, so a hostile header is
 * a finding rather than a crash; and the item size of its dtype.
 */
import { BaseError } from '../../core/errors.ts';
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
