/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export declare function relativeInside(root: string, path: string): string | undefined;
export declare function isWithin(root: string, path: string): boolean;
/** A path to open: a string when its bytes are valid UTF-8 (they round-trip), else the exact bytes. */
export type FsPath = string | Buffer;
export declare function toFsPath(bytes: Buffer): FsPath;
/** Joins a folder and a name as bytes (`/` separated, as the walk builds them on POSIX). */
export declare function joinBytes(dir: Buffer, name: Buffer): Buffer;
/** The name as Python's `os.fsdecode` gives it on POSIX (UTF-8, undecodable bytes as U+DC80..U+DCFF). */
export declare function fsDecode(bytes: Uint8Array): string;
/** The inverse of fsDecode (Python's os.fsencode): U+DC80..U+DCFF back to the bytes they stand for. */
export declare function fsEncode(text: string): Buffer;
/** Why a name is suspicious (not UTF-8, or holding characters reports must escape), or undefined. */
export declare function suspiciousName(bytes: Uint8Array): string | undefined;
/** A string key for an FsPath, injective over paths (the same bytes always give the same FsPath). */
export declare function pathKey(p: FsPath): string;
