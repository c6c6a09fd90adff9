/**
 * A mock Hugging Face Hub on 127.0.0.1 with the real API shapes (huggingface_hub hf_api.py and
 * file_download.py): GET /api/models/{repo}/revision/{rev} → {id, sha, siblings};
 * GET /api/models/{repo}/tree/{rev}?recursive=true → [{type, oid, size, path, lfs}] paginated by
 * `Link: <...>; rel="next"`; GET /{repo}/resolve/{rev}/{path} → 302 to a second "CDN" server with
 * X-Repo-Commit, ETag, X-Linked-Size, X-Linked-Etag; the CDN honours Range. Errors carry
 * X-Error-Code (RepoNotFound 401, RevisionNotFound 404, GatedRepo 401). Files may be synthesised
 * (a 2 GiB safetensors file is never in memory); every body byte served is counted.
 *
 * Xet-backed files (`xet: true`) are listed with `xetHash` beside `lfs` (the shape of
 * @huggingface/hub's ApiIndexTreeEntry; `xetOnly` leaves `lfs` out), and `resolve/` answers for them
 * as the Hub does: a request accepting `application/vnd.xet-fileinfo+json` (what the library's
 * fileDownloadInfo sends) gets that JSON with X-Xet-Hash, X-Linked-Size, X-Linked-ETag and the
 * `xet-auth` / `xet-reconstruction-info` Link relations; any other request a 302 to a third server,
 * the Xet CAS bridge, which honours Range. The mock's Xet hash is a stand-in of the real one's shape
 * (64 hex digits), not the real Merkle hash.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockFile {
  size: number;
  /** Bytes [start, end). */
  slice(start: number, end: number): Buffer;
  /** sha256 stated by the LFS pointer (default: computed from the content for files under 64 MiB). */
  lfsSha256?: string;
  lfs?: boolean;
  /** Stored with Xet (listed with `xetHash`, served through the Xet bridge). */
  xet?: boolean;
  /** Xet-backed with no `lfs` entry in the listing (no sha256 stated). */
  xetOnly?: boolean;
  /** The Xet hash `resolve/` states, when it differs from the listing's (an inconsistent mirror). */
  xetHashAtResolve?: string;
}

export interface MockRepo {
  commit: string;
  /** Branch and tag names that resolve to `commit`. */
  refs?: string[];
  files: Record<string, MockFile>;
  gated?: boolean;
}

export interface MockHubOptions {
  repos: Record<string, MockRepo>;
  /** Tree entries per page (pagination through Link headers). */
  pageSize?: number;
  /** Answer this many requests with 429 (Retry-After: 0) before serving. */
  rateLimit?: number;
  /** Token the gated repos accept. */
  token?: string;
  /** Cut the connection after `after` body bytes of the next whole-file download of `path`, once. */
  cutOnce?: { path: string; after: number };
  /** Send `after` body bytes of the next whole-file download of `path`, then nothing more (a stalled transfer), once. */
  stallOnce?: { path: string; after: number };
  /** Answer this many hub requests with 503 before serving (a flaky hub). */
  unavailable?: number;
  /** Retry-After sent with the 429s and 503s (default `0`). */
  retryAfter?: string;
  /** Hold every hub and CDN request this long before answering (to see concurrency). */
  delayMs?: number;
  /** The CDN ignores Range and sends whole files (as a misconfigured mirror might). */
  ignoreRange?: boolean;
  /** Answer the tree listing with this body instead (a hostile or broken mirror). */
  treeBody?: string;
  /** Point the first tree page's `next` link here. */
  nextLink?: string;
  /** Send whole-file downloads of `path` in `chunks` pieces, one every `everyMs` (a slow link). */
  trickle?: { path: string; chunks: number; everyMs: number };
}

/** The mock's stand-in Xet hash of a file (the real one is a Merkle hash over chunks). */
export const mockXetHash = (f: MockFile): string =>
  createHash('sha256')
    .update('xet\0')
    .update(f.slice(0, Math.min(f.size, 1 << 20)))
    .digest('hex');

export const bufferFile = (data: Buffer, lfs = false): MockFile => ({
  size: data.length,
  slice: (s, e) => data.subarray(s, e),
  lfs,
});

export function gitBlobId(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

export class MockHub {
  bytesServed = 0;
  requests: string[] = [];
  /** Authorization headers the CDN received (must stay empty: the token is for the hub only). */
  cdnAuth: string[] = [];
  /** Paths the Xet bridge was asked for, with their Range header. */
  xetRequests: string[] = [];
  /** Requests in flight at once on the hub and CDN (per server), and the most seen. */
  inFlight = { hub: 0, cdn: 0 };
  maxInFlight = { hub: 0, cdn: 0 };
  url = '';
  private hub!: Server;
  private cdn!: Server;
  private xet!: Server;
  private cdnUrl = '';
  private xetUrl = '';
  private rateLimited = 0;
  private unavailableSent = 0;
  /** When each hub request arrived (ms since the epoch). */
  requestTimes: number[] = [];
  readonly options: MockHubOptions;

  constructor(options: MockHubOptions) {
    this.options = options;
  }

  async start(): Promise<this> {
    this.hub = createServer(this.counted('hub', (req, res) => this.route(req, res)));
    this.cdn = createServer(this.counted('cdn', (req, res) => this.serveCdn(req, res)));
    this.xet = createServer((req, res) => this.serveXet(req, res));
    this.url = await listen(this.hub);
    this.cdnUrl = await listen(this.cdn);
    this.xetUrl = await listen(this.xet);
    return this;
  }

  async stop(): Promise<void> {
    for (const s of [this.hub, this.cdn, this.xet]) s.closeAllConnections();
    await Promise.all([close(this.hub), close(this.cdn), close(this.xet)]);
  }

  /** Counts requests in flight until their answer is finished (or the connection closes). */
  private counted(
    server: 'hub' | 'cdn',
    handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
  ) {
    return (req: IncomingMessage, res: ServerResponse) => {
      this.inFlight[server]++;
      this.maxInFlight[server] = Math.max(this.maxInFlight[server], this.inFlight[server]);
      let done = false;
      const end = () => {
        if (!done) this.inFlight[server]--;
        done = true;
      };
      res.on('finish', end);
      res.on('close', end);
      const delay = this.options.delayMs ?? 0;
      if (delay) setTimeout(() => void handler(req, res), delay);
      else void handler(req, res);
    };
  }

  private send(
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    this.bytesServed += buf.length;
    res.writeHead(status, { 'content-length': String(buf.length), ...headers });
    res.end(buf);
  }

  private error(res: ServerResponse, status: number, code: string) {
    this.send(res, status, JSON.stringify({ error: code }), {
      'x-error-code': code,
      'content-type': 'application/json',
    });
  }

  private find(repoId: string, rev: string, req: IncomingMessage, res: ServerResponse) {
    const repo = this.options.repos[repoId];
    if (!repo) return this.error(res, 401, 'RepoNotFound');
    if (repo.gated && req.headers.authorization !== `Bearer ${this.options.token}`)
      return this.error(res, 401, 'GatedRepo');
    if (rev !== repo.commit && !(repo.refs ?? ['main']).includes(rev))
      return this.error(res, 404, 'RevisionNotFound');
    return repo;
  }

  private route(req: IncomingMessage, res: ServerResponse) {
    const u = new URL(req.url ?? '/', this.url);
    this.requests.push(u.pathname);
    this.requestTimes.push(Date.now());
    if (this.rateLimited < (this.options.rateLimit ?? 0)) {
      this.rateLimited++;
      return this.send(res, 429, 'slow down', { 'retry-after': this.options.retryAfter ?? '0' });
    }
    if (this.unavailableSent < (this.options.unavailable ?? 0)) {
      this.unavailableSent++;
      return this.send(res, 503, 'unavailable', { 'retry-after': this.options.retryAfter ?? '0' });
    }
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'api' && (parts[1] === 'models' || parts[1] === 'datasets')) {
      const repoId = `${parts[2]}/${parts[3]}`;
      const repo = this.find(repoId, parts[5] ?? '', req, res);
      if (!repo) return;
      if (parts[4] === 'revision') return this.revision(res, repoId, repo);
      if (parts[4] === 'tree') return this.tree(res, u, repo);
    }
    const offset = parts[0] === 'datasets' ? 1 : 0;
    if (parts[offset + 2] === 'resolve') {
      const repoId = `${parts[offset]}/${parts[offset + 1]}`;
      const repo = this.find(repoId, parts[offset + 3] ?? '', req, res);
      if (!repo) return;
      const path = parts.slice(offset + 4).join('/');
      const file = repo.files[path];
      if (!file) return this.error(res, 404, 'EntryNotFound');
      const etag = etagOf(file);
      if (file.xet || file.xetOnly) return this.resolveXet(req, res, repoId, repo, path, file);
      return this.send(res, 302, '', {
        location: `${this.cdnUrl}/${repoId}/${repo.commit}/${encodeURIComponent(path)}`,
        'x-repo-commit': repo.commit,
        etag: `"${etag}"`,
        'x-linked-size': String(file.size),
        'x-linked-etag': `"${etag}"`,
      });
    }
    this.error(res, 404, 'NotFound');
  }

  /** `resolve/` for a Xet-backed file: the file info JSON when asked for, else a 302 to the bridge. */
  private resolveXet(
    req: IncomingMessage,
    res: ServerResponse,
    repoId: string,
    repo: MockRepo,
    path: string,
    file: MockFile,
  ) {
    const hash = file.xetHashAtResolve ?? mockXetHash(file);
    const headers = {
      'x-repo-commit': repo.commit,
      'x-linked-size': String(file.size),
      'x-linked-etag': `"${etagOf(file)}"`,
      etag: `"${etagOf(file)}"`,
      'x-xet-hash': hash,
      link: [
        `<${this.url}/api/models/${repoId}/xet-read-token/${repo.commit}>; rel="xet-auth"`,
        `<${this.xetUrl}/v1/reconstructions/${hash}>; rel="xet-reconstruction-info"`,
      ].join(', '),
    };
    if (String(req.headers.accept ?? '').includes('application/vnd.xet-fileinfo+json'))
      return this.send(
        res,
        200,
        JSON.stringify({
          casUrl: this.xetUrl,
          hash,
          refreshUrl: `${this.url}/api/models/${repoId}/xet-read-token/${repo.commit}`,
          reconstructionUrl: `${this.xetUrl}/v1/reconstructions/${hash}`,
          etag: etagOf(file),
          size: file.size,
        }),
        { ...headers, 'content-type': 'application/vnd.xet-fileinfo+json' },
      );
    return this.send(res, 302, '', {
      ...headers,
      location: `${this.xetUrl}/xet-bridge/${repoId}/${repo.commit}/${encodeURIComponent(path)}`,
    });
  }

  /** The Xet CAS bridge: the file's bytes by its path, with Range. */
  private serveXet(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization) this.cdnAuth.push(req.headers.authorization);
    const parts = new URL(req.url ?? '/', this.xetUrl).pathname
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    this.xetRequests.push(`${parts.slice(4).join('/')} ${req.headers.range ?? 'whole'}`);
    const file = this.options.repos[`${parts[1]}/${parts[2]}`]?.files[parts.slice(4).join('/')];
    if (parts[0] !== 'xet-bridge' || !file) return this.send(res, 404, 'not found');
    this.serveBytes(req, res, file, parts.slice(4).join('/'));
  }

  private revision(res: ServerResponse, id: string, repo: MockRepo) {
    const siblings = Object.keys(repo.files).map((rfilename) => ({ rfilename }));
    this.send(res, 200, JSON.stringify({ id, sha: repo.commit, siblings }), {
      'content-type': 'application/json',
    });
  }

  private tree(res: ServerResponse, u: URL, repo: MockRepo) {
    if (this.options.treeBody !== undefined)
      return this.send(res, 200, this.options.treeBody, { 'content-type': 'application/json' });
    if (this.options.nextLink && !u.searchParams.has('cursor'))
      return this.send(res, 200, '[]', {
        'content-type': 'application/json',
        link: `<${this.options.nextLink}>; rel="next"`,
      });
    const all = Object.entries(repo.files).map(([path, f]) => treeItem(path, f));
    const size = this.options.pageSize ?? 1000;
    const cursor = Number(u.searchParams.get('cursor') ?? 0);
    const page = all.slice(cursor, cursor + size);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cursor + size < all.length) {
      const next = new URL(u.href);
      next.searchParams.set('cursor', String(cursor + size));
      headers.link = `<${next.href}>; rel="next"`;
    }
    this.send(res, 200, JSON.stringify(page), headers);
  }

  private serveCdn(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.authorization) this.cdnAuth.push(req.headers.authorization);
    const parts = new URL(req.url ?? '/', this.cdnUrl).pathname
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    const repo = this.options.repos[`${parts[0]}/${parts[1]}`];
    const file = repo?.files[parts.slice(3).join('/')];
    if (!file) return this.error(res, 404, 'EntryNotFound');
    this.serveBytes(req, res, file, parts.slice(3).join('/'));
  }

  /**
   * A file's bytes, whole or the asked Range, with its ETag (as S3 and CloudFront send one); the
   * `cutOnce` / `stallOnce` faults apply to a whole-file download of `path`.
   */
  private serveBytes(req: IncomingMessage, res: ServerResponse, file: MockFile, path: string) {
    const range = this.options.ignoreRange
      ? null
      : /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
    const cut = this.options.cutOnce;
    if (!range && cut && path === cut.path) {
      this.options.cutOnce = undefined;
      const body = file.slice(0, cut.after);
      this.bytesServed += body.length;
      res.writeHead(200, { 'content-length': String(file.size) });
      res.write(body, () => res.destroy());
      return;
    }
    const stall = this.options.stallOnce;
    if (!range && stall && path === stall.path) {
      this.options.stallOnce = undefined;
      res.writeHead(200, { 'content-length': String(file.size) });
      res.write(file.slice(0, stall.after));
      this.bytesServed += stall.after;
      return;
    }
    const etag = { etag: `"${etagOf(file)}"`, 'accept-ranges': 'bytes' };
    const trickle = this.options.trickle;
    if (!range && trickle && path === trickle.path) {
      res.writeHead(200, { 'content-length': String(file.size), ...etag });
      const step = Math.ceil(file.size / trickle.chunks);
      let at = 0;
      const next = () => {
        const body = file.slice(at, Math.min(file.size, at + step));
        at += body.length;
        this.bytesServed += body.length;
        if (at >= file.size) return res.end(body);
        res.write(body);
        setTimeout(next, trickle.everyMs);
      };
      return next();
    }
    if (!range) return this.send(res, 200, file.slice(0, file.size), etag);
    const start = Number(range[1]);
    const end = Math.min(file.size, range[2] ? Number(range[2]) + 1 : file.size);
    if (start >= file.size) return this.send(res, 416, '', { 'content-range': `bytes */${file.size}` });
    this.send(res, 206, file.slice(start, end), {
      ...etag,
      'content-range': `bytes ${start}-${end - 1}/${file.size}`,
    });
  }
}

const lfsSha = (f: MockFile) => f.lfsSha256 ?? createHash('sha256').update(f.slice(0, f.size)).digest('hex');
const isLfs = (f: MockFile) => f.lfs || f.xet || f.xetOnly || f.size > 10 * 1024 * 1024;

/** The ETag the Hub states for a file: the sha256 for an LFS/Xet file, else the git blob id. */
function etagOf(f: MockFile): string {
  return isLfs(f) ? lfsSha(f) : gitBlobId(f.slice(0, f.size));
}

function treeItem(path: string, f: MockFile) {
  if (!isLfs(f)) return { type: 'file', path, size: f.size, oid: gitBlobId(f.slice(0, f.size)) };
  const sha = lfsSha(f);
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${sha}\nsize ${f.size}\n`;
  return {
    type: 'file',
    path,
    size: f.size,
    oid: gitBlobId(Buffer.from(pointer)),
    ...(f.xetOnly ? {} : { lfs: { oid: sha, size: f.size, pointerSize: pointer.length } }),
    ...(f.xet || f.xetOnly ? { xetHash: mockXetHash(f) } : {}),
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
