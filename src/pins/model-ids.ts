/**
 * How a model id names its source, per the conventions of the library that reads it. Each form is
 * what that library's loader does with the string (sources cited per form); the entry-point table
 * (entry-points.ts) says which form each API takes.
 */
import { hfSource, isCommit, type ModelSource, ollamaSource, sourceFromUrl } from '../core/model-source.ts';
import type { Severity } from '../core/finding.ts';

export type IdForm =
  | 'hub-id'
  | 'hub-id-at'
  | 'timm'
  | 'open-clip'
  | 'keras-preset'
  | 'kaggle-model'
  | 'kaggle-dataset'
  | 'tfhub'
  | 'ultralytics'
  | 'github-repo'
  | 'ollama'
  | 'diffusers-pipeline'
  | 'nemo'
  | 'modelscope'
  | 'url'
  | 'spacy'
  | 'torchvision-weights';

export type IdReading =
  /** A path on disk: not a download. */
  | { kind: 'local' }
  /** Not a source we can name (a task's default, a name the installed library pins, a packaged builder). */
  | { kind: 'none' }
  | {
      kind: 'ref';
      source: ModelSource;
      /** Decided by the id itself (a versioned handle, a digest, a commit in a URL); undefined: a revision argument decides. */
      pinned?: boolean;
      /** Why nothing in this call can pin it, shown in the message. */
      note?: string;
      /** Severity of the unpinned finding when it differs from the rule's. */
      severity?: Severity;
    };

export interface IdContext {
  /** True when a string names a file or folder that exists next to the code (a local model). */
  isLocalPath?: (p: string) => boolean;
}

export function isLocalRef(id: string, ctx: IdContext): boolean {
  if (/^(\.{1,2}[/\\]|[/\\~]|[A-Za-z]:[\\/])/.test(id) || id === '.' || id === '..') return true;
  if (/^file:/i.test(id)) return true;
  return ctx.isLocalPath?.(id) ?? false;
}

const ref = (source: ModelSource, extra: Omit<Extract<IdReading, { kind: 'ref' }>, 'kind' | 'source'> = {}) =>
  ({ kind: 'ref', source, ...extra }) as const;

/** A Hugging Face id or URL; `at`: `org/name@rev` carries the revision (flair, espnet, pyannote 3.x). */
function hubId(id: string, ctx: IdContext, at: boolean): IdReading {
  if (isLocalRef(id, ctx)) return { kind: 'local' };
  if (/^https?:\/\//i.test(id)) return urlRef(id);
  if (/^hf:\/\//i.test(id)) return hubId(id.slice(5), ctx, true);
  const split = at ? id.lastIndexOf('@') : -1;
  const name = split > 0 ? id.slice(0, split) : id;
  const revision = split > 0 ? id.slice(split + 1) : undefined;
  const source = hfSource(name, revision);
  if (!source) return { kind: 'none' };
  return revision !== undefined ? ref(source, { pinned: isCommit(revision) }) : ref(source);
}

/** A download URL: pinned when it names a commit (huggingface.co/.../resolve/<40 hex>/..., raw.githubusercontent.com/o/r/<40 hex>/...). */
function urlRef(url: string, decides = true): IdReading {
  const source = sourceFromUrl(url);
  if (!source) return { kind: 'none' };
  const commit = source.revision !== undefined && isCommit(source.revision);
  return commit || decides ? ref(source, { pinned: commit }) : ref(source);
}

/** timm: `hf-hub:org/name[@rev]` (timm/models/_hub.py hf_split); an architecture name downloads `timm/<arch>`. */
function timmId(id: string, ctx: IdContext): IdReading {
  if (id.startsWith('hf-hub:')) {
    const r = hubId(id.slice(7), ctx, true);
    return r.kind === 'ref' && r.pinned === undefined
      ? { ...r, pinned: false, note: 'names no revision (timm reads `hf-hub:org/name@<commit>`)' }
      : r;
  }
  if (id.startsWith('local-dir:') || isLocalRef(id, ctx)) return { kind: 'local' };
  const arch = id.split('.')[0] ?? id;
  const source = hfSource(`timm/${id}`);
  if (!source || !/^[a-z0-9_]+$/i.test(arch)) return { kind: 'none' };
  return ref(source, {
    pinned: false,
    severity: 'low',
    note: 'downloads the pretrained weights timm publishes under timm/ at the default branch',
  });
}

/** open_clip: `hf-hub:org/name` is read at the default branch; it has no revision syntax (open_clip/factory.py). */
function openClipId(id: string, ctx: IdContext): IdReading {
  if (id.startsWith('local-dir:')) return { kind: 'local' };
  if (!id.startsWith('hf-hub:')) return { kind: 'none' };
  const r = hubId(id.slice(7), ctx, false);
  return r.kind === 'ref'
    ? { ...r, pinned: false, note: 'is read at the default branch (open_clip takes no revision)' }
    : r;
}

/** Kaggle model handle `owner/model/framework/variation[/version]` (kagglehub/handle.py). */
function kaggleModel(handle: string): IdReading {
  const parts = handle.replace(/^\/+|\/+$/g, '').split('/');
  if (parts.length < 4 || parts.length > 5 || parts.some((p) => p === '')) return { kind: 'none' };
  const version = parts[4];
  const pinned = version !== undefined && /^[1-9]\d*$/.test(version);
  return ref(
    {
      hub: 'kaggle',
      owner: parts[0]!,
      name: parts.slice(1, 4).join('/'),
      revision: version,
    },
    { pinned, note: pinned ? undefined : 'names no version (the latest version is downloaded)' },
  );
}

/** Kaggle dataset handle `owner/dataset[/versions/N]`. */
function kaggleDataset(handle: string): IdReading {
  const m = /^([^/\s]+)\/([^/\s]+)(?:\/versions\/(\d+))?\/?$/.exec(handle);
  if (!m) return { kind: 'none' };
  return ref(
    { hub: 'kaggle', owner: m[1]!, name: m[2]!, revision: m[3] },
    {
      pinned: m[3] !== undefined,
      note: m[3] ? undefined : 'names no version (the latest version is downloaded)',
    },
  );
}

/** KerasHub presets (keras_hub/src/utils/preset_utils.py get_file): hf://, kaggle://, modelscope://, built-in names. */
function kerasPreset(id: string, ctx: IdContext): IdReading {
  const scheme = /^([a-z]+):\/\//i.exec(id)?.[1]?.toLowerCase();
  if (scheme === 'hf') {
    const r = hubId(id.slice(5), ctx, false);
    return r.kind === 'ref'
      ? { ...r, pinned: false, note: 'is read at the default branch (hf:// presets take no revision)' }
      : r;
  }
  if (scheme === 'kaggle') return kaggleModel(id.slice(9));
  if (scheme === 'modelscope') {
    const m = /^([^/]+)\/([^/]+)$/.exec(id.slice(13));
    if (!m) return { kind: 'none' };
    return ref(
      { hub: 'modelscope', owner: m[1]!, name: m[2]! },
      { pinned: false, note: 'is read at the default branch' },
    );
  }
  if (scheme || isLocalRef(id, ctx) || id.includes('/')) return { kind: 'local' };
  return { kind: 'none' }; // a built-in preset: a versioned Kaggle handle inside the installed library
}

/** tensorflow_hub handles: tfhub.dev and Kaggle model URLs end in a version number; other URLs are archives. */
function tfhubHandle(id: string, ctx: IdContext): IdReading {
  if (!/^https?:\/\//i.test(id))
    return isLocalRef(id, ctx) || !id.includes('://') ? { kind: 'local' } : urlRef(id);
  const u = sourceFromUrl(id);
  if (!u) return { kind: 'none' };
  const parts = u.name.split('/');
  if (u.hub === 'url' && /(^|\.)kaggle\.com$/.test(u.owner) && parts[0] === 'models')
    return kaggleModel(parts.slice(1).join('/'));
  if (u.hub === 'url' && /(^|\.)tfhub\.dev$/.test(u.owner)) {
    const pinned = /^\d+$/.test(parts.at(-1) ?? '');
    return ref(u, { pinned, note: pinned ? undefined : 'names no version' });
  }
  return ref(u, { pinned: false, note: 'downloads an archive nothing checks' });
}

/** Ultralytics `YOLO("yolo11n.pt")`: a bare asset name is downloaded from GitHub ultralytics/assets releases (utils/downloads.py attempt_download_asset), unchecked. */
function ultralyticsId(id: string, ctx: IdContext): IdReading {
  if (/^https?:\/\//i.test(id)) return urlRef(id);
  if (isLocalRef(id, ctx) || /[/\\]/.test(id) || !/\.pt$/i.test(id)) return { kind: 'local' };
  return ref(
    { hub: 'github', owner: 'ultralytics', name: 'assets' },
    {
      pinned: false,
      note: 'is downloaded from the GitHub release assets of ultralytics/assets with no checksum, and loaded with torch.load',
    },
  );
}

/** torch.hub `owner/repo[:ref]` (torch/hub.py _parse_repo_info); anything else is a local directory. */
function githubRepo(id: string): IdReading {
  const m = /^([^/:\s]+)\/([^/:\s]+)(?::(.+))?$/.exec(id);
  if (!m) return { kind: 'local' };
  const revision = m[3];
  return ref(
    { hub: 'github', owner: m[1]!, name: m[2]!, revision },
    { pinned: revision !== undefined && isCommit(revision) },
  );
}

/** Ollama names: `model[:tag]`, `ns/model`, `host/ns/model`; `hf.co/owner/repo[:quant]` pulls from Hugging Face. */
export function ollamaId(name: string): IdReading {
  if (/^[.~/]|\.(gguf|bin|safetensors)$/i.test(name) || name.includes('$')) return { kind: 'local' };
  const digest = /@sha256:[0-9a-f]{64}$/.exec(name);
  const bare = (digest ? name.slice(0, digest.index) : name).replace(/^https?:\/\//, '');
  const colon = bare.indexOf(':', bare.lastIndexOf('/') + 1);
  const path = colon >= 0 ? bare.slice(0, colon) : bare;
  const tag = colon >= 0 ? bare.slice(colon + 1) : 'latest';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { kind: 'none' };
  const revision = digest ? digest[0].slice(1) : tag;
  const host = parts.length === 3 ? parts[0]! : 'registry.ollama.ai';
  const namespace = parts.length >= 2 ? parts.at(-2)! : 'library';
  const source = ollamaSource(host, namespace, parts.at(-1)!, revision);
  return source ? ref(source, { pinned: Boolean(digest) }) : { kind: 'none' };
}

/** diffusers `custom_pipeline`: a Hub repo with pipeline.py, a community pipeline name (GitHub huggingface/diffusers), or a folder. */
function diffusersPipeline(id: string, ctx: IdContext): IdReading {
  if (isLocalRef(id, ctx)) return { kind: 'local' };
  if (id.includes('/')) return hubId(id, ctx, false);
  if (!/^[\w.-]+$/.test(id)) return { kind: 'none' };
  return ref({ hub: 'github', owner: 'huggingface', name: 'diffusers' });
}

/** NeMo `from_pretrained`: `org/name` is a Hub repo (no revision parameter); other names are NGC catalog entries the installed NeMo lists with versions. */
function nemoId(id: string, ctx: IdContext): IdReading {
  if (isLocalRef(id, ctx)) return { kind: 'local' };
  if (!id.includes('/')) return { kind: 'none' };
  const r = hubId(id, ctx, false);
  return r.kind === 'ref'
    ? { ...r, pinned: false, note: "has no revision (NeMo's from_pretrained takes none)" }
    : r;
}

function modelscopeId(id: string, ctx: IdContext): IdReading {
  if (isLocalRef(id, ctx)) return { kind: 'local' };
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(id);
  return m ? ref({ hub: 'modelscope', owner: m[1]!, name: m[2]! }) : { kind: 'none' };
}

/** `spacy download NAME`: the latest compatible release from GitHub explosion/spacy-models, unless NAME-VERSION with --direct. */
function spacyId(id: string): IdReading {
  const m = /^([a-z]{2,3}_[\w]+?)(?:-(\d+\.\d+\.\d+))?$/.exec(id);
  if (!m) return { kind: 'none' };
  const source: ModelSource = {
    hub: 'github',
    owner: 'explosion',
    name: 'spacy-models',
    revision: m[2] ? `${m[1]}-${m[2]}` : undefined,
  };
  return m[2]
    ? ref(source)
    : ref(source, { pinned: false, note: 'names no version (the latest compatible release is installed)' });
}

export function readId(form: IdForm, id: string, ctx: IdContext): IdReading {
  switch (form) {
    case 'hub-id':
      return hubId(id, ctx, false);
    case 'hub-id-at':
      return hubId(id, ctx, true);
    case 'timm':
      return timmId(id, ctx);
    case 'open-clip':
      return openClipId(id, ctx);
    case 'keras-preset':
      return kerasPreset(id, ctx);
    case 'kaggle-model':
      return kaggleModel(id);
    case 'kaggle-dataset':
      return kaggleDataset(id);
    case 'tfhub':
      return tfhubHandle(id, ctx);
    case 'ultralytics':
      return ultralyticsId(id, ctx);
    case 'github-repo':
      return githubRepo(id);
    case 'ollama':
      return ollamaId(id);
    case 'diffusers-pipeline':
      return diffusersPipeline(id, ctx);
    case 'nemo':
      return nemoId(id, ctx);
    case 'modelscope':
      return modelscopeId(id, ctx);
    case 'url':
      return /^[a-z][a-z0-9+.-]*:\/\//i.test(id) ? urlRef(id, false) : { kind: 'local' };
    case 'spacy':
      return spacyId(id);
    case 'torchvision-weights':
      // The weights enum names a file on download.pytorch.org inside the installed torchvision.
      return ref({ hub: 'url', owner: 'download.pytorch.org', name: id.split('.').slice(-2).join('.') });
  }
}

/** What kind of ref a revision string is, for messages. */
export function describeRef(ref: string): string {
  if (/^refs\/pr\/\d+$/.test(ref)) return 'a pull-request ref';
  if (/^[0-9a-fA-F]{7,39}$/.test(ref))
    return 'a short commit prefix (Hugging Face resolves only full hashes)';
  if (/^[0-9A-F]{40}$/i.test(ref)) return 'an upper-case hash (Hugging Face matches only lower-case commits)';
  if (/^v?\d+(\.\d+)*([-.]?\w+)?$/.test(ref)) return 'a tag';
  if (ref === '') return 'empty';
  return 'a branch or tag';
}
