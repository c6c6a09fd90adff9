import type { AnalyzerContext } from '../../core/analyzer.ts';
export interface SevenZipEntry {
    path: string;
    size: number;
    isDirectory: boolean;
    encrypted: boolean;
    /** 7-Zip's method text ("LZMA2:26", "BCJ LZMA2:24"), when listed. */
    method?: string;
}
/**
 * Bytes a 7z coder's decoder allocates, from 7-Zip's method text in `7zz l -slt` ("LZMA2:26" is a
 * 2^26-byte dictionary, "LZMA:3m" 3 MiB, "PPMD:o6:mem24" 2^24 bytes of model memory; chains are
 * space-separated). Python's decoders (py7zr through liblzma) reserve a declared dictionary lazily,
 * so a 4 GiB one loads there, while 7-Zip in WebAssembly cannot allocate it and extracts nothing:
 * such an archive is refused before extraction instead of passing empty.
 */
export declare function declaredDecoderMemory(method: string): number;
/** Parses `7zz l -slt` output: blocks of `Key = value` lines after the `----------` separator. */
export declare function parseListing(lines: readonly string[]): SevenZipEntry[];
export declare function analyze7z(ctx: AnalyzerContext): Promise<void>;
