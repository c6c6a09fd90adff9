import { type ByteSource } from '../../core/source.ts';
import { type MemberRef, type OpenEntryOptions, type OpenEntryResult } from './members.ts';
import { type DirectoryPlan, type ZipReaderName } from './records.ts';
import { BaseError } from '../../core/errors.ts';
import { unsafeMemberPath } from '../../core/paths.ts';
export { type OpenEntryOptions, type OpenEntryResult, openZipEntry, ZIP_METHOD } from './members.ts';
export type { ZipReaderName } from './records.ts';
/** General-purpose flag bits. */
export declare const ZIP_FLAG: {
    readonly encrypted: 1;
    readonly dataDescriptor: 8;
    readonly patched: 32;
    readonly strongEncryption: 64;
    readonly utf8: 2048;
    readonly maskedHeaders: 8192;
};
export interface ZipEntry extends MemberRef {
    /** Position in `entries`; negative for hidden entries. */
    readonly index: number;
    /** Central-directory name (UTF-8 when flagged or valid, else Latin-1): what PyTorch looks up. */
    readonly name: string;
    /** The name CPython's zipfile gives the member (cp437 unless flagged UTF-8, cut at NUL, 0x7075). */
    readonly pyName: string;
    /** CPython renames the member: its name is cut at a NUL or replaced by a Unicode Path field. */
    readonly pyRenamed: boolean;
    readonly flags: number;
    /** Offset of the local header in the source (after the reader's prefix shift). */
    readonly localHeaderOffset: number;
    /** Name in the local header; undefined when unreadable. */
    readonly localName: string | undefined;
    /** Local header's method and flags (PyTorch ignores both). */
    readonly localMethod: number | undefined;
    readonly localFlags: number | undefined;
    /** Unix mode from the external attributes when the entry was made on Unix. */
    readonly unixMode: number | undefined;
    readonly isDirectory: boolean;
    /** Sizes or offset came from a zip64 extra field. */
    readonly zip64: boolean;
    /** The loaders whose directory lists this entry (none for a hidden entry). */
    readonly readers: readonly ZipReaderName[];
    /** Whether each loader that lists it would also open it (local header, name, flags, method, overlap). */
    readonly opens: Readonly<Partial<Record<ZipReaderName, boolean>>>;
}
export type ZipIssueCode = 'name-mismatch' | 'flag-bits' | 'local-header' | 'overlap' | 'out-of-bounds' | 'duplicate-name' | 'unsafe-path' | 'prefix' | 'ambiguous-directory' | 'loader-differential' | 'entry-count' | 'truncated-directory' | 'symlink' | 'hidden-entry' | 'unreferenced-data';
export interface ZipIssue {
    code: ZipIssueCode;
    message: string;
    /** The entry concerned (central-directory name), when there is one. */
    entry?: string;
    offset?: number;
    evidence?: Record<string, unknown>;
}
export declare class ZipFormatError extends BaseError<'ZIP_INVALID'> {
    constructor(message: string);
}
/** One loader's reading of the archive. */
export type ZipView = {
    ok: true;
    plan: DirectoryPlan;
    entries: readonly ZipEntry[];
} | {
    ok: false;
    reason: string;
};
export interface ZipArchive {
    readonly source: ByteSource;
    /** Every entry either loader lists, in directory order (miniz's first). */
    readonly entries: readonly ZipEntry[];
    readonly views: Readonly<Record<ZipReaderName, ZipView>>;
    readonly issues: readonly ZipIssue[];
    /** Bytes before the first local header that belong to no entry (a prefix or polyglot). */
    readonly prefixBytes: number;
    /** Local entries found in bytes no directory covers. Built from the local header alone. */
    readonly hidden: readonly ZipEntry[];
    /** The first entry named `name` (exact). */
    find(name: string): ZipEntry | undefined;
    openEntry(entry: ZipEntry, opts: OpenEntryOptions): Promise<OpenEntryResult>;
    /** True/false once the stored data was read and compared; undefined when it was over `maxBytes`. */
    checkCrc(entry: ZipEntry, maxBytes: number): Promise<boolean | undefined>;
}
/** `../`, absolute paths, drive letters, NUL bytes: names that escape an extraction folder (src/core/paths.ts). */
export { unsafeMemberPath };
/**
 * The archive of an analyzer's source, parsed once for all the analyzers of that source (the zip
 * analyzer, the Keras one, the polyglot probe); rejects with ZipFormatError like openZip.
 */
export declare function openZipFor(ctx: {
    source: ByteSource;
    memo: Map<string, unknown>;
    limits: {
        maxMembers: number;
    };
}): Promise<ZipArchive>;
/** Opens a zip archive held in `source`. Throws ZipFormatError when neither loader can read a directory. */
export declare function openZip(source: ByteSource, opts?: {
    maxEntries?: number;
}): Promise<ZipArchive>;
/** For an archive with no usable central directory: the entries a streaming reader would extract. */
export declare function recoverLocalEntries(source: ByteSource): Promise<ZipEntry[]>;
