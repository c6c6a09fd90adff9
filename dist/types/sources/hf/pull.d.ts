import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
export interface PullProgress {
    file: string;
    fileBytes: number;
    doneBytes: number;
    totalBytes: number;
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
/** The blob name huggingface_hub uses: the LFS sha256, else the git blob id. */
export declare function blobName(e: SourceEntry): {
    name: string;
    algorithm: 'sha256' | 'git-sha1';
};
export declare const exists: (p: string) => Promise<boolean>;
/** Downloads one entry into `dest` while hashing the same chunks; throws on a mismatch or truncation. */
export declare function downloadVerified(client: HttpClient, e: SourceEntry, dest: string, options: PlaceOptions, onChunk: (n: number) => void): Promise<void>;
export declare function placeHf(client: HttpClient, source: ResolvedSource, options: PlaceOptions): Promise<PlaceResult>;
