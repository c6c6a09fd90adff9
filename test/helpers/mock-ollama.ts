/**
 * A mock Ollama registry on 127.0.0.1 with the registry API shapes `ollama pull` reads (ollama
 * server/images.go, server/download.go): GET /v2/<ns>/<model>/manifests/<tag> answers the Docker v2
 * manifest (config + layers with sha256 digests and media types application/vnd.ollama.image.*);
 * GET /v2/<ns>/<model>/blobs/sha256:<hex> answers the blob, with Range. Counts body bytes served.
 *
 * With `auth`, it asks for a token as registries do (distribution spec, "Token Authentication
 * Specification"): a request without `Authorization: Bearer <token for its repository>` gets 401
 * with `WWW-Authenticate: Bearer realm="<url>/token",service="mock-registry",scope="repository:<ns>/<model>:pull"`;
 * GET /token?service=...&scope=... answers `{"token": ...}` (anonymously).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockLayer {
  mediaType: string;
  data: Buffer;
  /** Serve these bytes instead of `data` (a blob that does not match its digest). */
  served?: Buffer;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface MockOllamaOptions {
  /** Require a Bearer token from the realm. */
  auth?: boolean;
  /** The realm answers this status instead of a token. */
  realmStatus?: number;
  /** Cut the connection after `after` bytes of the next whole download of the blob `digest`, once. */
  cutOnce?: { digest: string; after: number };
}

export class MockOllama {
  bytesServed = 0;
  url = '';
  /** Token requests the realm answered, and the Authorization headers blob and manifest requests carried. */
  tokenRequests: string[] = [];
  authorizations: (string | undefined)[] = [];
  /** Blob paths asked for whole (no Range). */
  wholeDownloads: string[] = [];
  readonly options: MockOllamaOptions;
  private server!: Server;
  private readonly models: Record<string, MockLayer[]>;
  private readonly blobs = new Map<string, Buffer>();

  /** `models`: `namespace/model:tag` → its layers (the config layer is made up). */
  constructor(models: Record<string, MockLayer[]>, options: MockOllamaOptions = {}) {
    this.models = models;
    this.options = options;
    for (const layers of Object.values(models))
      for (const l of layers) this.blobs.set(`sha256:${sha256(l.data)}`, l.served ?? l.data);
  }

  /** The made-up config layer's digest (hex) and size for a model. */
  manifestConfigDigest(name: string): string {
    return (JSON.parse(this.manifest(name).toString()) as { config: { digest: string } }).config.digest.slice(
      7,
    );
  }

  manifestConfigSize(name: string): number {
    return (JSON.parse(this.manifest(name).toString()) as { config: { size: number } }).config.size;
  }

  manifest(name: string): Buffer {
    const layers = this.models[name]!;
    const config = Buffer.from(JSON.stringify({ model_format: 'gguf', model_family: 'llama' }));
    this.blobs.set(`sha256:${sha256(config)}`, config);
    return Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: {
          mediaType: 'application/vnd.docker.container.image.v1+json',
          digest: `sha256:${sha256(config)}`,
          size: config.length,
        },
        layers: layers.map((l) => ({
          mediaType: l.mediaType,
          digest: `sha256:${sha256(l.data)}`,
          size: l.data.length,
        })),
      }),
    );
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const send = (status: number, body: Buffer, headers: Record<string, string> = {}) => {
        this.bytesServed += body.length;
        res.writeHead(status, { 'content-length': String(body.length), ...headers });
        res.end(body);
      };
      const u = new URL(req.url ?? '/', this.url);
      if (u.pathname === '/token') {
        const scope = u.searchParams.get('scope') ?? '';
        this.tokenRequests.push(`${u.searchParams.get('service')} ${scope}`);
        if (this.options.realmStatus) return send(this.options.realmStatus, Buffer.from('{}'));
        return send(
          200,
          Buffer.from(JSON.stringify({ token: `tok.${Buffer.from(scope).toString('hex')}` })),
          {
            'content-type': 'application/json',
          },
        );
      }
      const m = /^\/v2\/([^/]+)\/([^/]+)\/(manifests|blobs)\/([^/]+)$/.exec(u.pathname);
      if (!m) return send(404, Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}'));
      this.authorizations.push(req.headers.authorization);
      if (this.options.auth) {
        const scope = `repository:${m[1]}/${m[2]}:pull`;
        if (req.headers.authorization !== `Bearer tok.${Buffer.from(scope).toString('hex')}`)
          return send(401, Buffer.from('{"errors":[{"code":"UNAUTHORIZED"}]}'), {
            'www-authenticate': `Bearer realm="${this.url}/token",service="mock-registry",scope="${scope}"`,
          });
      }
      if (m[3] === 'manifests') {
        const name = `${m[1]}/${m[2]}:${m[4]}`;
        if (!this.models[name]) return send(404, Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}'));
        return send(200, this.manifest(name), {
          'content-type': 'application/vnd.docker.distribution.manifest.v2+json',
        });
      }
      const blob = this.blobs.get(decodeURIComponent(m[4]!));
      if (!blob) return send(404, Buffer.from('{"errors":[{"code":"BLOB_UNKNOWN"}]}'));
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
      if (!range) this.wholeDownloads.push(m[4]!);
      const cut = this.options.cutOnce;
      if (!range && cut && decodeURIComponent(m[4]!) === cut.digest) {
        this.options.cutOnce = undefined;
        this.bytesServed += cut.after;
        res.writeHead(200, { 'content-length': String(blob.length) });
        res.write(blob.subarray(0, cut.after), () => res.destroy());
        return;
      }
      if (!range) return send(200, blob);
      const start = Number(range[1]);
      const end = Math.min(blob.length, range[2] ? Number(range[2]) + 1 : blob.length);
      send(206, blob.subarray(start, end), { 'content-range': `bytes ${start}-${end - 1}/${blob.length}` });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}
