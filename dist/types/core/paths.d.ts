/** `path` relative to `root` when it lies inside `root` ('' for `root` itself), else undefined. */
export declare function relativeInside(root: string, path: string): string | undefined;
export declare function isWithin(root: string, path: string): boolean;
/**
 * How a relative name written inside a file (an archive member, a shard in an index, an external-data
 * location, an asset, a file argument, a tree listing) leaves the folder it is joined to, judged on its
 * face without disk access: a NUL byte (C truncates the name there), an absolute path (`/x`, `\x`), a
 * drive letter (`C:\x`, or `C:x`, relative to drive C's current folder), or a `..` component (`/` and
 * `\` both separate, as Windows and Python's zipfile read them). Only the whole component `..`
 * climbs: `..foo` is a legal name. Every reason that applies, in this order.
 */
export type NameEscape = 'nul' | 'absolute' | 'drive' | 'parent';
export declare function nameEscapes(name: string): NameEscape[];
/** A name that is absolute or drive-rooted: it leaves any folder, whatever folder it is read from. */
export declare function isRootedName(name: string): boolean;
/** An archive member name that escapes an extraction folder: why, or undefined. */
export declare function unsafeMemberPath(name: string): string | undefined;
/**
 * Why a relative path written in a model (ONNX external data, SavedModel assets) leaves its folder on
 * its face, or undefined. NUL bytes are the caller's (ONNX reports them as an invalid location).
 */
export declare function lexicalEscape(location: string): string | undefined;
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
