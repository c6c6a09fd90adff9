/**
 * LZ4 frame decoding (the format of python-lz4's `lz4.frame` and so of joblib `compress='lz4'`).
 *
 * Why our own: the npm LZ4 packages are either native addons (cannot be inlined into the Action's
 * bundle) or unmaintained pure-JS ports (`lz4js`, `lz4`'s JS fallback) that decode a whole frame into a
 * buffer sized from the header and cannot stop at an output cap, so a frame declaring 4 MiB blocks a
 * million times over would be decoded to the end. The format is small and fully specified
 * (https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md and lz4_Block_format.md): this decoder
 * reads frames one block at a time (each block at most its declared maximum, 4 MiB), keeps the last
 * 64 KiB as history for linked blocks, and yields every block's output, so `expand()` enforces the
 * limits as it goes. Concatenated frames and skippable frames are read as liblz4 reads them; checksums
 * are not verified (a scanner reads what a lenient loader would). Anything else is an error.
 */
import type { Decoder } from './expand.ts';
import { BaseError } from '../../core/errors.ts';
/** A frame the LZ4 reference decoder would refuse (or one past our limits). */
export declare class Lz4Error extends BaseError<'LZ4_INVALID'> {
    constructor(message: string);
}
/**
 * Decodes one LZ4 block into `out` after `start` bytes of history; returns the new end. Every length
 * and offset is checked against the input and the output limit.
 */
export declare function decodeBlock(src: Uint8Array, out: Uint8Array, start: number, limit: number): number;
/** Concatenated LZ4 frames (and skippable frames), as liblz4's frame decoder reads them. */
export declare const lz4FrameDecoder: Decoder;
