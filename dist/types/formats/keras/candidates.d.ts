/**
 * Which files the Keras analyzers read, from cheap checks of the name, the kind and the head: every
 * scan runs them, so they load nothing but this; the reading (analyze.ts) loads on a candidate.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
/** Names Keras opens with h5py (keras/src/legacy/saving/legacy_h5_format.py, saving_api.py). */
export declare const H5_NAMES: RegExp;
/** The largest Keras JSON read (model.to_json(), a config.json, a .keras zip's config.json). */
export declare const MAX_KERAS_JSON: number;
/** Every built-in kind but HDF5 itself (and nothing-to-read kinds). */
export declare const OTHER_KINDS: ("7z" | "bzip2" | "executable" | "gguf" | "gzip" | "image" | "json" | "lfs-pointer" | "lz4" | "lzma-alone" | "numpy" | "pickle" | "rar" | "safetensors" | "script" | "tar" | "text" | "unknown" | "xz" | "zip" | "zlib" | "zstd")[];
/** Offset of an HDF5 superblock past offset 0 (user block), or undefined. */
export declare function hdf5SuperblockAfterStart(ctx: AnalyzerContext): Promise<number | undefined>;
