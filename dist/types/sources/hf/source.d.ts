import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource } from '../source.ts';
import { DEFAULT_HUB } from './url.ts';
export { DEFAULT_HUB };
/** Files listed before the listing is refused as too large to vet (never silently cut short). */
export declare const MAX_TREE_FILES = 1000000;
export interface HfOpenOptions {
    hubUrl?: string;
    client: HttpClient;
    hasToken: boolean;
}
export declare function openHfSource(input: string, options: HfOpenOptions): Promise<ResolvedSource>;
