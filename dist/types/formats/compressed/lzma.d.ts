/**
 * LZMA1 decoding: LZMA-alone (`.lzma`, joblib `compress='lzma'`) streams and the raw LZMA1 data of zip
 * method 14 (what CPython's zipfile and so np.load read).
 *
 * Why our own: the npm LZMA decoders are unmaintained pure-JS ports (`lzma`, `lzma-purejs`) that
 * allocate the dictionary size the header declares before decoding and hand back one buffer at the end,
 * or native addons that cannot be inlined into the Action's bundle. Python's liblzma reserves a declared
 * 4 GiB dictionary lazily (untouched pages cost nothing), so such a file loads in joblib while those
 * decoders fail to allocate, and a scanner built on them would let it pass. Here the window grows only as
 * output is produced (a back-reference can never reach further than the bytes produced so far) and
 * output is yielded in pieces, so the expansion limits of `expand()` stop a bomb at its cap whatever
 * the header says.
 *
 * The decoder follows the LZMA specification (Igor Pavlov, `lzma-specification.txt` in the LZMA SDK,
 * https://www.7-zip.org/sdk.html): range decoder, literal coder with lc/lp/pb, length and distance
 * coders, the four rep distances and the 12-state machine. It is a resumable loop over a buffered
 * input window: before each batch of symbols it makes sure enough input is buffered for the batch (a
 * symbol reads at most MAX_SYMBOL_BYTES), so the async input never has to be awaited mid-symbol.
 */
import type { Decoder } from './expand.ts';
import { BaseError } from '../../core/errors.ts';
/** A stream liblzma would refuse (or one past our limits). */
export declare class LzmaError extends BaseError<'LZMA_INVALID'> {
    constructor(message: string);
}
export interface LzmaProperties {
    lc: number;
    lp: number;
    pb: number;
    dictSize: number;
}
/** Decodes the properties byte (lc, lp, pb) and the dictionary size, as liblzma accepts them. */
export declare function lzmaProperties(props: number, dictSize: number): LzmaProperties;
export interface LzmaStreamOptions {
    props: LzmaProperties;
    /** Bytes the stream declares it produces, or -1 when it ends with an end marker. */
    size: number;
    /**
     * What a stream that runs out of input means: an error (LZMA-alone, as liblzma reports a truncated
     * file), or the end of the data (zip method 14, whose reader stops at the compressed size).
     */
    truncatedIsEnd: boolean;
}
/** Parses a 13-byte LZMA-alone header: properties, dictionary size, size (or -1 when unknown). */
export declare function parseAloneHeader(h: Buffer): {
    props: LzmaProperties;
    size: number;
};
/**
 * LZMA-alone streams, concatenated as Python's LZMAFile reads them: after a stream ends, what follows
 * is decoded as another stream, and bytes that fail before they produce anything are ignored (LZMAFile
 * ignores trailing data that is not a valid stream). An xz stream after an LZMA-alone one (LZMAFile's
 * automatic format detection would read it) is not decoded here: it is an error, so the caller reports
 * it instead of passing it. A stream that breaks mid-way yields what it decoded, then throws.
 */
export declare const lzmaAloneDecoder: Decoder;
/**
 * Zip method 14 as CPython's zipfile reads it: a 4-byte header (version, properties length), the
 * LZMA1 properties (at least 5 bytes), then raw LZMA1 data that ends with an end marker or when the
 * member's compressed bytes run out.
 */
export declare const zipLzmaDecoder: Decoder;
/**
 * True when `head` starts an LZMA-alone stream that decodes at least one byte (what joblib's `5d 00`
 * prefix hands to LZMAFile, which then decodes it): a plausible header is not enough, random bytes after
 * `5d 00` usually fail in their first symbols.
 */
export declare function lzmaAloneDecodes(head: Buffer): Promise<boolean>;
