/**
 * A Hugging Face Hub repository as a Source: the revision resolved to a commit, the tree listed
 * recursively (sizes, blob ids, LFS sha256, Xet hashes), each file readable through an
 * HttpByteSource on `/{repo}/resolve/{commit}/{path}`.
 *
 * The revision and the tree come from the maintained client, @huggingface/hub (`modelInfo` /
 * `datasetInfo` with the `sha` field: GET /api/{models|datasets}/{repo}/revision/{rev}; `listFiles`:
 * GET /api/{type}s/{repo}/tree/{rev}?recursive=true, paginated by `Link: rel="next"`), given the
 * hub URL (a mirror, HF_ENDPOINT) and our fetch (hub-fetch.ts: limits, retries, byte count, token,
 * same-origin only). Errors are read from the `X-Error-Code` header as huggingface_hub does
 * (utils/_http.py `hf_raise_for_status`). Before a pull downloads a file, the library's
 * `fileDownloadInfo` (a `Range: bytes=0-0` GET of resolve/) states its size and Xet hash, checked
 * against the listing. `pathsInfo` is not used: it answers the tree's own fields for named paths
 * (the recursive listing already has them all) and is a POST, which hub-fetch.ts does not send.
 *
 * The range reads do not use the library: its `downloadFile` gives a Blob (WebBlob) whose
 * `slice().arrayBuffer()` reads a range but keeps no block cache (analyzers read the same header,
 * directory and record areas many times in small pieces), does not check that the server honoured
 * Range (a 200 carrying a 2 GiB body would be read into memory) nor that the length matches, and
 * counts nothing per file; HttpByteSource does those four things. For a Xet-backed file the
 * library's XetBlob would rebuild the content from CAS chunks (xorbs) instead; `resolve/` redirects
 * such a file to the Xet bridge, which serves the same bytes with Range, so one read path covers
 * LFS, Xet and plain git files.
 */
import { datasetInfo, fileDownloadInfo, listFiles, modelInfo } from '@huggingface/hub';
import { ModelvetError } from '../../core/errors.ts';
import { isCommit } from '../../core/model-source.ts';
import type { HttpClient } from '../http/client.ts';
import { HttpByteSource } from '../http/byte-source.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
import { hubFetch } from './hub-fetch.ts';
import { DEFAULT_HUB, type HfUrl, parseHfUrl } from './url.ts';

export { DEFAULT_HUB };

/** Files listed before the listing is refused as too large to vet (never silently cut short). */
export const MAX_TREE_FILES = 1_000_000;

const enc = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function resolveBase(hub: string, url: HfUrl): string {
  return `${hub}/${url.type === 'dataset' ? 'datasets/' : ''}${url.repo}`;
}

/** One line for a Hub answer that is not a success (never the token, which is only a header). */
function hubError(status: number, headers: Headers, url: HfUrl, hasToken: boolean): ModelvetError {
  const code = headers.get('x-error-code');
  const what = `hf://${url.type === 'dataset' ? 'datasets/' : ''}${url.repo}`;
  if (code === 'EntryNotFound')
    return new ModelvetError('REMOTE_NOT_FOUND', `${what}: a file in the tree listing is not on the Hub`);
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

const SHA256 = /^[0-9a-f]{64}$/;
const SHA1 = /^[0-9a-f]{40}$/;

async function resolveCommit(hub: string, url: HfUrl, fetch: typeof globalThis.fetch): Promise<string> {
  const params = { name: url.repo, revision: url.revision, hubUrl: hub, fetch };
  const info =
    url.type === 'dataset'
      ? await datasetInfo({ ...params, additionalFields: ['sha'] })
      : await modelInfo({ ...params, additionalFields: ['sha'] });
  const sha = (info as { sha?: unknown }).sha;
  if (typeof sha !== 'string' || !isCommit(sha))
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `hf://${url.repo}: the Hub gave no commit for ${url.revision}`,
    );
  return sha;
}

interface TreeFile {
  path: string;
  size: number;
  oid?: string;
  lfs?: { oid: string; size: number };
  xetHash?: string;
}

async function listTree(
  hub: string,
  url: HfUrl,
  commit: string,
  fetch: typeof globalThis.fetch,
): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  const repo = { type: url.type, name: url.repo };
  for await (const item of listFiles({ repo, revision: commit, recursive: true, hubUrl: hub, fetch })) {
    if (item?.type !== 'file') continue;
    if (typeof item.path !== 'string' || !Number.isSafeInteger(item.size) || item.size < 0)
      throw new ModelvetError(
        'REMOTE_BAD_RESPONSE',
        `hf://${url.repo}: the tree listing has an unreadable entry`,
      );
    if (files.length >= MAX_TREE_FILES)
      throw new ModelvetError(
        'REMOTE_BAD_RESPONSE',
        `hf://${url.repo}: the repository lists more than ${MAX_TREE_FILES} files; not scanned`,
      );
    files.push(item);
  }
  return files;
}

/** The Hub's integrity metadata of one tree entry, each digest only when well-formed. */
function integrityOf(item: TreeFile): SourceEntry['integrity'] {
  const lfsSha256 = item.lfs?.oid;
  return {
    lfsSha256: typeof lfsSha256 === 'string' && SHA256.test(lfsSha256) ? lfsSha256 : undefined,
    blobId: typeof item.oid === 'string' && SHA1.test(item.oid) ? item.oid : undefined,
    xetHash: typeof item.xetHash === 'string' && SHA256.test(item.xetHash) ? item.xetHash : undefined,
  };
}

/** The library's own failures (a reply that is not JSON, not a list, a bad link) as one line. */
async function unreadable<T>(url: HfUrl, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof ModelvetError) throw err;
    throw new ModelvetError(
      'REMOTE_BAD_RESPONSE',
      `hf://${url.repo}: the Hub sent a reply modelvet cannot read (${(err as Error).message})`,
      { cause: err },
    );
  }
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
  const fetch = hubFetch(client, hub, `hf://${url.repo}`, (status, headers) =>
    hubError(status, headers, url, options.hasToken),
  );
  const commit = await unreadable(url, resolveCommit(hub, url, fetch));
  const tree = await unreadable(url, listTree(hub, url, commit, fetch));
  const entries: SourceEntry[] = tree.map((item) => {
    const size = item.lfs?.size ?? item.size;
    const fileUrl = `${resolveBase(hub, url)}/resolve/${commit}/${enc(item.path)}`;
    return {
      path: item.path,
      size,
      url: fileUrl,
      integrity: integrityOf(item),
      open: () => new HttpByteSource(client, fileUrl, size, `${input}/${item.path}`),
      describe: async () => {
        // @huggingface/hub's file info: a `Range: bytes=0-0` GET of resolve/ accepting the Xet
        // file-info JSON, read for X-Linked-Size (or Content-Range) and X-Xet-Hash.
        const info = await fileDownloadInfo({
          repo: { type: url.type, name: url.repo },
          path: enc(item.path),
          revision: commit,
          hubUrl: hub,
          fetch,
        });
        if (!info)
          throw new ModelvetError(
            'REMOTE_NOT_FOUND',
            `${input}/${item.path}: listed, but the Hub has no such file`,
          );
        return { size: info.size, xetHash: info.xet?.hash };
      },
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
