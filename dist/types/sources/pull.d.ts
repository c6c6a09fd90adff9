import type { Report } from '../core/report.ts';
import type { ScanOptions } from '../scan.ts';
import type { PlaceResult, PullProgress } from './hf/pull.ts';
export type { PlaceResult, PullProgress };
export interface PullOptions extends ScanOptions {
    /** Hugging Face cache root (the `hub` folder: $HF_HUB_CACHE, $HF_HOME/hub, ~/.cache/huggingface/hub). */
    cache?: string;
    /** A plain folder instead of the cache layout. */
    to?: string;
    /** Aborts the download (SIGINT): nothing is placed. */
    signal?: AbortSignal;
    onPullProgress?: (p: PullProgress) => void;
}
export interface PullResult {
    report: Report;
    /** Absent when the verdict did not pass: nothing was downloaded or placed. */
    placed?: PlaceResult;
}
export declare function pull(input: string, options: PullOptions): Promise<PullResult>;
