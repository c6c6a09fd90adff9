import { type Finding } from '../core/finding.ts';
import type { StoreOutcome } from './hf-cache.ts';
import { type VerifyOptions } from './manifest-check.ts';
/**
 * A models folder: manifests/ and blobs/, with a blob named `sha256-<hex>` as Ollama names them or a
 * registry folder in manifests/ (a project that merely has folders of those names is not a store).
 */
export declare function isOllamaStore(path: string): Promise<boolean>;
/** The models folder itself (manifests/ + blobs/), or `~/.ollama` holding `models/`. */
export declare function ollamaRoot(path: string): Promise<string | undefined>;
/** The models folder that is `path` or holds it (blobs/, a manifests/ subfolder), walking up. */
export declare function enclosingOllamaStore(path: string): Promise<string | undefined>;
export interface Layer {
    mediaType?: string;
    digest: string;
    size: number;
}
/** A model of the store: its manifest and the layers it names. */
export interface OllamaModel {
    /** Manifest path relative to the store root (`manifests/registry.ollama.ai/library/llama3/8b`). */
    manifest: string;
    /** `registry.ollama.ai/library/llama3:8b`. */
    name: string;
    /** What `ollama list` users call it: `library/llama3:8b` (the default registry's host left out). */
    label: string;
    manifestDigest: string;
    layers: Layer[];
}
export declare const DEFAULT_REGISTRY = "registry.ollama.ai";
/** `manifests/<host>/<namespace>/<model>/<tag>` → full name and the name users know. */
export declare function modelNames(manifestRel: string): {
    name: string;
    label: string;
};
/** `application/vnd.ollama.image.template` → `template`; the Docker config layer → `config`. */
export declare function layerKind(mediaType: string | undefined): string;
/** The blob file a layer names. */
export declare const blobPath: (root: string, digest: string) => string;
/** Every manifest of a store, parsed, and those that could not be. */
export declare function readOllamaManifests(root: string): Promise<{
    models: OllamaModel[];
    bad: {
        manifest: string;
        reason: string;
    }[];
}>;
export interface LayerCheck {
    sizes: Map<string, number>;
    missing: number;
}
/** Each layer a manifest names must exist as a blob, with one size across manifests. */
export declare function checkLayers(root: string, models: readonly OllamaModel[], at: (rel: string) => string, findings: Finding[]): Promise<LayerCheck>;
export declare function verifyOllama(path: string, options?: VerifyOptions): Promise<StoreOutcome>;
