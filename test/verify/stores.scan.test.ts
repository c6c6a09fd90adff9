/**
 * scan() on content-addressed stores, as users point it at them: the snapshot folder that
 * `snapshot_download()` returns, a repository folder, the cache root or any folder above it; an
 * Ollama models folder, `~/.ollama`, a manifests subfolder or blobs/. Blobs are scanned (never an
 * escape), verified against the digests their names promise with the digests the scan computed,
 * and their findings are named as users know the files.
 */
import { mkdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';
import { writeLock as lock } from '../../src/verify/lock.ts';
import { fixture, gitSha1, hfRepo, ollamaStore, PICKLE_PAYLOAD, sha256 } from '../helpers/layouts.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await makeTmpDir('modelvet-stores-scan-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const WEIGHTS = fixture('safetensors', 'benign.safetensors');
const CONFIG = '{"model_type": "bert", "architectures": ["BertModel"]}\n';
const TOKENIZER = '{"version": "1.0", "truncation": null}\n';

async function cache() {
  const hub = join(dir, `home${n++}`, '.cache', 'huggingface', 'hub');
  const r = await hfRepo(
    hub,
    'org/tiny',
    { 'config.json': CONFIG, 'model.safetensors': WEIGHTS, 'tok/tokenizer.json': TOKENIZER },
    ['model.safetensors'],
  );
  return { hub, ...r };
}

const rulesOf = (r: Awaited<ReturnType<typeof scan>>) => [...new Set(r.findings.map((f) => f.rule))].sort();

describe('scan a Hugging Face snapshot folder (what snapshot_download returns)', () => {
  it('scans the blobs its links name: no escape, every file hashed, the links verified', async () => {
    const { snapshot, blobOf } = await cache();
    const r = await scan([snapshot]);
    expect(r.findings).toEqual([]);
    expect(r.files.map((f) => f.path.slice(snapshot.length + 1))).toEqual([
      'config.json',
      'model.safetensors',
      'tok/tokenizer.json',
    ]);
    expect(r.files.find((f) => f.path.endsWith('model.safetensors'))!.kind).toBe('safetensors');
    expect(r.files.find((f) => f.path.endsWith('model.safetensors'))!.digests?.sha256).toBe(
      blobOf['model.safetensors'],
    );
    expect(r.files.find((f) => f.path.endsWith('config.json'))!.digests?.['git-sha1']).toBe(
      blobOf['config.json'],
    );
    expect(r.verifications).toHaveLength(1);
    expect(r.verifications[0]).toMatchObject({ kind: 'hf-cache', ok: true });
    expect(r.verifications[0]!.details).toMatchObject({ checked: 3, mismatched: 0 });
    expect(r.verdict).toBe('pass');
  });

  it('names a payload blob by its snapshot path, with the blob digest as evidence', async () => {
    const hub = join(dir, `home${n++}`, 'hub');
    const { snapshot, blobOf } = await hfRepo(
      hub,
      'evil/model',
      { 'pytorch_model.bin': PICKLE_PAYLOAD, 'config.json': CONFIG },
      ['pytorch_model.bin'],
    );
    const r = await scan([snapshot]);
    const f = r.findings.find((x) => x.rule === 'pickle/dangerous-global')!;
    expect(f.path).toBe(`${snapshot}/pytorch_model.bin`);
    expect(f.evidence).toMatchObject({ blob: `sha256:${blobOf['pytorch_model.bin']}` });
    expect(r.verdict).toBe('fail');
  });

  it('a changed LFS blob and a changed git blob fail the check with digest mismatches', async () => {
    const { repo, snapshot, blobOf } = await cache();
    const w = Buffer.from(WEIGHTS);
    w[w.length - 1] = w[w.length - 1]! ^ 1;
    await writeFile(join(repo, 'blobs', blobOf['model.safetensors']!), w);
    await writeFile(join(repo, 'blobs', blobOf['config.json']!), CONFIG.replace('bert', 'gpt2'));
    const r = await scan([snapshot]);
    const mismatches = r.findings.filter((f) => f.rule === 'verify/digest-mismatch');
    expect(mismatches.map((f) => f.path.slice(snapshot.length + 1)).sort()).toEqual([
      'config.json',
      'model.safetensors',
    ]);
    expect(r.verifications[0]!.ok).toBe(false);
    expect(r.verdict).toBe('fail');
  });

  it('a snapshot link to something other than a blob is reported; a link out of the repository stays an escape', async () => {
    const { snapshot } = await cache();
    await symlink('../../refs/main', join(snapshot, 'modeling.py'));
    const outside = join(dir, `outside${n++}`);
    await writeFile(outside, 'secret');
    await symlink(outside, join(snapshot, 'secret.txt'));
    const r = await scan([snapshot]);
    expect(rulesOf(r)).toEqual(['fs/symlink-escape', 'repo/script', 'verify/dangling-link']);
    expect(r.findings.find((f) => f.rule === 'fs/symlink-escape')!.path).toBe(`${snapshot}/secret.txt`);
    expect(r.findings.find((f) => f.rule === 'verify/dangling-link')!.path).toBe(`${snapshot}/modeling.py`);
    expect(r.files.some((f) => f.path.endsWith('secret.txt'))).toBe(false);
    expect(r.files.find((f) => f.path.endsWith('modeling.py'))!.symlinkTarget).toBe('../../refs/main');
  });

  it('a subfolder of a snapshot and a single file in it work the same way', async () => {
    const { snapshot } = await cache();
    const sub = await scan([join(snapshot, 'tok')]);
    expect(sub.findings).toEqual([]);
    expect(sub.verifications[0]).toMatchObject({ kind: 'hf-cache', ok: true });
    const one = await scan([join(snapshot, 'model.safetensors')]);
    expect(one.findings).toEqual([]);
    expect(one.files[0]!.kind).toBe('safetensors');
    expect(one.verifications[0]).toMatchObject({ kind: 'hf-cache', ok: true });
  });
});

describe('scan a Hugging Face cache from above', () => {
  it('the repository folder, the hub folder and the home folder: the repository is verified whole', async () => {
    const { hub, repo, snapshot } = await cache();
    const home = dirname(dirname(dirname(hub)));
    for (const target of [repo, hub, home]) {
      const r = await scan([target]);
      expect(r.findings).toEqual([]);
      expect(r.verifications.map((v) => [v.kind, v.ok])).toEqual([['hf-cache', true]]);
      expect(r.verifications[0]!.details).toMatchObject({ blobs: 3, links: 3, dangling: 0, refs: 1 });
      // Blobs are analyzed under their snapshot names (the digest names are dropped).
      const kinds = Object.fromEntries(r.files.map((f) => [f.path.slice(target.length + 1), f.kind]));
      expect(kinds[`${snapshot.slice(target.length + 1)}/model.safetensors`]).toBe('safetensors');
    }
  });

  it('finds a tampered blob of a repository below the scanned folder', async () => {
    const { hub, repo, blobOf } = await cache();
    await writeFile(join(repo, 'blobs', blobOf['tok/tokenizer.json']!), '{"version": "2.0"}\n');
    const r = await scan([hub]);
    expect(r.findings.map((f) => f.rule)).toEqual(['verify/digest-mismatch']);
    expect(r.verifications[0]!.ok).toBe(false);
  });
});

describe('scan an Ollama store', () => {
  const hostile = fixture('gguf', 'template-cve-2024-34359.gguf');
  const benign = fixture('gguf', 'benign.gguf');
  const layers = (model: Buffer) => ({
    model,
    template: Buffer.from('{{ .System }} {{ .Prompt }}'),
    params: Buffer.from('{"stop":["<|eot_id|>"]}'),
  });

  it('names findings in a model blob by the model (library/llama3:8b), with the blob digest', async () => {
    const home = join(dir, `ollama${n++}`);
    const { root, digests } = await ollamaStore(
      home,
      { namespace: 'library', model: 'llama3', tag: '8b' },
      layers(hostile),
    );
    for (const target of [root, join(home, '.ollama'), home]) {
      const r = await scan([target]);
      const t = r.findings.filter((f) => f.rule.startsWith('template/'));
      expect(t.length).toBeGreaterThan(0);
      for (const f of t) {
        expect(f.path).toMatch(/\/library\/llama3:8b$/);
        expect(f.evidence).toMatchObject({ blob: `sha256:${digests.model}` });
      }
      expect(r.verifications.map((v) => [v.kind, v.ok])).toEqual([['ollama', true]]);
    }
  });

  it('benign control: a store holding a benign model passes', async () => {
    const home = join(dir, `ollama${n++}`);
    const { root } = await ollamaStore(
      home,
      { namespace: 'library', model: 'tiny', tag: 'latest' },
      layers(benign),
    );
    const r = await scan([root]);
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe('pass');
  });

  it('a manifests subfolder brings the blobs it names; blobs/ alone is verified against the names', async () => {
    const home = join(dir, `ollama${n++}`);
    const { root, manifest, digests } = await ollamaStore(
      home,
      { namespace: 'library', model: 'llama3', tag: '8b' },
      layers(hostile),
    );
    const r = await scan([dirname(manifest)]);
    expect(r.files.map((f) => f.kind)).toContain('gguf');
    expect(
      r.findings.some((f) => f.rule.startsWith('template/') && f.path.endsWith('/library/llama3:8b')),
    ).toBe(true);
    expect(r.verifications.map((v) => [v.kind, v.ok])).toEqual([['ollama', true]]);
    const blobs = await scan([join(root, 'blobs')]);
    expect(blobs.verifications.map((v) => [v.kind, v.ok])).toEqual([['ollama', true]]);
    expect(blobs.verifications[0]!.details).toMatchObject({ checked: 4 });
    // A tampered blob fails both.
    await writeFile(join(root, 'blobs', `sha256-${digests.params}`), '{"stop":[]}');
    const again = await scan([dirname(manifest)]);
    expect(again.findings.map((f) => f.rule)).toContain('verify/digest-mismatch');
    expect(again.verifications[0]!.ok).toBe(false);
  });

  it('a manifest naming a missing blob fails the check', async () => {
    const home = join(dir, `ollama${n++}`);
    const { root, manifest, digests } = await ollamaStore(
      home,
      { namespace: 'library', model: 'tiny', tag: 'latest' },
      layers(benign),
    );
    await unlink(join(root, 'blobs', `sha256-${digests.template}`));
    const r = await scan([dirname(manifest)]);
    expect(r.findings.map((f) => f.rule)).toEqual(['verify/dangling-link']);
    expect(r.verifications[0]!.ok).toBe(false);
    expect(JSON.parse(await readFile(manifest, 'utf8')).layers).toHaveLength(3);
  });
});

describe('folders that only look like stores', () => {
  it('a project with empty blobs/ and manifests/ folders is not an Ollama store; its lock file is still verified', async () => {
    const root = join(dir, `project${n++}`);
    await mkdir(join(root, 'blobs'), { recursive: true });
    await mkdir(join(root, 'manifests'), { recursive: true });
    await writeFile(join(root, 'config.json'), CONFIG);
    await lock(root, { output: join(root, 'modelvet.lock.json') });
    const r = await scan([root]);
    expect(r.verifications.map((v) => [v.kind, v.ok])).toEqual([['lock', true]]);
    expect(r.findings).toEqual([]);
  });
});

describe('git blob ids', () => {
  it('are what the helper computes for known content (git hash-object)', () => {
    expect(gitSha1('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
