import type { HttpClient } from '../http/client.ts';
import type { ResolvedSource } from '../source.ts';
export declare const DEFAULT_OLLAMA_REGISTRY = "registry.ollama.ai";
export interface OllamaUrl {
    registry: string;
    namespace: string;
    model: string;
    tag: string;
}
export declare function parseOllamaUrl(input: string): OllamaUrl;
export interface OllamaOpenOptions {
    client: HttpClient;
    /** Base URL of the registry (default https://<registry>); tests and mirrors. */
    registryUrl?: string;
}
export declare function openOllamaSource(input: string, options: OllamaOpenOptions): Promise<ResolvedSource & {
    manifest: Buffer;
    url: OllamaUrl;
}>;
