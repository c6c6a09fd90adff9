import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
export interface PullProgress {
    file: string;
    fileBytes: number;
    doneBytes: number;
    totalBytes: number;
    /** Files finished (downloaded or reused) before this one, and in all. */
    filesDone: number;
    filesTotal: number;
}
export interface PlaceOptions {
    /** Hugging Face cache root (the `hub` folder); or `to` for a plain folder. */
    cache?: string;
    to?: string;
    /** Repository type folder prefix: `models` or `datasets`. */
    type: 'models' | 'datasets';
    signal?: AbortSignal;
    onProgress?: (p: PullProgress) => void;
}
export interface PlaceResult {
    /** Where the files are now (the snapshot folder, or the plain folder). */
    path: string;
    /** Bytes downloaded in this run (blobs reused from a previous run are not counted). */
    downloaded: number;
    reused: number;
}
/**
 * The blob name huggingface_hub uses and the digest the download is checked against: the LFS
 * sha256, else the git blob id. A Xet-backed file listed without an LFS sha256 has only its Xet
 * hash (a Merkle hash over content-defined chunks), and its blob id is that of its pointer, not of
 * the content: nothing modelvet can check the bytes against, so it is refused, not pulled unchecked.
 */
export declare function blobName(e: SourceEntry): {
    name: string;
    algorithm: 'sha256' | 'git-sha1';
};
/**
 * The download endpoint's own statement about a file must match the listing the scan vetted
 * (same size; the same Xet hash when both state one): a mirror answering differently for the
 * same commit is refused before any byte is downloaded.
 */
export declare function checkDescribed(e: SourceEntry): Promise<void>;
export declare const exists: (p: string) => Promise<boolean>;
/** Downloads one entry into `dest` while hashing the same chunks; throws on a mismatch or truncation. */
export declare function downloadVerified(client: HttpClient, e: SourceEntry, dest: string, options: PlaceOptions, onChunk: (n: number) => void): Promise<void>;
export declare function placeHf(client: HttpClient, source: ResolvedSource, options: PlaceOptions): Promise<PlaceResult>;
