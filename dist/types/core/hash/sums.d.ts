/**
 * Checksum files as `sha256sum`, `sha512sum`, `b2sum` and `b3sum` write them: `<hex>  <name>` or
 * `<hex> *<name>` (binary marker), names with `\\` / `\n` escaped when the line starts with `\`,
 * and the BSD/`--tag` form `SHA256 (<name>) = <hex>`.
 */
import type { DigestAlgorithm } from './digests.ts';
export declare function algorithmForTag(tag: string): DigestAlgorithm | null;
/** The coreutils reading of an untagged line: the digest length names the algorithm. */
export declare function algorithmForLength(hexLength: number): DigestAlgorithm | null;
export interface SumsEntry {
    /** 1-based line in the sums file. */
    line: number;
    hex: string;
    name: string;
    /** Algorithm named by a BSD-style line, if any. */
    tag?: string;
}
export interface ParsedSums {
    entries: SumsEntry[];
    /** Lines that are not checksum lines (1-based numbers). */
    malformed: number[];
}
export declare function parseSums(text: string): ParsedSums;
/** One output line in `sha256sum` format, escaping names as coreutils does. */
export declare function formatSumsLine(hex: string, name: string): string;
