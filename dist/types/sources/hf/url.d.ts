import { type ModelSource } from '../../core/model-source.ts';
export declare const DEFAULT_HUB = "https://huggingface.co";
export type HfRepoType = 'model' | 'dataset';
export interface HfUrl {
    type: HfRepoType;
    /** `owner/name`. */
    repo: string;
    /** As given; `main` when none. */
    revision: string;
    /** True when the user named a revision. */
    explicitRevision: boolean;
    model: ModelSource;
}
export declare function parseHfUrl(input: string): HfUrl;
