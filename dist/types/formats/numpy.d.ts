export declare const NPY_MALFORMED: import("../core/finding.ts").RuleDefinition;
export declare const NPY_OBJECT_ARRAY: import("../core/finding.ts").RuleDefinition;
export type Py = string | number | boolean | null | Py[] | {
    tuple: Py[];
} | Map<string, Py>;
/** Parses the subset of Python literals that .npy headers use. Throws Error on anything else. */
export declare function parsePyLiteral(text: string): Py;
/** itemsize of a descr, or 'object' when it holds Python objects anywhere; null when unknown. */
export declare function descrInfo(d: Py, depth?: number): number | 'object' | null;
