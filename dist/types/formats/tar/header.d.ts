/**
 * Tar headers read the way CPython's tarfile reads them (Lib/tarfile.py: `TarInfo.frombuf`, `nti`,
 * `nts`, `_proc_member`, `_proc_gnulong`, `_proc_pax`, `_proc_builtin`, `_apply_pax_info`), which is
 * what torch.load's legacy tar path and every Python tool that unpacks a model use.
 *
 * Why our own: node-tar's PAX parser splits the records on newlines (its source says values holding
 * `\n` fail), while tarfile reads each record by its length prefix, so a path value with a newline in
 * it names the member one way for tarfile and another for node-tar. Numbers are `int(field, 8)` (with
 * Python's underscores, signs and `0o` prefixes) or base-256; names stop at the first NUL; a GNU long
 * name is read up to the first NUL of its whole 512-byte blocks, padding included; a ustar prefix is
 * joined with `/`; an extended header's records apply to the next member after it has been read
 * (so the outermost of stacked GNU/PAX headers wins), a global header's to every later member; only
 * regular files and unknown types have data (the size of a link or directory is ignored).
 *
 * Where another reader would see something else, the difference is recorded: a PAX record whose value
 * holds a newline (a line-by-line reader reads other records), a record tarfile refuses (tarfile then
 * stops reading the archive), a GNU long name whose declared length cuts it elsewhere.
 */
import type { ByteSource } from '../../core/source.ts';
export declare const BLOCK = 512;
export interface RawHeader {
    name: string;
    linkname: string;
    size: number;
    /** tarfile's type byte as a name (unknown bytes: `Unknown(c)`). */
    type: string;
    typeByte: string;
    checksumOk: boolean;
    /** A number field tarfile's `nti` refuses (InvalidHeaderError). */
    badNumber: boolean;
}
export declare function nts(buf: Uint8Array): string;
/** tarfile's `nti`: base-256 when the first byte is 0x80 or 0xff, else `int(nts(field).strip() or '0', 8)`. */
export declare function nti(field: Uint8Array): number | undefined;
/** `TarInfo.frombuf` for one 512-byte block. */
export declare function parseHeader(block: Uint8Array): RawHeader;
export declare function hasData(type: string): boolean;
export declare const blocks: (n: number) => number;
export interface PaxRecords {
    values: Map<string, string>;
    /** Records a line-by-line reader (node-tar, older tools) reads differently: values with a newline. */
    mismatched: {
        keyword: string;
        offset: number;
    }[];
    /** Why tarfile refuses the header (it then stops reading the archive), if it does. */
    refused?: string;
}
/**
 * `_proc_pax`: records `"%d %s=%s\n"` read by their length prefix until the data ends or a NUL byte,
 * the last value of a keyword winning. `buf` is the header's data blocks (padding included).
 */
export declare function parsePax(buf: Buffer, base: number): PaxRecords;
/** One member as tarfile lists it, after its GNU and PAX wrappers. */
export interface Wrapped {
    name: string;
    linkname: string;
    size: number;
}
/** `_apply_pax_info`: path (trailing slashes cut), linkpath, size (`int()`, 0 when it fails). */
export declare function applyPax(m: Wrapped, pax: ReadonlyMap<string, string>): void;
/** Reads a metadata member's data blocks (PAX records, GNU long name), bounded. */
export declare function readMeta(source: ByteSource, dataOffset: number, size: number): Promise<Buffer | undefined>;
