/**
 * repo/script is about model folders (a folder holding weights, a model config or a tokenizer, and the
 * folders below it), not code repositories: a training repository's .py files are its content.
 */
import { chmod, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRule } from '../../src/builtins.ts';
import { STRAY_SCRIPT } from '../../src/repo/remote-code.ts';
import { analyzeTree, FIXTURES } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const scripts = (found: Awaited<ReturnType<typeof analyzeTree>>) =>
  found.filter((f) => f.rule === 'repo/script').map((f) => f.evidence?.file);

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('repo/script scoping', () => {
  it.each(['train-lm', 'vision-finetune', 'tabular-sklearn'])(
    'a plain training repository (%s) has no repo/script finding',
    async (name) => {
      expect(scripts(await analyzeTree(join(FIXTURES, 'benign', 'repos', name)))).toEqual([]);
    },
  );

  it('a model folder still reports its scripts, also in its subfolders', async () => {
    expect(scripts(await analyzeTree(join(FIXTURES, 'repo', 'stray-scripts')))).toEqual([
      'handler.py',
      'run_server',
      'scripts/download.sh',
      'tool.bin.exe.txt',
    ]);
  });

  it('in a repository, only the folders that hold a model count', async () => {
    const repo = join(dir, 'repo');
    await cp(join(FIXTURES, 'benign', 'repos', 'train-lm'), repo, { recursive: true });
    await mkdir(join(repo, 'release'));
    await cp(join(FIXTURES, 'demo', 'model.safetensors'), join(repo, 'release', 'model.safetensors'));
    await writeFile(join(repo, 'release', 'handler.py'), 'def handle(x):\n    return x\n');
    await writeFile(join(repo, 'run.sh'), '#!/bin/sh\npython train.py\n');
    await chmod(join(repo, 'run.sh'), 0o755);
    expect(scripts(await analyzeTree(repo))).toEqual(['release/handler.py']);
  });

  it.each([
    ['config.json', '{"model_type": "llama"}'],
    ['tokenizer.json', '{"version": "1.0"}'],
    ['pytorch_model.bin', 'not really weights'],
    ['adapter_config.json', '{"base_model_name_or_path": "x"}'],
  ])('%s makes a folder a model folder', async (name, text) => {
    const d = join(dir, `model-${name}`);
    await mkdir(join(d, 'tools'), { recursive: true });
    await writeFile(join(d, name), text);
    await writeFile(join(d, 'tools', 'convert.py'), 'print(1)\n');
    expect(scripts(await analyzeTree(d))).toEqual(['tools/convert.py']);
  });

  it('the explain text says where the rule applies and why', () => {
    const text = getRule(STRAY_SCRIPT.id)?.explain ?? '';
    expect(text).toMatch(/model folder/);
    expect(text).toMatch(/code repository/);
  });
});
