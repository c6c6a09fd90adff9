import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pull } from '../../src/sources/pull.ts';
import { scan } from '../../src/scan.ts';
import { parseOllamaUrl } from '../../src/sources/ollama/source.ts';
import { MockOllama, sha256 } from '../helpers/mock-ollama.ts';
import { makeTmpDir } from '../helpers/tmp.ts';
import { fixture } from '../helpers/models.ts';

const layer = (kind: string, data: Buffer) => ({ mediaType: `application/vnd.ollama.image.${kind}`, data });

const registry = new MockOllama({
  'library/tiny:1b': [
    layer('model', fixture('gguf', 'benign.gguf')),
    layer('template', Buffer.from('{{ .System }}\n{{ .Prompt }}')),
    layer('params', Buffer.from('{"stop":["<|eot|>"]}')),
    layer('license', Buffer.from('MIT License')),
  ],
  'evil/tpl:latest': [layer('model', fixture('gguf', 'template-cve-2024-34359.gguf'))],
  'library/swapped:1': [
    layer('model', fixture('gguf', 'benign.gguf')),
    { ...layer('license', Buffer.from('Apache 2.0')), served: Buffer.from('Apache 2.1') },
  ],
});

beforeAll(() => registry.start());
afterAll(() => registry.stop());

const remote = () => ({ registryUrl: registry.url, http: { backoffMs: 1 } });

describe('ollama:// URLs', () => {
  it('parses [REGISTRY/]NAMESPACE/MODEL:TAG with the defaults ollama uses', () => {
    expect(parseOllamaUrl('ollama://llama3')).toEqual({
      registry: 'registry.ollama.ai',
      namespace: 'library',
      model: 'llama3',
      tag: 'latest',
    });
    expect(parseOllamaUrl('ollama://hf.co/org/m:q4')).toMatchObject({
      registry: 'hf.co',
      namespace: 'org',
      model: 'm',
      tag: 'q4',
    });
    expect(() => parseOllamaUrl('ollama://a/b/c/d')).toThrow(/expected ollama:/);
  });

  it('scans every layer of a clean model through range reads, the tag reported with the manifest digest', async () => {
    const report = await scan(['ollama://library/tiny:1b'], { remote: remote() });
    expect(report.findings.filter((f) => f.severity === 'high' || f.severity === 'critical')).toEqual([]);
    expect(report.verdict).toBe('pass');
    const kinds = report.files.map((f) => f.path.split('/').at(-1)).sort();
    expect(kinds).toEqual(['config', 'license', 'model', 'params', 'template']);
    expect(report.files.find((f) => f.path.endsWith('/model'))?.kind).toBe('gguf');
    for (const f of report.files) expect(f.fetched?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pin = report.findings.find((f) => f.rule === 'pin/unpinned-model-revision');
    expect(pin?.message).toMatch(/resolved to sha256:[0-9a-f]{64}/);
  });

  it('fails a model whose GGUF chat template is hostile', async () => {
    const report = await scan(['ollama://evil/tpl'], { remote: remote() });
    expect(report.verdict).toBe('fail');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'template/dunder-access',
        severity: 'critical',
        path: 'ollama://evil/tpl/model',
      }),
    );
  });

  it('an unknown model is a one-line error', async () => {
    await expect(scan(['ollama://library/none:1'], { remote: remote() })).rejects.toThrow(
      /model or tag not found/,
    );
  });
});

describe('pull ollama://', () => {
  it('places verified blobs and the manifest in the Ollama models layout', async () => {
    const models = await makeTmpDir();
    const r = await pull('ollama://library/tiny:1b', { to: models, remote: remote() });
    expect(r.report.verdict).toBe('pass');
    const manifest = join(models, 'manifests', 'registry.ollama.ai', 'library', 'tiny', '1b');
    expect(r.placed?.path).toBe(manifest);
    const layers = JSON.parse(readFileSync(manifest, 'utf8')).layers as { digest: string }[];
    for (const l of layers) {
      const blob = readFileSync(join(models, 'blobs', l.digest.replace(':', '-')));
      expect(`sha256:${sha256(blob)}`).toBe(l.digest);
    }
    expect(existsSync(join(models, '.modelvet-staging'))).toBe(false);
  });

  it('a blob whose bytes differ from its digest fails; a hostile model is not downloaded', async () => {
    const models = await makeTmpDir();
    await expect(pull('ollama://library/swapped:1', { to: models, remote: remote() })).rejects.toThrow(
      /sha256 of the downloaded bytes .* nothing was placed/,
    );
    expect(existsSync(join(models, 'manifests'))).toBe(false);
    expect(existsSync(join(models, 'blobs'))).toBe(false);
    const other = await makeTmpDir();
    const r = await pull('ollama://evil/tpl', { to: other, remote: remote() });
    expect(r.placed).toBeUndefined();
    expect(readdirSync(other)).toEqual([]);
  });
});

describe('registry Bearer tokens', () => {
  const tiny = () => [
    layer('model', fixture('gguf', 'benign.gguf')),
    layer('template', Buffer.from('{{ .Prompt }}')),
  ];

  it('answers a 401 challenge with an anonymous token from the realm, for scan and pull', async () => {
    const locked = await new MockOllama({ 'library/tiny:1b': tiny() }, { auth: true }).start();
    try {
      const opts = { remote: { registryUrl: locked.url, http: { backoffMs: 1 } } };
      const report = await scan(['ollama://library/tiny:1b'], opts);
      expect(report.verdict).toBe('pass');
      expect(report.files.find((f) => f.path.endsWith('/model'))?.kind).toBe('gguf');
      // The token was asked for with the challenge's service and scope, without credentials.
      expect(locked.tokenRequests[0]).toBe('mock-registry repository:library/tiny:pull');
      // Once answered, later requests carry the token instead of being refused again.
      const scope = Buffer.from('repository:library/tiny:pull').toString('hex');
      expect(locked.authorizations.filter((a) => a === `Bearer tok.${scope}`).length).toBeGreaterThan(2);
      expect(locked.tokenRequests.length).toBeLessThanOrEqual(2);

      const models = await makeTmpDir();
      const pulled = await pull('ollama://library/tiny:1b', { to: models, ...opts });
      expect(pulled.placed?.path).toBe(
        join(models, 'manifests', 'registry.ollama.ai', 'library', 'tiny', '1b'),
      );
      expect(readdirSync(join(models, 'blobs'))).toHaveLength(3);
      expect(JSON.stringify(pulled.report)).not.toContain(`tok.${scope}`);
    } finally {
      await locked.stop();
    }
  });

  it('a token service that refuses is a one-line auth error', async () => {
    const locked = await new MockOllama(
      { 'library/tiny:1b': tiny() },
      { auth: true, realmStatus: 403 },
    ).start();
    try {
      await expect(
        scan(['ollama://library/tiny:1b'], { remote: { registryUrl: locked.url, http: { backoffMs: 1 } } }),
      ).rejects.toThrow(
        /^ollama:\/\/library\/tiny:1b: the registry's token service \(127\.0\.0\.1:\d+\) answered HTTP 403$/,
      );
    } finally {
      await locked.stop();
    }
  });
});

describe('pull ollama:// resume', () => {
  it('a connection cut mid-blob places nothing; a re-run reuses the verified blobs and places the model', async () => {
    const gguf = fixture('gguf', 'benign.gguf');
    const flaky = await new MockOllama(
      {
        'library/tiny:1b': [
          layer('template', Buffer.from('{{ .Prompt }}')),
          layer('model', gguf),
          layer('license', Buffer.from('MIT License')),
        ],
      },
      { cutOnce: { digest: `sha256:${sha256(gguf)}`, after: Math.floor(gguf.length / 2) } },
    ).start();
    try {
      const models = await makeTmpDir();
      const opts = { to: models, remote: { registryUrl: flaky.url, http: { backoffMs: 1 } } };
      await expect(pull('ollama://library/tiny:1b', opts)).rejects.toThrow(/cut after \d+ of \d+ bytes/);
      expect(existsSync(join(models, 'manifests'))).toBe(false);
      expect(existsSync(join(models, 'blobs'))).toBe(false);
      const staged = readdirSync(join(models, '.modelvet-staging'));
      // The config and template blobs, downloaded before the cut, stayed verified; no partial file.
      expect(staged.sort()).toEqual(
        [sha256(Buffer.from('{{ .Prompt }}')), flaky.manifestConfigDigest('library/tiny:1b')].sort(),
      );
      const downloadsBefore = flaky.wholeDownloads.length;
      const again = await pull('ollama://library/tiny:1b', opts);
      expect(again.placed?.path).toBe(
        join(models, 'manifests', 'registry.ollama.ai', 'library', 'tiny', '1b'),
      );
      expect(again.placed?.reused).toBe(
        Buffer.from('{{ .Prompt }}').length + flaky.manifestConfigSize('library/tiny:1b'),
      );
      // Only the model and license blobs were downloaded again.
      expect(flaky.wholeDownloads.slice(downloadsBefore).sort()).toEqual(
        [`sha256:${sha256(gguf)}`, `sha256:${sha256(Buffer.from('MIT License'))}`].sort(),
      );
      expect(readFileSync(join(models, 'blobs', `sha256-${sha256(gguf)}`))).toEqual(gguf);
      expect(existsSync(join(models, '.modelvet-staging'))).toBe(false);
    } finally {
      await flaky.stop();
    }
  });
});
