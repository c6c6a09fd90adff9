/**
 * Tar archives (including PyTorch's legacy tar checkpoints), listed as Python's tarfile lists them
 * (./header.ts: tarfile's number and name rules, PAX records by their length prefix, GNU long
 * names up to the first NUL of their blocks), walked with random access: each 512-byte header is read,
 * member data is never read here. A regular member (or one of a type tarfile does not know, which its
 * `extractfile` also opens) is a SliceSource window on the file, dispatched through `ctx.scanMember`,
 * so a 10 GB tar costs one header read per member. A zip appended after the tar's members (Python's
 * zipfile finds it from the end) is reported and scanned as a polyglot.
 *
 * Findings: member paths that escape the extraction folder, links that point outside the archive,
 * a broken header (fail closed: what follows it was not scanned), members past the limit, GNU
 * sparse members (their data is not contiguous, so it cannot be scanned as is).
 *
 * PyTorch legacy tar (torch < 0.1.10, still read by `torch.load`): members `sys_info`, `pickle`,
 * `storages` and `tensors`, each unpickled by torch. The torch name sniffer (shared/torch-names.ts)
 * makes them pickles whatever their first byte, and this analyzer notes the format.
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { type RuleDefinition } from '../../core/finding.ts';
import { type ByteSource } from '../../core/source.ts';
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
export declare function analyzeTar(ctx: AnalyzerContext): Promise<void>;
