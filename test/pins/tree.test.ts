import { defaultScanner } from '../../src/builtins.ts';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/core/analyzer.ts';
import type { Finding } from '../../src/core/finding.ts';
import { BufferSource } from '../../src/core/source.ts';
import { discoverTarget } from '../../src/core/walk.ts';
import { kindByContent, kindByName } from '../../src/pins/detect.ts';
import { analyzeTree } from '../../src/pins/check.ts';
import { scan } from '../../src/scan.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

async function withTmpDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await makeTmpDir('modelvet-pins-');
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function treeFindings(dir: string): Promise<Finding[]> {
  const target = await discoverTarget(dir);
  const out: Finding[] = [];
  const { readFile } = await import('node:fs/promises');
  await analyzeTree({
    root: target.root,
    display: dir,
    files: target.files,
    options: {},
    report: (f) => out.push(f),
    readText: async (file) => readFile(file.fsPath, 'utf8'),
    readHead: async (file, n) => (await readFile(file.fsPath)).subarray(0, n),
  });
  return out;
}

const summary = (fs: Finding[], base: string) =>
  fs
    .map((f) => `${f.path.slice(base.length + 1)}:${f.line}:${f.column} ${f.rule.slice(4)}@${f.severity}`)
    .sort();

describe('pin checks over a model folder (fixtures/pins)', () => {
  it('finds every unpinned reference in model-repo, with file, line and column', async () => {
    const base = 'fixtures/pins/model-repo';
    const got = summary(await treeFindings(base), base);
    expect(got).toEqual(
      [
        '.github/workflows/eval.yml:6:16 docker-unpinned-image@medium',
        '.github/workflows/eval.yml:8:15 unpinned-action@low',
        '.github/workflows/eval.yml:9:15 unpinned-action@medium',
        '.github/workflows/eval.yml:12:23 requirement-without-hash@low',
        '.github/workflows/eval.yml:13:79 unpinned-model-revision@medium',
        'Modelfile:1:6 unpinned-ollama-model@medium',
        'Dockerfile:2:6 docker-unpinned-image@medium',
        'Dockerfile:6:5 pipe-to-shell@high',
        'Dockerfile:8:32 requirement-without-hash@low',
        'Dockerfile:9:17 unpinned-requirement@medium',
        'Dockerfile:10:7 requirement-without-hash@low',
        'Dockerfile:11:30 unpinned-model-revision@medium',
        'Dockerfile:12:5 unpinned-url@medium',
        'constraints.txt:1:1 unpinned-requirement@medium',
        'demo.ipynb:15:22 unpinned-requirement@medium',
        'demo.ipynb:15:35 unpinned-requirement@medium',
        'demo.ipynb:15:46 unpinned-requirement@medium',
        'demo.ipynb:16:19 requirement-without-hash@low',
        'demo.ipynb:37:26 unpinned-model-revision@medium',
        'demo.ipynb:38:35 unpinned-model-revision@medium',
        'demo.ipynb:41:10 trust-remote-code@high',
        'demo.ipynb:51:11 unpinned-model-revision@medium',
        'demo.ipynb:52:39 torch-load-unsafe@high',
        'environment.yml:6:5 unpinned-requirement@low',
        'environment.yml:8:5 unpinned-requirement@medium',
        'environment.yml:9:5 unpinned-requirement@medium',
        'environment.yml:12:10 unpinned-vcs@medium',
        'example_inference.py:12:57 unpinned-model-revision@medium',
        'example_inference.py:13:34 unpinned-model-revision@medium',
        'example_inference.py:17:9 trust-remote-code@high',
        'example_inference.py:34:23 torch-load-unsafe@medium',
        'example_inference.py:36:61 model-revision-variable@low',
        'example_inference.py:38:31 torch-hub-unpinned@high',
        'install.sh:4:13 requirement-without-hash@low',
        'install.sh:5:13 unpinned-requirement@medium',
        'install.sh:6:1 pipe-to-shell@high',
        'install.sh:8:16 unpinned-npm@medium',
        'package.json:5:35 unpinned-npm@medium',
        'package.json:7:22 unpinned-vcs@medium',
        'pyproject.toml:2:14 unpinned-requirement@low',
        'pyproject.toml:9:6 unpinned-requirement@medium',
        'pyproject.toml:9:16 unpinned-requirement@medium',
        'pyproject.toml:11:13 unpinned-vcs@medium',
        'pyproject.toml:15:11 unpinned-requirement@medium',
        'pyproject.toml:15:30 unpinned-requirement@medium',
        'requirements.txt:3:1 extra-index-url@medium',
        'requirements.txt:5:1 unpinned-requirement@medium',
        'requirements.txt:6:1 requirement-without-hash@low',
        'requirements.txt:7:1 unpinned-requirement@medium',
        'requirements.txt:8:1 requirement-without-hash@low',
        'requirements.txt:9:1 requirement-without-hash@low',
        'requirements.txt:10:1 unpinned-requirement@medium',
        'requirements.txt:11:1 unpinned-requirement@medium',
        'requirements.txt:12:8 unpinned-vcs@medium',
        'requirements.txt:15:1 unresolved-include@medium',
        'requirements/extra.txt:3:1 unpinned-requirement@medium',
        'train/run_clm_style.py:42:24 unpinned-model-revision@medium',
        'train/run_clm_style.py:46:13 trust-remote-code@low',
        'train/run_clm_style.py:56:72 model-revision-variable@low',
        'train/run_clm_style.py:56:72 trust-remote-code@low',
        'train/run_clm_style.py:59:9 model-revision-variable@low',
        'train/run_clm_style.py:66:9 model-revision-variable@low',
        'train/run_clm_style.py:68:9 trust-remote-code@low',
        'train/run_clm_style.py:71:39 unpinned-model-revision@medium',
      ].sort(),
    );
  });

  it('finds nothing in pinned-repo (every form pinned: hashes, commits, digests, lock file)', async () => {
    expect(await treeFindings('fixtures/pins/pinned-repo')).toEqual([]);
  });

  it('every finding carries evidence text and an explain-able rule', async () => {
    const { getRule } = await import('../../src/builtins.ts');
    for (const f of await treeFindings('fixtures/pins/model-repo')) {
      expect(typeof f.evidence?.text).toBe('string');
      expect(getRule(f.rule)?.explain.length).toBeGreaterThan(100);
    }
  });
});

describe('model fetches (fixtures/pins/fetch-repo and fetch-pinned, made by fixtures/scripts/pins_fetch_fixtures.py)', () => {
  it('finds every unpinned fetch, in every kind of file', async () => {
    const base = 'fixtures/pins/fetch-repo';
    expect(summary(await treeFindings(base), base)).toEqual([
      'Dockerfile:2:63 unpinned-model-revision@medium',
      'Makefile:3:14 unpinned-model-revision@medium',
      'adapter/adapter_config.json:4:31 unpinned-model-revision@medium',
      'axolotl.yml:1:13 unpinned-model-revision@medium',
      'compose.yaml:3:12 docker-unpinned-image@medium',
      'compose.yaml:4:30 unpinned-model-revision@medium',
      'fetch.py:10:26 trust-remote-code@high',
      'fetch.py:7:17 unpinned-model-revision@medium',
      'fetch.py:8:33 unpinned-model-revision@medium',
      'fetch.py:9:37 unpinned-model-revision@medium',
      'fetch.sh:3:11 unpinned-model-revision@medium',
      'fetch.sh:4:27 unpinned-model-revision@medium',
      'fetch.sh:5:13 unpinned-model-revision@medium',
    ]);
  });

  it('finds nothing when every fetch is pinned (and requirements.in has its pip-compile lock)', async () => {
    const base = 'fixtures/pins/fetch-pinned';
    expect(summary(await treeFindings(base), base)).toEqual([
      'requirements.in:1:1 unpinned-requirement@low',
      'requirements.in:2:1 unpinned-requirement@low',
    ]);
  });
});

describe('includes, lock files, single files and archive members', () => {
  it('follows -r/-c includes inside the folder, handles cycles, refuses paths outside it', async () => {
    await withTmpDir(async (dir) => {
      await mkdir(join(dir, 'deps'));
      await writeFile(join(dir, 'requirements.txt'), '-r deps/base.in\n-c deps/pins.cfg\n-r /etc/passwd\n');
      await writeFile(join(dir, 'deps/base.in'), '-r ../requirements.txt\n-r base.in\ntorch>=2\n');
      await writeFile(join(dir, 'deps/pins.cfg'), 'numpy==1.26.4\nscipy\n');
      const got = summary(await treeFindings(dir), dir);
      expect(got).toEqual([
        'deps/base.in:3:1 unpinned-requirement@medium',
        'deps/pins.cfg:2:1 unpinned-requirement@medium',
        'requirements.txt:3:1 unresolved-include@medium',
      ]);
    });
  });

  it('follows requirements files named by pip install -r in scripts and Dockerfiles', async () => {
    await withTmpDir(async (dir) => {
      await mkdir(join(dir, 'deps'));
      await writeFile(join(dir, 'deps/prod.lst'), 'torch>=2\n');
      await writeFile(join(dir, 'extra.pins'), 'numpy\n');
      await writeFile(
        join(dir, 'setup.sh'),
        '#!/bin/sh\npip install --require-hashes -r deps/prod.lst\npip install -r missing.txt --require-hashes\n',
      );
      await writeFile(
        join(dir, 'Dockerfile'),
        `FROM x@sha256:${'a'.repeat(64)}\nRUN pip install --require-hashes -r /app/extra.pins\n`,
      );
      expect(summary(await treeFindings(dir), dir)).toEqual([
        'deps/prod.lst:1:1 unpinned-requirement@medium',
        'extra.pins:1:1 unpinned-requirement@medium',
      ]);
    });
  });

  it('does not read an include through a symlink that leaves the folder', async () => {
    await withTmpDir(async (dir) => {
      await mkdir(join(dir, 'm'));
      await writeFile(join(dir, 'secret.txt'), 'torch>=1\n');
      await symlink(join(dir, 'secret.txt'), join(dir, 'm', 'linked.txt'));
      await writeFile(join(dir, 'm', 'requirements.txt'), '-r linked.txt\n');
      const got = summary(await treeFindings(join(dir, 'm')), join(dir, 'm'));
      expect(got).toEqual(['requirements.txt:1:1 unresolved-include@medium']);
    });
  });

  it('lowers package.json ranges when a lock file sits beside it', async () => {
    await withTmpDir(async (dir) => {
      await writeFile(join(dir, 'package.json'), '{"dependencies": {"a": "^1.0.0"}}');
      await writeFile(join(dir, 'yarn.lock'), '# yarn lockfile v1\n');
      const [f] = await treeFindings(dir);
      expect(f).toMatchObject({ rule: 'pin/unpinned-npm', severity: 'low' });
      expect(f?.evidence).toMatchObject({ lockFile: 'yarn.lock' });
    });
  });

  it('skips installed third-party code (node_modules, site-packages)', async () => {
    await withTmpDir(async (dir) => {
      await mkdir(join(dir, 'node_modules/x'), { recursive: true });
      await writeFile(join(dir, 'node_modules/x/package.json'), '{"dependencies": {"a": "^1"}}');
      expect(await treeFindings(dir)).toEqual([]);
    });
  });

  it('finds files by content when the name says nothing', async () => {
    await withTmpDir(async (dir) => {
      await writeFile(join(dir, 'run'), '#!/usr/bin/env python3\nimport torch\ntorch.load("x")\n');
      await writeFile(join(dir, 'setup'), '#!/bin/bash\ncurl https://x | sh\n');
      await writeFile(join(dir, 'deps.txt'), 'torch>=2\nnumpy==1.0\n');
      await writeFile(join(dir, 'notes.txt'), 'hello world\nthis is prose\n');
      await writeFile(join(dir, 'build'), 'FROM python:3.12\nRUN echo hi\n');
      const got = summary(await treeFindings(dir), dir);
      expect(got).toEqual([
        'build:1:6 docker-unpinned-image@medium',
        'deps.txt:1:1 unpinned-requirement@medium',
        'deps.txt:2:1 requirement-without-hash@low',
        'run:3:7 torch-load-unsafe@medium',
        'setup:2:1 pipe-to-shell@high',
      ]);
    });
  });

  it('reads UTF-16 requirements files (PowerShell output) like pip does', async () => {
    await withTmpDir(async (dir) => {
      const body = Buffer.from('numpy==1.26.4\r\ntorch>=2\r\n', 'utf16le');
      await writeFile(join(dir, 'requirements.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
      expect(summary(await treeFindings(dir), dir)).toEqual([
        'requirements.txt:1:2 requirement-without-hash@low',
        'requirements.txt:2:1 unpinned-requirement@medium',
      ]);
    });
  });

  it('does not report a Hugging Face cache blob twice (snapshot link + blob)', async () => {
    await withTmpDir(async (dir) => {
      const repo = join(dir, 'models--org--m');
      await mkdir(join(repo, 'blobs'), { recursive: true });
      await mkdir(join(repo, 'snapshots', 'abc'), { recursive: true });
      await writeFile(join(repo, 'blobs', '0f1e2d3c'), 'torch>=2\n');
      await symlink('../../blobs/0f1e2d3c', join(repo, 'snapshots', 'abc', 'requirements.txt'));
      const got = summary(await treeFindings(repo), repo);
      expect(got).toEqual(['snapshots/abc/requirements.txt:1:1 unpinned-requirement@medium']);
    });
  });

  it('runs for a single-file target through scan()', async () => {
    const report = await scan(['fixtures/pins/model-repo/requirements/extra.txt'], { jobs: 1 });
    const pins = report.findings.filter((f) => f.rule.startsWith('pin/'));
    expect(pins.map((f) => `${f.rule}:${f.line}`)).toEqual([
      'pin/unresolved-include:2',
      'pin/unpinned-requirement:3',
    ]);
  });

  it('checks dependency files inside archives (members) without tree context', async () => {
    const src = new BufferSource(Buffer.from('import torch\ntorch.load(p)\n'), 'bundle.zip', [
      'src/infer.py',
    ]);
    const result = await analyzeSource(src, 'infer.py', { scanner: defaultScanner(), depth: 1 });
    expect(result.findings).toMatchObject([
      { rule: 'pin/torch-load-unsafe', path: 'bundle.zip', member: ['src/infer.py'], line: 2, column: 7 },
    ]);
  });

  it('pip-tools: a requirements.in beside the file pip-compile wrote from it is like package.json with a lock', async () => {
    await withTmpDir(async (dir) => {
      await writeFile(join(dir, 'requirements.in'), 'torch>=2\ntransformers\nnumpy==1.26.4\n');
      // The header pip-compile writes (jazzband/pip-tools piptools/writer.py: "#    pip-compile ... requirements.in").
      await writeFile(
        join(dir, 'requirements.txt'),
        '#\n# This file is autogenerated by pip-compile with Python 3.11\n# by the following command:\n#\n' +
          '#    pip-compile --generate-hashes requirements.in\n#\n' +
          `numpy==1.26.4 \\\n    --hash=sha256:${'a'.repeat(64)}\n    # via -r requirements.in\n`,
      );
      const got = summary(await treeFindings(dir), dir);
      expect(got).toEqual([
        'requirements.in:1:1 unpinned-requirement@low',
        'requirements.in:2:1 unpinned-requirement@low',
      ]);
      const f = (await treeFindings(dir)).find((x) => x.line === 1)!;
      expect(f.message).toContain(
        '(requirements.txt beside it is compiled from this file and pins the resolved versions)',
      );
    });
  });

  it('pip-tools: without a compiled file beside it (or one compiled from another source) a .in is judged alone', async () => {
    await withTmpDir(async (dir) => {
      await writeFile(join(dir, 'requirements.in'), 'torch>=2\n');
      await writeFile(join(dir, 'requirements.txt'), '#    pip-compile dev.in\nflask==3.0.0\n');
      expect(summary(await treeFindings(dir), dir)).toEqual([
        'requirements.in:1:1 unpinned-requirement@medium',
        'requirements.txt:2:1 requirement-without-hash@low',
      ]);
    });
  });

  it('reports the models an archive member names (for the policy), pinned or not', async () => {
    const code = `from transformers import AutoModel\nm = AutoModel.from_pretrained("org/x", revision="${'a'.repeat(40)}")\n`;
    const src = new BufferSource(Buffer.from(code), 'bundle.zip', ['src/infer.py']);
    const result = await analyzeSource(src, 'infer.py', { scanner: defaultScanner(), depth: 1 });
    expect(result.findings).toEqual([]);
    expect(result.references).toMatchObject([
      {
        source: { hub: 'huggingface', owner: 'org', name: 'x' },
        pinned: true,
        path: 'bundle.zip',
        via: 'python (archive member)',
      },
    ]);
  });

  it('names files the way the tools do', () => {
    expect(kindByName('requirements-dev.txt')).toBe('requirements');
    expect(kindByName('requirements/base.in')).toBe('requirements');
    expect(kindByName('request.txt')).toBeUndefined();
    expect(kindByName('constraints.txt')).toBe('constraints');
    expect(kindByName('conda.yaml')).toBe('conda');
    expect(kindByName('Dockerfile.gpu')).toBe('dockerfile');
    expect(kindByName('gpu.Dockerfile')).toBe('dockerfile');
    expect(kindByContent('x.txt', 'Some prose here.\n')).toBeUndefined();
  });
});
