import { type Sniffer } from '../../core/sniff.ts';
/** Where joblib's read_zfile starts the zlib data of a `ZF` file, or -1 when its header is invalid. */
export declare function zfileDataStart(head: Buffer): number;
export declare const JOBLIB_ZLIB_SNIFFER: Sniffer;
