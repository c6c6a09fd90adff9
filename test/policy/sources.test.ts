/**
 * The sources allowlist on every model reference (issue: "a script loading evilcorp/... models,
 * pinned or not, passes"): code (pinned and unpinned), torch.hub (GitHub, not the Hugging Face
 * list), a PEFT adapter's base model, a shell command, a Modelfile and an Ollama store, through the
 * library and the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { runCli } from '../helpers/cli.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const SHA = '877b84a8f93f2d619faa2a6e514a32beef88ab0a';
const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
let tmp: string;
let repo: string;
let store: string;
let policy: string;

beforeAll(async () => {
  tmp = await makeTmpDir('modelvet-sources-');
  repo = join(tmp, 'repo');
  await mkdir(repo);
  await writeFile(
    join(repo, 'infer.py'),
    'import torch\nfrom transformers import AutoModel\n' +
      `a = AutoModel.from_pretrained("meta-llama/Llama-3.1-8B", revision="${SHA}")\n` +
      `b = AutoModel.from_pretrained("evilcorp/backdoored", revision="${SHA}")\n` +
      'c = AutoModel.from_pretrained("evilcorp/unpinned")\n' +
      `d = torch.hub.load("pytorch/vision:${SHA}", "resnet18")\n`,
  );
  await writeFile(
    join(repo, 'adapter_config.json'),
    JSON.stringify({ base_model_name_or_path: 'evilcorp/base', revision: SHA, peft_type: 'LORA' }),
  );
  await writeFile(join(repo, 'serve.sh'), `vllm serve evilcorp/served --revision ${SHA}\n`);
  await writeFile(join(repo, 'Modelfile'), 'FROM llama3.2\n');
  // An Ollama store: manifests/<host>/<namespace>/<model>/<tag> naming a blob that is there.
  store = join(tmp, 'ollama');
  const layer = Buffer.from('GGUF fake weights');
  const digest = createHash('sha256').update(layer).digest('hex');
  await mkdir(join(store, 'blobs'), { recursive: true });
  await mkdir(join(store, 'manifests', 'registry.ollama.ai', 'evilns', 'tiny'), { recursive: true });
  await writeFile(join(store, 'blobs', `sha256-${digest}`), layer);
  await writeFile(
    join(store, 'manifests', 'registry.ollama.ai', 'evilns', 'tiny', 'latest'),
    JSON.stringify({
      schemaVersion: 2,
      layers: [
        { mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${digest}`, size: layer.length },
      ],
    }),
  );
  policy = join(tmp, 'policy.yml');
  await writeFile(policy, 'sources:\n  huggingface: [meta-llama]\n  ollama: [library]\n');
});

const violations = (r: Report) =>
  r.findings
    .filter((f) => f.rule === 'policy/source-not-allowed')
    .map((f) => {
      const s = f.evidence!.source as { hub: string; owner: string; name: string };
      return `${f.path.split('/').at(-1)}:${f.line ?? ''} ${s.hub}:${s.owner}/${s.name}`;
    })
    .sort();

const EXPECTED = [
  'adapter_config.json:1 huggingface:evilcorp/base',
  'infer.py:4 huggingface:evilcorp/backdoored',
  'infer.py:5 huggingface:evilcorp/unpinned',
  'infer.py:6 github:pytorch/vision',
  'serve.sh:1 huggingface:evilcorp/served',
];

describe('sources on every model reference', () => {
  it('in-process: pinned and unpinned references, each on its own hub', async () => {
    const r = await runCli(['scan', repo, '--policy', policy, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(violations(report)).toEqual(EXPECTED);
    // Every reference is in the report's inventory, with whether it is pinned.
    expect(
      report.modelReferences!.map((m) => `${m.via} ${m.source.owner}/${m.source.name} ${m.pinned}`).sort(),
    ).toEqual([
      'adapter-config evilcorp/base true',
      'modelfile library/llama3.2 false',
      'python evilcorp/backdoored true',
      'python evilcorp/unpinned false',
      'python meta-llama/Llama-3.1-8B true',
      'python pytorch/vision true',
      'shell evilcorp/served true',
    ]);
  });

  it('in-process: an Ollama store is checked by the models its manifests name', async () => {
    const r = await runCli(['scan', store, '--policy', policy, '--format', 'json']);
    const report = JSON.parse(r.out) as Report;
    expect(violations(report)).toEqual(['latest: ollama:evilns/tiny']);
    expect(r.code).toBe(1);
  });

  it('through the built CLI: the same verdicts', () => {
    if (!existsSync(BUNDLE)) throw new Error('dist/bin.js is missing: run npm run build');
    const r = spawnSync(process.execPath, [BUNDLE, 'scan', repo, '--policy', policy, '--format', 'json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(violations(JSON.parse(r.stdout) as Report)).toEqual(EXPECTED);
  }, 30_000);
});
