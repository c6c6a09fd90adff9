/**
 * pull ollama://: every blob downloaded once and its sha256 checked while it streams, then placed
 * into an Ollama models folder as `ollama pull` lays it out (ollama server/modelpath.go):
 * `blobs/sha256-<hex>` and `manifests/<registry>/<namespace>/<model>/<tag>`. Blobs are staged in
 * `<models>/.modelvet-staging/` and renamed into blobs/ only when all verified; the manifest,
 * which is what makes Ollama see the model, is renamed into place last.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { HttpClient } from '../http/client.ts';
import { downloadVerified, exists, type PlaceOptions, type PlaceResult } from '../hf/pull.ts';
import type { ResolvedSource } from '../source.ts';
import type { OllamaUrl } from './source.ts';

export async function placeOllama(
  client: HttpClient,
  source: ResolvedSource & { manifest: Buffer; url: OllamaUrl },
  models: string,
  options: Pick<PlaceOptions, 'signal' | 'onProgress'>,
): Promise<PlaceResult> {
  const staging = join(models, '.modelvet-staging');
  await mkdir(staging, { recursive: true });
  const totalBytes = source.entries.reduce((n, e) => n + e.size, 0);
  let doneBytes = 0;
  let downloaded = 0;
  let reused = 0;
  const filesTotal = source.entries.length;
  for (const [filesDone, e] of source.entries.entries()) {
    const hex = e.integrity.sha256!;
    if ((await exists(join(staging, hex))) || (await exists(join(models, 'blobs', `sha256-${hex}`)))) {
      reused += e.size;
      doneBytes += e.size;
      continue;
    }
    await downloadVerified(client, e, join(staging, hex), { type: 'models', ...options }, (n) => {
      doneBytes += n;
      downloaded += n;
      options.onProgress?.({
        file: e.label ?? e.path,
        fileBytes: e.size,
        doneBytes,
        totalBytes,
        filesDone,
        filesTotal,
      });
    });
  }
  await mkdir(join(models, 'blobs'), { recursive: true });
  for (const e of source.entries) {
    const hex = e.integrity.sha256!;
    if (await exists(join(staging, hex)))
      await rename(join(staging, hex), join(models, 'blobs', `sha256-${hex}`));
  }
  const { registry, namespace, model, tag } = source.url;
  const manifest = join(models, 'manifests', registry, namespace, model, tag);
  await writeFile(join(staging, 'manifest'), source.manifest);
  await mkdir(dirname(manifest), { recursive: true });
  await rename(join(staging, 'manifest'), manifest);
  await rm(staging, { recursive: true, force: true });
  return { path: manifest, downloaded, reused };
}
