import type { HttpClient } from '../http/client.ts';
import { type PlaceOptions, type PlaceResult } from '../hf/pull.ts';
import type { ResolvedSource } from '../source.ts';
import type { OllamaUrl } from './source.ts';
export declare function placeOllama(client: HttpClient, source: ResolvedSource & {
    manifest: Buffer;
    url: OllamaUrl;
}, models: string, options: Pick<PlaceOptions, 'signal' | 'onProgress'>): Promise<PlaceResult>;
