/** The sniffer for tar archives without the ustar magic (the ustar magic is a core sniffer). */
import { type Sniffer } from '../../core/sniff.ts';
/**
 * The header checksum rule every tar reader applies: the octal number at 148..155 equals the sum of
 * the block's bytes with that field counted as spaces (some writers sum signed bytes; both accepted).
 * Checked here without the `tar` package so that sniffing every file does not load it.
 */
export declare function tarChecksumValid(block: Uint8Array): boolean;
/** Tar without the ustar magic (v7): a header block whose checksum is right and that names a path. */
export declare const TAR_SNIFFER: Sniffer;
