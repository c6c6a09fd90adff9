/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export declare function relativeInside(root: string, path: string): string | undefined;
export declare function isWithin(root: string, path: string): boolean;
