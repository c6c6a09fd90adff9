import type { ExpansionBudget, ScanLimits } from '../../core/analyzer.ts';
import { type ByteSource } from '../../core/source.ts';
import { type ExpandLimit } from '../compressed/expand.ts';
/** Compression methods modelvet decompresses (every method PyTorch or CPython's zipfile reads). */
export declare const ZIP_METHOD: {
    readonly stored: 0;
    readonly deflate: 8;
    readonly bzip2: 12;
    readonly lzma: 14;
    readonly zstd: 93;
};
/** The fields of an entry that opening it needs. */
export interface MemberRef {
    readonly name: string;
    readonly method: number;
    readonly crc32: number;
    readonly compressedSize: number;
    readonly uncompressedSize: number;
    readonly dataOffset: number | undefined;
}
export type OpenEntryResult = {
    ok: true;
    source: ByteSource;
    crcOk?: boolean;
    sizeOk: boolean;
    partial?: boolean;
} | {
    ok: false;
    reason: 'no-data' | 'method' | 'limit' | 'corrupt';
    message: string;
    limit?: ExpandLimit;
    evidence?: Record<string, unknown>;
    /** For a corrupt member: what it decompressed to before the break (a streaming reader ran it). */
    data?: Buffer;
};
export interface OpenEntryOptions {
    limits: Pick<ScanLimits, 'maxMemberBytes' | 'maxRatio'>;
    budget?: ExpansionBudget;
    /** For compressed members: decompress only this many bytes (`partial` is then true). */
    peek?: number;
}
/** Opens one entry of the zip in `source`. */
export declare function openZipEntry(source: ByteSource, entry: MemberRef, o: OpenEntryOptions): Promise<OpenEntryResult>;
