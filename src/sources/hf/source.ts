/**
 * A Hugging Face Hub repository as a Source: the revision resolved to a commit, the tree listed
 * recursively (sizes, blob ids, LFS sha256), each file readable through an HttpByteSource on
 * `/{repo}/resolve/{commit}/{path}`.
 *
 * API shapes as huggingface_hub reads them (src/huggingface_hub/hf_api.py: `repo_info` →
 * GET /api/{models|datasets}/{repo}/revision/{rev}; `list_repo_tree` → GET
 * /api/{type}s/{repo}/tree/{rev}?recursive=true, paginated by the `Link: <...>; rel="next"` header;
 * errors by the `X-Error-Code` header, utils/_http.py `hf_raise_for_status`).
 *
 * Not yet on `@huggingface/hub`: these three calls are written here against the same endpoints
 * (it does support a custom hubUrl and ranged downloads, so moving to it is the planned next
 * step); the range reads go through our HttpClient for the per-host limit, retries and byte count.
 */
import { ModelvetError } from '../../core/errors.ts';
import { isCommit } from '../../core/model-source.ts';
import type { HttpClient } from '../http/client.ts';
import { HttpByteSource } from '../http/byte-source.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
import { type HfUrl, parseHfUrl } from './url.ts';

export const DEFAULT_HUB = 'https://huggingface.co';

interface TreeItem {
  type: 'file' | 'directory';
  path: string;
  size?: number;
  oid?: string;
  lfs?: { oid?: string; sha256?: string; size?: number };
}

const enc = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function apiBase(hub: string, url: HfUrl): string {
  return `${hub}/api/${url.type === 'dataset' ? 'datasets' : 'models'}/${url.repo}`;
}

function resolveBase(hub: string, url: HfUrl): string {
  return `${hub}/${url.type === 'dataset' ? 'datasets/' : ''}${url.repo}`;
}

/** One line for a Hub answer that is not a success (never the token, which is only a header). */
function hubError(status: number, headers: Headers, url: HfUrl, hasToken: boolean): ModelvetError {
  const code = headers.get('x-error-code');
  const what = `hf://${url.type === 'dataset' ? 'datasets/' : ''}${url.repo}`;
  if (code === 'RevisionNotFound')
    return new ModelvetError('REMOTE_NOT_FOUND', `${what}: revision ${url.revision} not found`);
  if (code === 'GatedRepo' || (status === 403 && !code))
    return new ModelvetError(
      'REMOTE_AUTH',
      hasToken
        ? `${what}: gated repository; the token given has no access (accept its conditions on the Hub)`
        : `${what}: gated repository; set HF_TOKEN or pass --token-file`,
    );
  if (code === 'RepoNotFound' || status === 404 || status === 401)
    return new ModelvetError(
      status === 401 && !hasToken ? 'REMOTE_AUTH' : 'REMOTE_NOT_FOUND',
      status === 401 && !hasToken
        ? `${what}: repository not found, or private/gated (set HF_TOKEN or pass --token-file)`
        : `${what}: repository not found`,
    );
  return new ModelvetError('REMOTE_BAD_RESPONSE', `${what}: the Hub answered HTTP ${status}`);
}

async function getJson(client: HttpClient, href: string, url: HfUrl, hasToken: boolean) {
  const res = await client.get(href, { accept: 'application/json' }, `hf://${url.repo}`);
  if (res.status !== 200) throw hubError(res.status, res.headers, url, hasToken);
  try {
    return { json: JSON.parse(res.body.toString('utf8')) as unknown, headers: res.headers };
  } catch {
    throw new ModelvetError('REMOTE_BAD_RESPONSE', `hf://${url.repo}: the Hub sent a reply that is not JSON`);
  }
}

async function resolveCommit(
  client: HttpClient,
  hub: string,
  url: HfUrl,
  hasToken: boolean,
): Promise<string> {
  const { json } = await getJson(
    client,
    `${apiBase(hub, url)}/revision/${encodeURIComponent(url.revision)}`,
    url,
    hasToken,
  );
  const sha = (json as { sha?: unknown }).sha;
  if (typeof sha !== 'string' || !isCommit(sha))
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `hf://${url.repo}: the Hub gave no commit for ${url.revision}`,
    );
  return sha;
}

/** `<https://...>; rel="next"` from a Link header. */
export function nextLink(link: string | null): string | undefined {
  return link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
}

async function listTree(
  client: HttpClient,
  hub: string,
  url: HfUrl,
  commit: string,
  hasToken: boolean,
): Promise<TreeItem[]> {
  const items: TreeItem[] = [];
  let href: string | undefined = `${apiBase(hub, url)}/tree/${commit}?recursive=true&expand=false`;
  for (let page = 0; href && page < 10_000; page++) {
    const { json, headers } = await getJson(client, href, url, hasToken);
    if (!Array.isArray(json))
      throw new ModelvetError('REMOTE_BAD_RESPONSE', `hf://${url.repo}: the tree listing is not a list`);
    items.push(...(json as TreeItem[]));
    const next = nextLink(headers.get('link'));
    // Pagination may only continue on the same hub (a hostile mirror must not send us elsewhere).
    href = next && new URL(next, hub).origin === new URL(hub).origin ? new URL(next, hub).href : undefined;
  }
  return items.filter((i) => i.type === 'file' && typeof i.path === 'string');
}

export interface HfOpenOptions {
  hubUrl?: string;
  client: HttpClient;
  hasToken: boolean;
}

export async function openHfSource(input: string, options: HfOpenOptions): Promise<ResolvedSource> {
  const url = parseHfUrl(input);
  const hub = (options.hubUrl ?? DEFAULT_HUB).replace(/\/+$/, '');
  const { client } = options;
  const commit = await resolveCommit(client, hub, url, options.hasToken);
  const tree = await listTree(client, hub, url, commit, options.hasToken);
  const entries: SourceEntry[] = tree.map((item) => {
    const size = item.lfs?.size ?? item.size ?? 0;
    const fileUrl = `${resolveBase(hub, url)}/resolve/${commit}/${enc(item.path)}`;
    const lfsSha256 = item.lfs?.oid ?? item.lfs?.sha256;
    return {
      path: item.path,
      size,
      url: fileUrl,
      integrity: { ...(lfsSha256 ? { lfsSha256 } : {}), ...(item.oid ? { blobId: item.oid } : {}) },
      open: () => new HttpByteSource(client, fileUrl, size, `${input}/${item.path}`),
    };
  });
  return {
    model: url.model,
    input,
    revision: url.revision,
    commit,
    entries,
    client,
    bytesFetched: () => client.bytesReceived,
  };
}
