import { BaseError } from '../core/errors.ts';
export declare const NPY_MALFORMED: import("../core/finding.ts").RuleDefinition;
export declare const NPY_OBJECT_ARRAY: import("../core/finding.ts").RuleDefinition;
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
