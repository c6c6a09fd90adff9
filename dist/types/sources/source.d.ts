/**
 * A Source is where a model's files come from: a folder on disk (src/core/walk.ts, today's scan),
 * a Hugging Face Hub repository (src/sources/hf/) or an Ollama registry (not yet). Each yields
 * entries with a ByteSource, so analyzers never know whether bytes come from a disk or a range read.
 */
import type { ModelSource } from '../core/model-source.ts';
import type { ByteSource } from '../core/source.ts';
import type { HttpClient } from './http/client.ts';
/** What the remote side says about a file's content (its integrity metadata; not hashed locally). */
export interface EntryIntegrity {
    /** sha256 of the content, as the Hub's LFS pointer states it. */
    lfsSha256?: string;
    /** sha256 of the content (an Ollama layer digest). */
    sha256?: string;
    /** git blob id (sha1 of `blob <size>\0<content>`) of the file, or of its LFS pointer for an LFS file. */
    blobId?: string;
    /**
     * Xet content hash (the Hub's newer storage: a Merkle hash over content-defined chunks, not a
     * digest of the bytes modelvet could compute while streaming). Stated, never checked locally.
     */
    xetHash?: string;
}
export interface SourceEntry {
    /** Path inside the repository, posix separators (its base name is what analyzers see). */
    path: string;
    /** What reports call it when not its path (an Ollama layer: `model`, `template`, `params`). */
    label?: string;
    size: number;
    integrity: EntryIntegrity;
    /** Opens the entry's bytes for the analyzers. */
    open(): ByteSource & {
        readonly bytesFetched?: number;
    };
    /** Where to download the whole content from. */
    url: string;
    /**
     * What the download endpoint states about the file right before it is downloaded (size, Xet
     * hash), to be checked against the listing; absent where the listing is all there is.
     */
    describe?(): Promise<{
        size: number;
        xetHash?: string;
    }>;
}
export interface ResolvedSource {
    /** The typed source (hub, owner, name, revision as asked). */
    model: ModelSource;
    /** The URL as the user typed it (what reports show as the target). */
    input: string;
    /** The revision asked for, and the commit it resolved to. */
    revision: string;
    commit: string;
    entries: SourceEntry[];
    /** The client that reads it (pull downloads through the same limits and retries). */
    client: HttpClient;
    /** Body bytes received over the network so far (metadata and content). */
    bytesFetched(): number;
}
/** True for the URLs remote sources handle. */
export declare const isRemoteUrl: (p: string) => boolean;
