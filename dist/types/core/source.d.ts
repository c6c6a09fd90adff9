import type { FsPath } from './paths.ts';
/** Largest single read an analyzer may ask for. Bigger structures must be walked in pieces. */
export declare const MAX_READ: number;
export interface ByteSource {
    /** Display path of the file on disk that holds these bytes. */
    readonly path: string;
    /**
     * Where that file is on disk, for analyzers that look beside it (ONNX external data); only a
     * file on disk (or its bytes read whole) has one. `path` is for reports and may be relative to
     * another folder. A Buffer when the name is not valid UTF-8 (opened by its exact bytes).
     */
    readonly fsPath?: FsPath;
    /** Member chain inside archives, outermost first; empty for a file on disk. */
    readonly member: readonly string[];
    readonly size: number;
    /**
     * Reads up to `length` bytes at `offset`. Returns fewer only at the end of the source.
     * Throws READ_OUT_OF_BOUNDS for a negative offset, READ_TOO_LARGE past MAX_READ.
     */
    read(offset: number, length: number): Promise<Buffer>;
    /** Bytes handed out so far (tests assert analyzers read a small part of big files). */
    readonly bytesRead: number;
}
export declare function label(source: Pick<ByteSource, 'path' | 'member'>): string;
/** Read-only; O_NONBLOCK only changes how a FIFO or device opens (not at all on Windows, which has none). */
export declare const OPEN_FLAGS: number;
/** A regular file on disk. The size is taken once at open; a file that shrinks while read is an error. */
export declare class FileSource implements ByteSource {
    readonly path: string;
    readonly fsPath: FsPath;
    readonly member: readonly string[];
    readonly size: number;
    bytesRead: number;
    private readonly handle;
    private constructor();
    /**
     * Opens `fsPath` (exact bytes when a Buffer; shown as `displayPath`). Refuses anything that is not
     * a regular file; opens non-blocking, so a FIFO swapped in after the walk cannot hang the scan.
     */
    static open(fsPath: FsPath, displayPath?: string): Promise<FileSource>;
    read(offset: number, length: number): Promise<Buffer>;
    close(): Promise<void>;
}
/** Bytes already in memory (a decompressed member, a test vector). */
export declare class BufferSource implements ByteSource {
    readonly path: string;
    readonly member: readonly string[];
    readonly size: number;
    readonly fsPath?: FsPath;
    bytesRead: number;
    private readonly data;
    /** `fsPath`: where the bytes were read from, when they are a whole file on disk. */
    constructor(data: Uint8Array, path: string, member?: readonly string[], fsPath?: FsPath);
    read(offset: number, length: number): Promise<Buffer>;
}
/** A window [start, start+size) of another source: a stored (uncompressed) archive member. */
export declare class SliceSource implements ByteSource {
    readonly path: string;
    readonly member: readonly string[];
    readonly size: number;
    bytesRead: number;
    private readonly parent;
    private readonly start;
    constructor(parent: ByteSource, start: number, size: number, member: readonly string[]);
    read(offset: number, length: number): Promise<Buffer>;
}
/** Reads the whole source when it is at most `limit` bytes; otherwise throws READ_TOO_LARGE. */
export declare function readAll(source: ByteSource, limit?: number): Promise<Buffer>;
