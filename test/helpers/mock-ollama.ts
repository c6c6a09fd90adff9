/**
 * A mock Ollama registry on 127.0.0.1 with the registry API shapes `ollama pull` reads (ollama
 * server/images.go, server/download.go): GET /v2/<ns>/<model>/manifests/<tag> answers the Docker v2
 * manifest (config + layers with sha256 digests and media types application/vnd.ollama.image.*);
 * GET /v2/<ns>/<model>/blobs/sha256:<hex> answers the blob, with Range. Counts body bytes served.
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

export class MockOllama {
  bytesServed = 0;
  url = '';
  private server!: Server;
  private readonly models: Record<string, MockLayer[]>;
  private readonly blobs = new Map<string, Buffer>();

  /** `models`: `namespace/model:tag` → its layers (the config layer is made up). */
  constructor(models: Record<string, MockLayer[]>) {
    this.models = models;
    for (const layers of Object.values(models))
      for (const l of layers) this.blobs.set(`sha256:${sha256(l.data)}`, l.served ?? l.data);
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
      const m = /^\/v2\/([^/]+)\/([^/]+)\/(manifests|blobs)\/([^/]+)$/.exec(req.url ?? '');
      if (!m) return send(404, Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}'));
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
