/**
 * Where each loader finds a zip's central directory, read the way that loader reads the end records.
 *
 * PyTorch (miniz, `third_party/miniz-3.0.2/miniz.c` `mz_zip_reader_locate_header_sig` and
 * `mz_zip_reader_read_central_dir`):
 * - the end record is the last signature, scanning back from the end in 4 KiB chunks, that has 22
 *   bytes after it; the search stops once it is 64 KiB + 22 bytes back;
 * - a zip64 locator right before it points (by absolute offset) at the zip64 end record; when that has
 *   its signature, its entry count, directory size and offset replace the classic ones (miniz's limits:
 *   one disk, counts and size under 2^32, a record size of at least 44);
 * - the directory is read at the stated offset, unshifted, and must fit in the file; the counts on this
 *   disk and in total must agree and 46 bytes per entry must fit in the size.
 *
 * CPython's zipfile (np.load, Keras, `zipfile` users; `Lib/zipfile/__init__.py` `_EndRecData`,
 * `_EndRecData64`, `_RealGetContents`):
 * - the end record is the last 22 bytes when they are one with an empty comment, else the last
 *   signature in the last 64 KiB + 22 bytes, and the file is no zip when that one has fewer than 22
 *   bytes after it;
 * - a zip64 locator before it only says that the zip64 end record sits right before the locator (its
 *   offset is ignored); a zip64 record there replaces the classic counts, size and offset;
 * - the directory is read right before the end records (end record position, minus the zip64 record
 *   and locator when there are, minus the directory size), and the difference to the stated offset
 *   ("concat": a prefix or a concatenated file) is added to every local header offset.
 */
import type { ByteSource } from '../../core/source.ts';
export declare const SIG_LOCAL = 67324752;
export declare const SIG_CENTRAL = 33639248;
export declare const SIG_EOCD = 101010256;
export declare const SIG_ZIP64_LOCATOR = 117853008;
export declare const SIG_ZIP64_EOCD = 101075792;
export declare const SIG_DATA_DESCRIPTOR = 134695760;
export declare const EOCD_SIZE = 22;
export declare const ZIP64_LOCATOR_SIZE = 20;
export declare const ZIP64_EOCD_SIZE = 56;
export declare const CENTRAL_SIZE = 46;
export declare const LOCAL_SIZE = 30;
export type ZipReaderName = 'miniz' | 'cpython';
/** What one loader takes from the end records: where to read the directory and how to read it. */
export interface DirectoryPlan {
    reader: ZipReaderName;
    /** Where the directory is read. */
    cdStart: number;
    cdSize: number;
    /** Entries announced (miniz reads exactly this many; CPython reads the directory by size). */
    entries: number;
    /** Added to every local header offset (CPython's `concat`; 0 for miniz). */
    shift: number;
    /** The "number of this disk" field (miniz accepts entries on this disk or on disk 1). */
    thisDisk: number;
    zip64: boolean;
    /** Offset of the end record, and the span of all end records (zip64 record .. classic + comment). */
    eocdPos: number;
    recordsStart: number;
    recordsEnd: number;
}
export type PlanResult = {
    ok: true;
    plan: DirectoryPlan;
} | {
    ok: false;
    reason: string;
};
/** The last bytes of a file, enough for both readers' end-record searches. */
export interface Tail {
    size: number;
    start: number;
    buf: Buffer;
}
export declare function readTail(source: ByteSource): Promise<Tail>;
/** miniz's backward chunked search: the lowest offset it looks at, then the last signature above. */
export declare function minizEocd(t: Tail): number;
/** CPython's `_EndRecData`: the empty-comment fast path, then `rfind` (-1: not a zip). */
export declare function cpythonEocd(t: Tail): number;
/**
 * Where a zip reader finds the end record of `source`: the later of CPython's and miniz's, or -1
 * when neither finds one (most files). What the polyglot probes ask before opening anything.
 */
export declare function tailEndRecord(source: ByteSource): Promise<number>;
/** miniz's reading of the end records. */
export declare function minizPlan(source: ByteSource, t: Tail): Promise<PlanResult>;
/** CPython zipfile's reading of the end records. */
export declare function cpythonPlan(source: ByteSource, t: Tail): Promise<PlanResult>;
