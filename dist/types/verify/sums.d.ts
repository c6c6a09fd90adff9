import type { DigestAlgorithm } from '../core/hash/digests.ts';
import { type VerifyOptions, type VerifyOutcome } from './manifest-check.ts';
export declare const MAX_SUMS_BYTES: number;
/** The algorithm of one line: its BSD tag, else the checksum file's name, else the digest length. */
export declare function sumsAlgorithm(hex: string, tag: string | undefined, fileName: string): DigestAlgorithm | null;
export declare function verifySums(modelPath: string, sumsPath: string, options?: VerifyOptions): Promise<VerifyOutcome>;
