/** Sizes and durations as reports and progress lines show them. */
export declare function formatBytes(n: number): string;
/** `1 h 02 min`, `3 min 20 s`, `42 s`. */
export declare function formatDuration(seconds: number): string;
