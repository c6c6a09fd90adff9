import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';
import { parseOllamaUrl } from '../../src/sources/ollama/source.ts';
import { MockOllama } from '../helpers/mock-ollama.ts';
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
