/** The real path of `p`, resolving the nearest ancestor that exists. */
export declare function realpathOfMaybeMissing(p: string): Promise<string>;
/** The first of `roots` that `path` is inside (or is), else undefined. */
export declare function rootContaining(path: string, roots: readonly string[]): Promise<string | undefined>;
