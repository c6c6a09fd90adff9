/**
 * Where a model comes from, as one typed value shared by the pin checks (references in code,
 * configs and commands), the verify module (Hugging Face cache folders, Ollama manifests) and the
 * policy (`sources` allowlist). A reference is reported whether it is pinned or not: the policy
 * checks every source the scanner understands, not only the ones that produced a finding.
 */
/** The hubs a reference can name. `url` is any other host (download.pytorch.org, a mirror, ...). */
export declare const MODEL_HUBS: readonly ['huggingface', 'github', 'ollama', 'kaggle', 'modelscope', 'url'];
export type ModelHub = (typeof MODEL_HUBS)[number];
export interface ModelSource {
    hub: ModelHub;
    /**
     * Organisation or user (`meta-llama`), Ollama namespace (`library`), or the host for `url`.
     * Empty for a legacy Hugging Face name without an owner (`gpt2`), which the Hub resolves by redirect.
     */
    owner: string;
    /** Repository or model name (for `url`: the path without the leading slash). */
    name: string;
    /** The revision, tag or version the reference asks for, when it names one. */
    revision?: string;
}
/** A model reference found in a file: what it names, whether that is immutable, and where. */
export interface ModelReference {
    source: ModelSource;
    /** True when the reference names fixed content (a full commit, a digest, a versioned handle, a hash-checked URL). */
    pinned: boolean;
    /** Display path of the file that holds the reference. */
    path: string;
    line?: number;
    column?: number;
    /** What read it: `python`, `shell`, `adapter-config`, `hf-cache`, `ollama-store`, ... */
    via: string;
    /** The text that names the model, shortened. */
    text?: string;
}
/** Full-length lower-case commit hash: the only form Hugging Face and git treat as immutable. */
export declare const COMMIT_RE: RegExp;
export declare const isCommit: (ref: string) => boolean;
/** `huggingface:meta-llama/Llama-3.1-8B@<rev>`. */
export declare function formatModelSource(s: ModelSource): string;
/** `owner/name` (or the bare name when there is no owner). */
export declare function repoOf(s: ModelSource): string;
/**
 * A Hugging Face repo id (`org/name`, or a legacy `name`), with the `models/`, `datasets/` and
 * `spaces/` prefixes the Hub accepts. Undefined for anything that cannot be a repo id.
 */
export declare function hfSource(id: string, revision?: string): ModelSource | undefined;
/**
 * A source from a URL: Hugging Face (`/org/name/resolve/<rev>/file`, `/org/name/blob/...`,
 * `hf.co`), GitHub (`github.com/owner/repo`, `raw.githubusercontent.com/owner/repo/<ref>/...`,
 * release downloads), Kaggle model pages, and any other host as `url`.
 */
export declare function sourceFromUrl(url: string): ModelSource | undefined;
/** True when `value` has the shape of a ModelSource (evidence read back from a finding). */
export declare function isModelSource(value: unknown): value is ModelSource;
/** A Hugging Face cache folder name (`models--org--name`, `datasets--org--name`); the Hub forbids `--` in names. */
export declare function hfCacheSource(folder: string, revision?: string): ModelSource | undefined;
/**
 * An Ollama model (`host/namespace/model:tag`; the default host registry.ollama.ai, namespace
 * `library`). Models pulled from `hf.co/owner/repo` come from Hugging Face; other hosts are `url`.
 */
export declare function ollamaSource(host: string, namespace: string, model: string, tag: string): ModelSource | undefined;
/** Stable order (path, line, column, source) with exact duplicates (one file read under two names) dropped; a scan's and a merge's (src/shard/merge.ts) order. */
export declare function sortReferences(refs: readonly ModelReference[]): ModelReference[];
