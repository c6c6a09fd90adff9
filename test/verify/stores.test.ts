import { createHash } from 'node:crypto';
import { mkdir, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hfCacheRepos, isHfCacheRepo, verifyHfCache } from '../../src/verify/hf-cache.ts';
import { ollamaRoot, verifyOllama } from '../../src/verify/ollama.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
/** `git hash-object`: the name huggingface_hub gives non-LFS blobs. */
const gitSha1 = (b: string | Buffer) => {
  const buf = Buffer.from(b);
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
};
const rules = (o: { findings: { rule: string }[] }) => o.findings.map((f) => f.rule).sort();

const COMMIT = 'a9d53a7e5c3b1d2f4e6a8b0c1d2e3f4a5b6c7d8e';
const OLD_COMMIT = '1111111111111111111111111111111111111111';
const WEIGHTS = Buffer.from('safetensors-bytes'.repeat(20));
const CONFIG = '{"model_type": "bert"}\n';
const TOKENIZER = '{"version": "1.0"}\n';

/** A cache repo exactly as huggingface_hub writes it (hub-docs local-cache.md). */
async function hfRepo(): Promise<{ cache: string; repo: string }> {
  const cache = join(dir, `hub${n++}`);
  const repo = join(cache, 'models--org--tiny');
  const blob = (name: string, content: string | Buffer) => writeFile(join(repo, 'blobs', name), content);
  await mkdir(join(repo, 'blobs'), { recursive: true });
  await blob(sha256(WEIGHTS), WEIGHTS);
  await blob(gitSha1(CONFIG), CONFIG);
  await blob(gitSha1(TOKENIZER), TOKENIZER);
  await mkdir(join(repo, 'refs', 'refs', 'pr'), { recursive: true });
  await writeFile(join(repo, 'refs', 'main'), COMMIT); // no newline, as huggingface_hub writes it
  await writeFile(join(repo, 'refs', 'refs', 'pr', '1'), OLD_COMMIT);
  const link = async (commit: string, path: string, target: string) => {
    const p = join(repo, 'snapshots', commit, path);
    await mkdir(dirname(p), { recursive: true });
    await symlink(target, p);
  };
  await link(COMMIT, 'config.json', `../../blobs/${gitSha1(CONFIG)}`);
  await link(COMMIT, 'model.safetensors', `../../blobs/${sha256(WEIGHTS)}`);
  await link(COMMIT, 'tok/tokenizer.json', `../../../blobs/${gitSha1(TOKENIZER)}`);
  await link(OLD_COMMIT, 'config.json', `../../blobs/${gitSha1(CONFIG)}`);
  await mkdir(join(repo, '.no_exist', COMMIT), { recursive: true });
  await writeFile(join(repo, '.no_exist', COMMIT, 'generation_config.json'), '');
  return { cache, repo };
}

describe('Hugging Face cache', () => {
  it('detects a repo folder and a cache root', async () => {
    const { cache, repo } = await hfRepo();
    expect(await isHfCacheRepo(repo)).toBe(true);
    expect(await isHfCacheRepo(cache)).toBe(false);
    expect(await hfCacheRepos(cache)).toEqual([repo]);
    expect(await hfCacheRepos(join(repo, 'snapshots', COMMIT))).toEqual([repo]);
    // Any folder inside a repository belongs to it (found by walking up).
    expect(await hfCacheRepos(join(repo, 'snapshots'))).toEqual([repo]);
    expect(await hfCacheRepos(join(repo, 'blobs'))).toEqual([repo]);
    expect(await hfCacheRepos(join(repo, 'snapshots', COMMIT, 'tok'))).toEqual([repo]);
  });

  it('verifies an intact repo: LFS blobs by SHA-256, git blobs by git blob id, links, refs', async () => {
    const { repo } = await hfRepo();
    const out = await verifyHfCache(repo);
    expect(out.findings).toEqual([]);
    expect(out.verifications).toHaveLength(1);
    expect(out.verifications[0]).toMatchObject({ kind: 'hf-cache', ok: true });
    expect(out.verifications[0]!.details).toMatchObject({ blobs: 3, links: 4, dangling: 0, refs: 2 });
  });

  it('a changed LFS blob and a changed git blob fail with digest mismatches', async () => {
    const { repo } = await hfRepo();
    const w = Buffer.from(WEIGHTS);
    w[3] = w[3]! ^ 1;
    await writeFile(join(repo, 'blobs', sha256(WEIGHTS)), w);
    await writeFile(join(repo, 'blobs', gitSha1(CONFIG)), CONFIG.replace('bert', 'evil'));
    const out = await verifyHfCache(repo);
    expect(out.verifications[0]!.ok).toBe(false);
    expect(rules(out)).toEqual(['verify/digest-mismatch', 'verify/digest-mismatch']);
    expect(out.findings.map((f) => f.message).join('\n')).toMatch(/its git-sha1 is .* its name promises/);
  });

  it('a deleted blob leaves dangling links; a link out of blobs/ is reported', async () => {
    const { repo } = await hfRepo();
    await unlink(join(repo, 'blobs', gitSha1(TOKENIZER)));
    await writeFile(join(repo, 'evil.py'), 'import os');
    await symlink('../../evil.py', join(repo, 'snapshots', COMMIT, 'modeling.py'));
    const out = await verifyHfCache(repo);
    expect(out.verifications[0]!.ok).toBe(false);
    expect(rules(out)).toEqual(['verify/dangling-link', 'verify/dangling-link']);
    const text = out.findings.map((f) => f.message).join('\n');
    expect(text).toMatch(/tokenizer\.json -> \.\.\/\.\.\/\.\.\/blobs\/.* dangles/);
    expect(text).toMatch(/modeling\.py -> \.\.\/\.\.\/evil\.py does not point at a blob/);
  });

  it('reports unfinished blobs, stray names, copies in snapshots and refs without snapshots', async () => {
    const { repo } = await hfRepo();
    await writeFile(join(repo, 'blobs', `${sha256('x')}.incomplete`), 'x');
    await writeFile(join(repo, 'blobs', 'payload.pkl'), 'x');
    await writeFile(join(repo, 'snapshots', COMMIT, 'copied.bin'), 'x');
    await writeFile(join(repo, 'refs', 'main'), 'f'.repeat(40));
    const out = await verifyHfCache(repo);
    expect(rules(out)).toEqual(Array(4).fill('verify/store-entry'));
    expect(out.verifications[0]!.ok).toBe(true); // medium findings; the scan's fail level decides
  });
});

/** An Ollama models folder as `ollama pull` leaves it (manifest/paths.go, manifest/manifest.go). */
async function ollamaStore(): Promise<{ root: string; blobs: Record<string, string>; manifest: string }> {
  const root = join(dir, `ollama${n++}`, 'models');
  const contents = {
    model: Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60, 7)]),
    template: Buffer.from('{{ .Prompt }}'),
    params: Buffer.from('{"stop":["<|end|>"]}'),
    config: Buffer.from('{"model_format":"gguf","model_family":"llama"}'),
  };
  await mkdir(join(root, 'blobs'), { recursive: true });
  const blobs: Record<string, string> = {};
  for (const [k, v] of Object.entries(contents)) {
    blobs[k] = sha256(v);
    await writeFile(join(root, 'blobs', `sha256-${blobs[k]}`), v);
  }
  const layer = (mediaType: string, k: keyof typeof contents) => ({
    mediaType,
    digest: `sha256:${blobs[k]}`,
    size: contents[k].length,
  });
  const manifest = join(root, 'manifests', 'registry.ollama.ai', 'library', 'tiny', 'latest');
  await mkdir(dirname(manifest), { recursive: true });
  await writeFile(
    manifest,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: layer('application/vnd.docker.container.image.v1+json', 'config'),
      layers: [
        layer('application/vnd.ollama.image.model', 'model'),
        layer('application/vnd.ollama.image.template', 'template'),
        layer('application/vnd.ollama.image.params', 'params'),
      ],
    }),
  );
  return { root, blobs, manifest };
}

describe('Ollama store', () => {
  it('detects the models folder and ~/.ollama above it', async () => {
    const { root } = await ollamaStore();
    expect(await ollamaRoot(root)).toBe(root);
    expect(await ollamaRoot(dirname(root))).toBe(root);
    expect(await ollamaRoot(join(root, 'blobs'))).toBeUndefined();
  });

  it('verifies an intact store and records the manifest digest', async () => {
    const { root, manifest } = await ollamaStore();
    const out = await verifyOllama(root);
    expect(out.findings).toEqual([]);
    expect(out.verifications[0]).toMatchObject({ kind: 'ollama', ok: true });
    const { readFile } = await import('node:fs/promises');
    expect(out.verifications[0]!.details!.models).toEqual([
      {
        name: 'registry.ollama.ai/library/tiny:latest',
        manifestDigest: sha256(await readFile(manifest)),
        layers: 4,
      },
    ]);
  });

  it('a changed blob, a missing layer and a size edited in the manifest all fail', async () => {
    const { root, blobs, manifest } = await ollamaStore();
    await writeFile(
      join(root, 'blobs', `sha256-${blobs.model}`),
      Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60, 8)]),
    );
    await unlink(join(root, 'blobs', `sha256-${blobs.template}`));
    const { readFile } = await import('node:fs/promises');
    const doc = JSON.parse(await readFile(manifest, 'utf8'));
    doc.layers[2].size += 1;
    await writeFile(manifest, JSON.stringify(doc));
    const out = await verifyOllama(root);
    expect(out.verifications[0]!.ok).toBe(false);
    expect(rules(out)).toEqual(['verify/dangling-link', 'verify/digest-mismatch', 'verify/digest-mismatch']);
    const text = out.findings.map((f) => f.message).join('\n');
    expect(text).toMatch(/tiny:latest needs blob .* which is missing/);
    expect(text).toMatch(/is 20 bytes, Ollama store models records 21/);
  });

  it('reports a broken manifest, partial downloads and stray blobs', async () => {
    const { root, manifest } = await ollamaStore();
    await writeFile(manifest, '{"layers": [');
    await writeFile(join(root, 'blobs', `sha256-${'a'.repeat(64)}-partial`), 'x');
    await writeFile(join(root, 'blobs', 'notes.txt'), 'x');
    const out = await verifyOllama(root);
    expect(out.verifications[0]!.ok).toBe(false);
    expect(rules(out)).toEqual(['verify/invalid-manifest', 'verify/store-entry', 'verify/store-entry']);
  });
});
