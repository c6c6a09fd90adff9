/** The model-format checks through the whole scan pipeline (sniffing, every analyzer, tree analyzers, hashing). */
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';
import { FIXTURES, serious } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scan() of model folders', () => {
  it('passes a clean folder with benign safetensors, GGUF and chat templates', async () => {
    const d = join(dir, 'clean');
    await cp(join(FIXTURES, 'repo', 'clean'), d, { recursive: true });
    await cp(join(FIXTURES, 'gguf', 'benign-named-templates.gguf'), join(d, 'model-q8_0.gguf'));
    await cp(join(FIXTURES, 'templates', 'benign', 'qwen3.jinja'), join(d, 'chat_template.jinja'));
    await cp(join(FIXTURES, 'safetensors', 'sharded'), join(d, 'sharded'), { recursive: true });
    const report = await scan([d], { jobs: 1 });
    expect(serious(report.findings)).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(report.files.find((f) => f.path.endsWith('model-q8_0.gguf'))?.kind).toBe('gguf');
  });

  it('fails a folder with remote code, a hostile template and a payload appended to weights', async () => {
    const d = join(dir, 'hostile');
    await cp(join(FIXTURES, 'repo', 'remote-code'), d, { recursive: true });
    await cp(join(FIXTURES, 'gguf', 'template-cve-2024-34359.gguf'), join(d, 'model.gguf'));
    await cp(join(FIXTURES, 'safetensors', 'trailing-data.safetensors'), join(d, 'model.safetensors'));
    await mkdir(join(d, 'additional_chat_templates'));
    await cp(
      join(FIXTURES, 'templates', 'hostile', 'printf-underscore.jinja'),
      join(d, 'additional_chat_templates', 'rag.jinja'),
    );
    const report = await scan([d], { jobs: 1 });
    expect(report.verdict).toBe('fail');
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const r of ['repo/remote-code', 'template/dunder-access', 'safetensors/data-size-mismatch'])
      expect(rules).toContain(r);
    // The appended pickle is found by whichever analyzer handles pickles, as a member of the weights file.
    const appended = report.findings.find((f) => f.member?.some((m) => m.startsWith('model.safetensors@')));
    expect(appended && ['high', 'critical'].includes(appended.severity)).toBe(true);
    expect(report.findings.some((f) => f.path.endsWith('rag.jinja') && f.severity === 'critical')).toBe(true);
  });
});
