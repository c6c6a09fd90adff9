import type { ByteSource } from './source.ts';
/** Bytes read from the start of every source for sniffing. */
export declare const SNIFF_HEAD = 4096;
/**
 * Known kinds. Format modules may add more; a kind is a plain string so that adding a format does
 * not touch the core. Kinds in ARCHIVE_KINDS hold members; OPAQUE kinds can not be looked into.
 */
export declare const KINDS: {
    readonly empty: 'empty';
    readonly zip: 'zip';
    readonly tar: 'tar';
    readonly gzip: 'gzip';
    readonly bzip2: 'bzip2';
    readonly xz: 'xz';
    readonly zstd: 'zstd';
    readonly lz4: 'lz4';
    /** A raw zlib stream (joblib `compress=True`, or `ZF` + length + zlib from joblib < 0.9.3). */
    readonly zlib: 'zlib';
    /** An LZMA-alone (`.lzma`) stream (joblib `compress='lzma'`). */
    readonly lzmaAlone: 'lzma-alone';
    readonly sevenZip: '7z';
    readonly rar: 'rar';
    readonly pickle: 'pickle';
    readonly numpy: 'numpy';
    readonly safetensors: 'safetensors';
    readonly gguf: 'gguf';
    readonly hdf5: 'hdf5';
    readonly lfsPointer: 'lfs-pointer';
    readonly json: 'json';
    readonly text: 'text';
    readonly image: 'image';
    readonly executable: 'executable';
    readonly script: 'script';
    readonly unknown: 'unknown';
};
export type Kind = string;
export interface SniffInput {
    /** First SNIFF_HEAD bytes (fewer for a short source). */
    head: Buffer;
    size: number;
    /** Base name of the file or member, lower-cased (a hint only). */
    name: string;
    /** Reads more bytes when a sniffer needs structure beyond the head (e.g. the zip end record). */
    source: ByteSource;
}
export interface Sniffer {
    kind: Kind;
    /** Higher runs first. Magic numbers 100, structural checks 50, text classification 10. */
    priority: number;
    match(input: SniffInput): boolean | Promise<boolean>;
}
/** Highest priority first; equal priorities keep the order given (Array.prototype.sort is stable). */
export declare function byPriority(sniffers: readonly Sniffer[]): Sniffer[];
/** The sniffers of the core kinds (format modules export the sniffers of theirs). */
export declare const CORE_SNIFFERS: readonly Sniffer[];
/**
 * True when the bytes look like UTF-8 text: no NUL, valid UTF-8 (a multibyte sequence cut at the
 * end of the head is tolerated), few control characters.
 */
export declare function isText(head: Buffer): boolean;
export interface SniffResult {
    kind: Kind;
    head: Buffer;
}
/**
 * Names the kind of a source with `sniffers` (highest priority first, see byPriority). Never throws
 * for odd content; I/O errors propagate.
 */
export declare function sniff(source: ByteSource, name: string, sniffers: readonly Sniffer[]): Promise<SniffResult>;
