/**
 * An Ollama model in a registry as a Source: `ollama://[REGISTRY/]NAMESPACE/MODEL:TAG`, read the way
 * `ollama pull` reads it (ollama server/images.go `pullModelManifest`, server/download.go):
 * GET /v2/<namespace>/<model>/manifests/<tag> with the Docker v2 manifest media type, then each
 * layer (GGUF model, template, params, license, system...) at /v2/<namespace>/<model>/blobs/<digest>,
 * range-read. Integrity is the manifest's sha256 layer digests (not hashed locally by a scan).
 */
import { ModelvetError } from '../../core/errors.ts';
import { ollamaSource } from '../../core/model-source.ts';
import { layerKind } from '../../verify/ollama.ts';
import type { HttpClient } from '../http/client.ts';
import { HttpByteSource } from '../http/byte-source.ts';
import type { ResolvedSource, SourceEntry } from '../source.ts';
import { createHash } from 'node:crypto';

export const DEFAULT_OLLAMA_REGISTRY = 'registry.ollama.ai';
const MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

export interface OllamaUrl {
  registry: string;
  namespace: string;
  model: string;
  tag: string;
}

export function parseOllamaUrl(input: string): OllamaUrl {
  const m = /^ollama:\/\/(.+)$/i.exec(input);
  const parts = m ? m[1]!.split('/') : [];
  const registry =
    parts.length === 3 || (parts.length === 2 && /[.:]/.test(parts[0]!)) ? parts.shift()! : undefined;
  const last = parts.pop() ?? '';
  const [model, tag = 'latest'] = last.split(':');
  const namespace = parts.pop() ?? 'library';
  const ok = /^[a-z0-9][\w.-]*$/i;
  if (
    !m ||
    parts.length ||
    !model ||
    !ok.test(model) ||
    !ok.test(namespace) ||
    !/^[\w][\w.-]{0,127}$/.test(tag)
  )
    throw new ModelvetError('USAGE', `${input}: expected ollama://[REGISTRY/]NAMESPACE/MODEL:TAG`);
  return { registry: registry ?? DEFAULT_OLLAMA_REGISTRY, namespace, model, tag };
}

interface Layer {
  mediaType?: string;
  digest: string;
  size: number;
}

function readManifest(body: Buffer, input: string): Layer[] {
  const bad = () =>
    new ModelvetError('REMOTE_BAD_RESPONSE', `${input}: the registry sent a manifest modelvet cannot read`);
  let m: { config?: Layer; layers?: Layer[] };
  try {
    m = JSON.parse(body.toString('utf8'));
  } catch {
    throw bad();
  }
  const layers = [...(m.config ? [m.config] : []), ...(Array.isArray(m.layers) ? m.layers : [])];
  for (const l of layers)
    if (
      typeof l?.digest !== 'string' ||
      !/^sha256:[0-9a-f]{64}$/.test(l.digest) ||
      !Number.isSafeInteger(l.size) ||
      l.size < 0
    )
      throw bad();
  return layers;
}

export interface OllamaOpenOptions {
  client: HttpClient;
  /** Base URL of the registry (default https://<registry>); tests and mirrors. */
  registryUrl?: string;
}

export async function openOllamaSource(
  input: string,
  options: OllamaOpenOptions,
): Promise<ResolvedSource & { manifest: Buffer; url: OllamaUrl }> {
  const url = parseOllamaUrl(input);
  const base = (options.registryUrl ?? `https://${url.registry}`).replace(/\/+$/, '');
  const name = `${url.namespace}/${url.model}`;
  const res = await options.client.get(
    `${base}/v2/${name}/manifests/${url.tag}`,
    { accept: MANIFEST_TYPES },
    input,
  );
  if (res.status === 404) throw new ModelvetError('REMOTE_NOT_FOUND', `${input}: model or tag not found`);
  if (res.status === 401 || res.status === 403)
    throw new ModelvetError('REMOTE_AUTH', `${input}: the registry refused access (HTTP ${res.status})`);
  if (res.status !== 200)
    throw new ModelvetError('REMOTE_BAD_RESPONSE', `${input}: the registry answered HTTP ${res.status}`);
  const layers = readManifest(res.body, input);
  const entries: SourceEntry[] = layers.map((l) => {
    const hex = l.digest.slice('sha256:'.length);
    const blobUrl = `${base}/v2/${name}/blobs/${l.digest}`;
    const kind = layerKind(l.mediaType);
    return {
      // Analyzers see the blob's name, as in a local Ollama store; reports show the layer kind.
      path: `blobs/sha256-${hex}`,
      label: kind,
      size: l.size,
      url: blobUrl,
      integrity: { sha256: hex },
      open: () => new HttpByteSource(options.client, blobUrl, l.size, `${input}/${kind}`),
    };
  });
  const model = ollamaSource(url.registry, url.namespace, url.model, url.tag)!;
  return {
    model,
    input,
    revision: url.tag,
    commit: `sha256:${createHash('sha256').update(res.body).digest('hex')}`,
    entries,
    client: options.client,
    bytesFetched: () => options.client.bytesReceived,
    manifest: res.body,
    url,
  };
}
