/**
 * Local file headers: read in batches for the entries a directory lists, and searched for in the bytes
 * no directory entry covers (what streaming readers, `unzip` on a damaged file, or a reader that
 * walks local headers would extract).
 *
 * Reads are buffered: headers are visited in offset order through 256 KiB windows, so an archive of
 * 65,535 small members costs a handful of reads, not one await per member.
 *
 * A hidden entry whose size the header defers to a data descriptor (flag bit 3, size 0) ends where
 * the next zip structure starts (a local or central header, a data descriptor, an end record), never
 * at the end of the file: a streaming reader stops there (deflate stops at its own end, stored data
 * at the descriptor), and taking "the rest of the file" would make every such entry contain all later
 * headers, which nests without bound.
 */
import type { ByteSource } from '../../core/source.ts';
/** Gap bytes searched for hidden local headers per archive. */
export declare const GAP_SEARCH_LIMIT: number;
/** Largest data descriptor (zip64, with signature): allowed after entries with flag bit 3. */
export declare const MAX_DESCRIPTOR = 24;
export interface LocalHeader {
    offset: number;
    flags: number;
    method: number;
    crc32: number;
    compressedSize: number;
    uncompressedSize: number;
    rawName: Buffer;
    /** The name as the scanner shows it, and as CPython decodes it (by the local header's own flag). */
    name: string;
    pyName: string | undefined;
    dataOffset: number;
}
/** The local headers at `offsets` (null where there is none), read through buffered windows. */
export declare function readLocalHeaders(source: ByteSource, offsets: Iterable<number>): Promise<Map<number, LocalHeader | null>>;
export interface FoundLocal {
    header: LocalHeader;
    /** Bytes of data: the header's size, or up to the next structure when it defers it. */
    dataLength: number;
}
/** Local entries in [from, to), read from their headers alone. */
export declare function localEntriesIn(source: ByteSource, from: number, to: number): Promise<FoundLocal[]>;
