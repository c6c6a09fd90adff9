import { type DirectoryPlan } from './records.ts';
/** One central-directory entry as a loader read it. */
export interface CentralEntry {
    /** Offset of the entry in the file. */
    at: number;
    rawName: Buffer;
    /** The name as miniz/PyTorch and tools that take valid UTF-8 as UTF-8 see it (else Latin-1). */
    name: string;
    /** The name CPython's zipfile gives the member (cp437 or UTF-8, cut at NUL, Unicode Path field). */
    pyName: string;
    /** CPython's `orig_filename`, which the local header name must equal for zipfile to open it. */
    pyOrigName: string;
    flags: number;
    method: number;
    crc32: number;
    compressedSize: number;
    uncompressedSize: number;
    /** Local header offset with the reader's shift applied. */
    localHeaderOffset: number;
    unixMode: number | undefined;
    zip64: boolean;
}
export type CentralResult = {
    ok: true;
    entries: CentralEntry[] /** the directory held more entries than the limit */;
    truncated: boolean;
} | {
    ok: false;
    reason: string;
    offset: number;
};
export declare function cp437(raw: Uint8Array): string;
/** How the scanner names a member: UTF-8 when the general-purpose flag says so (bit 11) or valid. */
export declare function displayName(raw: Buffer, flags: number): string;
/** CPython's decoding of a header name: UTF-8 when flagged (strict), else cp437. */
export declare function pythonName(raw: Buffer, flags: number): string | undefined;
/** The central directory as miniz (PyTorch) reads it. */
export declare function parseMiniz(cd: Buffer, plan: DirectoryPlan, size: number, maxEntries: number): CentralResult;
/** The central directory as CPython's zipfile reads it. */
export declare function parseCpython(cd: Buffer, plan: DirectoryPlan, maxEntries: number): CentralResult;
