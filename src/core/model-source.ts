/**
 * Where a model comes from, as one typed value shared by the pin checks (references in code,
 * configs and commands), the verify module (Hugging Face cache folders, Ollama manifests) and the
 * policy (`sources` allowlist). A reference is reported whether it is pinned or not: the policy
 * checks every source the scanner understands, not only the ones that produced a finding.
 */

/** The hubs a reference can name. `url` is any other host (download.pytorch.org, a mirror, ...). */
export const MODEL_HUBS = ['huggingface', 'github', 'ollama', 'kaggle', 'modelscope', 'url'] as const;
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
export const COMMIT_RE = /^[0-9a-f]{40}$/;
export const isCommit = (ref: string): boolean => COMMIT_RE.test(ref);

/** `huggingface:meta-llama/Llama-3.1-8B@<rev>`. */
export function formatModelSource(s: ModelSource): string {
  const repo = s.owner ? `${s.owner}/${s.name}` : s.name;
  return `${s.hub}:${repo}${s.revision ? `@${s.revision}` : ''}`;
}

/** `owner/name` (or the bare name when there is no owner). */
export function repoOf(s: ModelSource): string {
  return s.owner ? `${s.owner}/${s.name}` : s.name;
}

const HF_ID = /^(?:([A-Za-z0-9][\w.-]{0,95})\/)?([A-Za-z0-9][\w.-]{0,95})$/;

/**
 * A Hugging Face repo id (`org/name`, or a legacy `name`), with the `models/`, `datasets/` and
 * `spaces/` prefixes the Hub accepts. Undefined for anything that cannot be a repo id.
 */
export function hfSource(id: string, revision?: string): ModelSource | undefined {
  const clean = id.replace(/^(?:models|datasets|spaces)\//, '');
  const m = HF_ID.exec(clean);
  if (!m || /(^|\/)\.\.?($|\/)/.test(clean) || clean.endsWith('.')) return undefined;
  return { hub: 'huggingface', owner: m[1] ?? '', name: m[2]!, revision: revision || undefined };
}

/**
 * A source from a URL: Hugging Face (`/org/name/resolve/<rev>/file`, `/org/name/blob/...`,
 * `hf.co`), GitHub (`github.com/owner/repo`, `raw.githubusercontent.com/owner/repo/<ref>/...`,
 * release downloads), Kaggle model pages, and any other host as `url`.
 */
export function sourceFromUrl(url: string): ModelSource | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase();
  const parts = u.pathname.split('/').filter(Boolean).map(safeDecode);
  if (host === 'huggingface.co' || host === 'hf.co' || host === 'www.huggingface.co') {
    const p = ['datasets', 'spaces', 'models'].includes(parts[0] ?? '') ? parts.slice(1) : parts;
    const ref = p[2] === 'resolve' || p[2] === 'blob' || p[2] === 'tree' ? p[3] : undefined;
    const src = p[0] && p[1] ? hfSource(`${p[0]}/${p[1]}`, ref) : p[0] ? hfSource(p[0]) : undefined;
    if (src) return src;
  }
  if ((host === 'github.com' || host === 'raw.githubusercontent.com') && parts[0] && parts[1]) {
    const name = parts[1].replace(/\.git$/, '');
    const ref =
      host === 'raw.githubusercontent.com'
        ? parts[2]
        : parts[2] === 'releases' && parts[3] === 'download'
          ? parts[4]
          : parts[2] === 'blob' || parts[2] === 'raw' || parts[2] === 'tree'
            ? parts[3]
            : undefined;
    return { hub: 'github', owner: parts[0], name, revision: ref };
  }
  return { hub: 'url', owner: host, name: parts.join('/') };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when `value` has the shape of a ModelSource (evidence read back from a finding). */
export function isModelSource(value: unknown): value is ModelSource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.hub === 'string' &&
    (MODEL_HUBS as readonly string[]).includes(v.hub) &&
    typeof v.owner === 'string' &&
    typeof v.name === 'string' &&
    (v.revision === undefined || typeof v.revision === 'string')
  );
}

/** A Hugging Face cache folder name (`models--org--name`, `datasets--org--name`); the Hub forbids `--` in names. */
export function hfCacheSource(folder: string, revision?: string): ModelSource | undefined {
  const m = /^(?:models|datasets|spaces)--(.+)$/.exec(folder);
  if (!m) return undefined;
  const parts = m[1]!.split('--');
  return parts.length === 2
    ? hfSource(`${parts[0]}/${parts[1]}`, revision)
    : parts.length === 1
      ? hfSource(parts[0]!, revision)
      : undefined;
}

/**
 * An Ollama model (`host/namespace/model:tag`; the default host registry.ollama.ai, namespace
 * `library`). Models pulled from `hf.co/owner/repo` come from Hugging Face; other hosts are `url`.
 */
export function ollamaSource(
  host: string,
  namespace: string,
  model: string,
  tag: string,
): ModelSource | undefined {
  const h = host.toLowerCase();
  if (h === 'hf.co' || h === 'huggingface.co') return hfSource(`${namespace}/${model}`, tag);
  if (h === 'registry.ollama.ai') return { hub: 'ollama', owner: namespace, name: model, revision: tag };
  return { hub: 'url', owner: h, name: `${namespace}/${model}`, revision: tag };
}

/** Stable order (path, line, column, source) with exact duplicates (one file read under two names) dropped; a scan's and a merge's (src/shard/merge.ts) order. */
export function sortReferences(refs: readonly ModelReference[]): ModelReference[] {
  const key = (r: ModelReference) =>
    [
      r.path,
      String(r.line ?? 0).padStart(10, '0'),
      String(r.column ?? 0).padStart(10, '0'),
      r.source.hub,
      r.source.owner,
      r.source.name,
      r.source.revision ?? '',
    ].join('\0');
  const byKey = new Map<string, ModelReference>();
  for (const r of refs) if (!byKey.has(key(r))) byKey.set(key(r), r);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}
