/**
 * Compressed joblib files. joblib.load picks a decompressor by the file's first bytes alone
 * (joblib/numpy_pickle_utils.py `_detect_compressor`, prefixes in joblib/compressor.py): `ZF` (the
 * format of joblib < 0.9.3: `ZF`, a hex length, a zlib stream), then zlib (the single byte 0x78), gzip
 * (1f 8b), bz2 (`BZ`), LZMA-alone (5d 00), xz (fd 37 7a 58 5a) and lz4 (04 22 4d 18). gzip, bz2,
 * LZMA-alone, xz and lz4 are the compressed-stream analyzer's kinds (../compressed/index.ts); zlib and
 * `ZF` have no magic number a generic sniffer would know, so they are sniffed here. A file is taken for
 * one when joblib would take it and the stream really yields bytes (pickle.load would then run them):
 * text starting with `x` has the prefix but no zlib stream (`x = 1` sets the preset-dictionary bit,
 * which zlib refuses), so it is left to the text sniffers.
 */
import { type Sniffer } from '../../core/sniff.ts';
/** Where joblib's read_zfile starts the zlib data of a `ZF` file, or -1 when its header is invalid. */
export declare function zfileDataStart(head: Buffer): number;
export declare const JOBLIB_ZLIB_SNIFFER: Sniffer;
