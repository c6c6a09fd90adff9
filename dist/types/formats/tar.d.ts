import { type RuleDefinition } from '../core/finding.ts';
import { type ByteSource } from '../core/source.ts';
import './zip/torch.ts';
export declare const TAR_MALFORMED: RuleDefinition;
export declare const TAR_UNSUPPORTED_MEMBER: RuleDefinition;
export declare const TAR_AFTER_END: RuleDefinition;
export declare const TORCH_LEGACY_TAR: RuleDefinition;
/**
 * The header checksum rule every tar reader applies: the octal number at 148..155 equals the sum of
 * the block's bytes with that field counted as spaces (some writers sum signed bytes; both accepted).
 * Checked here without the `tar` package so that sniffing every file does not load it.
 */
export declare function tarChecksumValid(block: Uint8Array): boolean;
export declare const TAR_PAX_MISMATCH: RuleDefinition;
export declare const TAR_LONG_NAME_MISMATCH: RuleDefinition;
export interface TarMember {
    path: string;
    type: string;
    size: number;
    headerOffset: number;
    dataOffset: number;
    linkpath?: string;
}
export interface TarListing {
    members: TarMember[];
    problems: {
        rule: RuleDefinition;
        message: string;
        offset: number;
    }[];
    truncatedAt?: number;
}
/** Lists the members of a tar held in `source` (headers only), as Python's tarfile lists them. */
export declare function listTar(source: ByteSource, maxMembers: number): Promise<TarListing>;
