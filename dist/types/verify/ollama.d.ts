import type { StoreOutcome } from './hf-cache.ts';
import { type VerifyOptions } from './manifest-check.ts';
/** The models folder itself (manifests/ + blobs/), or `~/.ollama` holding `models/`. */
export declare function ollamaRoot(path: string): Promise<string | undefined>;
export declare function verifyOllama(path: string, options?: VerifyOptions): Promise<StoreOutcome>;
