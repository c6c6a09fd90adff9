import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource } from '../source.ts';
export declare const DEFAULT_HUB = "https://huggingface.co";
/** `<https://...>; rel="next"` from a Link header. */
export declare function nextLink(link: string | null): string | undefined;
export interface HfOpenOptions {
    hubUrl?: string;
    client: HttpClient;
    hasToken: boolean;
}
export declare function openHfSource(input: string, options: HfOpenOptions): Promise<ResolvedSource>;
