// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} is shell and Makefile syntax under test
/**
 * Model fetches outside Python calls: git clone of a Hub repository, wget/curl of resolve/ URLs,
 * Dockerfile RUN python -c / CMD of a serving image, docker run of a serving image, compose
 * services, Makefile recipes, run configs and PEFT adapter configs. Each case has a pinned twin.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/pins/check.ts';
import { recipeText } from '../../src/pins/makefile.ts';
import { ruleList, SHA } from './helpers.ts';

const M = 'unpinned-model-revision@medium';
const HASH = 'b'.repeat(64);

describe('git clone of a Hub repository', () => {
  const CASES: [string, string[]][] = [
    ['git clone https://huggingface.co/org/name', [M]],
    ['git clone https://huggingface.co/org/name models/name\ncd models/name', [M]],
    ['git lfs clone https://huggingface.co/datasets/org/data', [M]],
    ['git clone --branch main https://huggingface.co/org/name.git', [M]],
    [`git clone https://huggingface.co/org/name\ngit -C name checkout ${SHA}`, []],
    [`git clone https://huggingface.co/org/name x && cd x && git checkout ${SHA}`, []],
    [`git clone --revision=${SHA} https://huggingface.co/org/name`, []],
    [`git clone https://huggingface.co/org/name\ncd name\ngit reset --hard ${SHA}`, []],
    ['git clone https://huggingface.co/org/name\ngit -C name checkout main', [M]],
    // A code repository is not a model: not judged here.
    ['git clone https://github.com/ggml-org/llama.cpp', []],
  ];
  it.each(CASES)('%j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual(expected);
  });

  it('names the repository and how to pin it', () => {
    const { hits, refs } = checkText('shell', 'git clone https://huggingface.co/org/name');
    expect(hits[0]!.message).toBe(
      'script: git clone https://huggingface.co/org/name is never checked out at a commit; pin it: git -C name checkout <40 hex> (or git clone --revision <40 hex>)',
    );
    expect(refs).toEqual([
      {
        source: { hub: 'huggingface', owner: 'org', name: 'name' },
        pinned: false,
        offset: 10,
        text: 'https://huggingface.co/org/name',
      },
    ]);
  });
});

describe('wget/curl of a resolve/ URL', () => {
  const U = 'https://huggingface.co/org/m-GGUF/resolve/main/m-Q4_K_M.gguf';
  const CASES: [string, string[]][] = [
    [`wget ${U}`, [M]],
    [`curl -L -o m.gguf ${U}`, [M]],
    [`curl -L ${U} > m.gguf`, [M]],
    [`wget https://huggingface.co/org/m-GGUF/resolve/${SHA}/m-Q4_K_M.gguf`, []],
    [`wget ${U}\necho "${HASH}  m-Q4_K_M.gguf" | sha256sum -c -`, []],
    [`curl -L -o m.gguf ${U}\nsha256sum -c m.gguf.sha256`, []],
    [`curl -L -o m.gguf ${U}\nsha256sum other.bin`, [M]],
  ];
  it.each(CASES)('%j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual(expected);
  });

  it('reports the mutable ref', () => {
    const { hits } = checkText('shell', `wget ${U}`);
    expect(hits[0]!.message).toContain(
      'names the mutable ref main and no checksum check of the file follows',
    );
    expect(hits[0]!.source).toEqual({ hub: 'huggingface', owner: 'org', name: 'm-GGUF', revision: 'main' });
  });
});

describe('Dockerfile', () => {
  it('parses the code of RUN python -c as Python', () => {
    const text =
      'FROM python:3.12@sha256:' +
      HASH +
      '\nRUN python -c "from huggingface_hub import snapshot_download; snapshot_download(\'org/name\')"\n';
    const f = ruleList('dockerfile', text);
    expect(f).toEqual([M]);
    const pinned = text.replace(
      "snapshot_download('org/name')",
      `snapshot_download('org/name', revision='${SHA}')`,
    );
    expect(ruleList('dockerfile', pinned)).toEqual([]);
  });

  it("reads CMD of a serving base image as that server's arguments", () => {
    const base = `FROM ghcr.io/huggingface/text-generation-inference:3.0@sha256:${HASH}\n`;
    expect(ruleList('dockerfile', `${base}CMD ["--model-id", "org/name"]\n`)).toEqual([M]);
    expect(ruleList('dockerfile', `${base}CMD ["--model-id", "org/name", "--revision", "${SHA}"]\n`)).toEqual(
      [],
    );
    expect(
      ruleList('dockerfile', `FROM python:3.12@sha256:${HASH}\nCMD ["vllm", "serve", "org/name"]\n`),
    ).toEqual([M]);
    expect(
      ruleList(
        'dockerfile',
        `FROM python:3.12@sha256:${HASH}\nENTRYPOINT vllm serve org/name --revision ${SHA}\n`,
      ),
    ).toEqual([]);
  });
});

describe('docker run of a serving image', () => {
  const TGI = 'ghcr.io/huggingface/text-generation-inference:3.0';
  const CASES: [string, string[]][] = [
    [`docker run --gpus all -p 8080:80 -v $PWD/data:/data ${TGI} --model-id org/name`, [M]],
    [`docker run --gpus all ${TGI} --model-id org/name --revision ${SHA}`, []],
    [`docker run -e MODEL_ID=org/name ${TGI}`, [M]],
    [`docker run -e MODEL_ID=org/name -e REVISION=${SHA} ${TGI}`, []],
    ['docker run --runtime nvidia vllm/vllm-openai:latest --model org/name', [M]],
    [`docker run vllm/vllm-openai:latest --model org/name --revision ${SHA}`, []],
    ['docker run -p 8080:8080 ghcr.io/ggml-org/llama.cpp:server -hf org/m-GGUF', [M]],
    ['docker run --rm alpine echo org/name', []],
  ];
  it.each(CASES)('%j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual(expected);
  });
});

describe('compose files', () => {
  const svc = (body: string) => `services:\n  llm:\n${body}`;
  const CASES: [string, string[]][] = [
    [
      svc('    image: ghcr.io/huggingface/text-generation-inference:3.0\n    command: --model-id org/name\n'),
      ['docker-unpinned-image@medium', M],
    ],
    [
      svc(
        `    image: ghcr.io/huggingface/text-generation-inference@sha256:${HASH}\n    command: ["--model-id", "org/name", "--revision", "${SHA}"]\n`,
      ),
      [],
    ],
    [
      svc(
        `    image: ghcr.io/huggingface/text-generation-inference@sha256:${HASH}\n    environment:\n      MODEL_ID: org/name\n`,
      ),
      [M],
    ],
    [
      svc(
        `    image: ghcr.io/huggingface/text-generation-inference@sha256:${HASH}\n    environment:\n      - MODEL_ID=org/name\n      - REVISION=${SHA}\n`,
      ),
      [],
    ],
    [
      svc(`    image: vllm/vllm-openai@sha256:${HASH}\n    command: --model org/name --max-model-len 8192\n`),
      [M],
    ],
    [
      svc(
        `    image: python:3.12@sha256:${HASH}\n    entrypoint: ["vllm", "serve"]\n    command: ["org/name"]\n`,
      ),
      [M],
    ],
    [svc('    image: ollama/ollama\n'), ['docker-unpinned-image@medium']],
    [svc('    build: .\n'), []],
  ];
  it.each(CASES)('%j', (text, expected) => {
    expect(ruleList('compose', text)).toEqual([...expected].sort());
  });

  it('points at the image and at the model', () => {
    const text = svc(
      '    image: ghcr.io/huggingface/text-generation-inference:3.0\n    command: --model-id org/name\n',
    );
    const { hits } = checkText('compose', text);
    expect(hits.map((h) => [h.rule.id, text.slice(h.offset, h.offset + 8)])).toEqual([
      ['pin/docker-unpinned-image', 'ghcr.io/'],
      ['pin/unpinned-model-revision', 'org/name'],
    ]);
  });
});

describe('Makefile recipes', () => {
  const CASES: [string, string[]][] = [
    ['serve:\n\tvllm serve org/name\n', [M]],
    [`serve:\n\t@vllm serve org/name --revision ${SHA}\n`, []],
    ['MODEL := org/name\nserve:\n\tvllm serve $(MODEL)\n', [M]],
    [`MODEL := org/name\nserve:\n\tvllm serve $(MODEL) --revision $(REV)\n`, ['model-revision-variable@low']],
    ['download:\n\t-git clone https://huggingface.co/org/name\n', [M]],
    ['setup:\n\tcurl -fsSL https://example.com/install.sh | sh\n', ['pipe-to-shell@high']],
    ['# vllm serve org/name\nall:\n\techo done\n', []],
    ['define HELP\n\tvllm serve org/name\nendef\n', []],
  ];
  it.each(CASES)('%j', (text, expected) => {
    expect(ruleList('makefile', text)).toEqual(expected);
  });

  it("keeps every offset: the recipe text has the Makefile's length and line breaks", () => {
    const text = 'A = 1\nserve: deps\n\t@vllm serve org/name \\\n\t  --port 80\n\n$$x:\n';
    const r = recipeText(text);
    expect(r.length).toBe(text.length);
    expect(r.split('\n').length).toBe(text.split('\n').length);
    const [f] = checkText('makefile', text).hits;
    expect(text.slice(f!.offset, f!.offset + 8)).toBe('org/name');
  });
});

describe('run configs name the model they download', () => {
  const CASES: [string, string, string[]][] = [
    ['axolotl.yml', 'base_model: NousResearch/Llama-2-7b-hf\nload_in_8bit: true\n', [M]],
    ['axolotl.yml', `base_model: NousResearch/Llama-2-7b-hf\nrevision_of_model: ${SHA}\n`, []],
    ['train.yaml', 'model_name_or_path: meta-llama/Llama-3-8B\nmodel_revision: main\n', [M]],
    ['args.json', `{"model_name_or_path": "org/name", "revision": "${SHA}"}`, []],
    ['args.json', '{"model_name_or_path": "./checkpoints/best"}', []],
    ['config.yaml', 'model: gpt-4\n', []],
  ];
  it.each(CASES)('%s %j', (name, text, expected) => {
    expect(ruleList('config', text, { name })).toEqual(expected);
  });
});

describe('PEFT adapter_config.json', () => {
  // The fields PEFT's LoraConfig.save_pretrained writes (huggingface/peft src/peft/config.py).
  const adapter = (base: string, revision: string | null) =>
    JSON.stringify(
      {
        alpha_pattern: {},
        auto_mapping: null,
        base_model_name_or_path: base,
        bias: 'none',
        fan_in_fan_out: false,
        inference_mode: true,
        lora_alpha: 16,
        lora_dropout: 0.05,
        peft_type: 'LORA',
        r: 8,
        revision,
        target_modules: ['q_proj', 'v_proj'],
        task_type: 'CAUSAL_LM',
      },
      null,
      2,
    );
  it('a base model without a commit revision is an unpinned model reference', () => {
    const text = adapter('meta-llama/Llama-2-7b-hf', null);
    expect(ruleList('adapter-config', text)).toEqual([M]);
    const { hits, refs } = checkText('adapter-config', text);
    expect(hits[0]!.message).toBe(
      'adapter_config.json base_model_name_or_path meta-llama/Llama-2-7b-hf has no revision: it downloads whatever the default branch holds; pin it: "revision": "<40-hex commit of the base model>"',
    );
    expect(text.slice(hits[0]!.offset, hits[0]!.offset + 10)).toBe('meta-llama');
    expect(refs[0]).toMatchObject({
      source: { hub: 'huggingface', owner: 'meta-llama', name: 'Llama-2-7b-hf' },
      pinned: false,
    });
  });
  it('a commit revision pins it; a branch does not; a local base is not a download', () => {
    expect(ruleList('adapter-config', adapter('meta-llama/Llama-2-7b-hf', SHA))).toEqual([]);
    expect(checkText('adapter-config', adapter('meta-llama/Llama-2-7b-hf', SHA)).refs[0]!.pinned).toBe(true);
    expect(ruleList('adapter-config', adapter('meta-llama/Llama-2-7b-hf', 'main'))).toEqual([M]);
    expect(ruleList('adapter-config', adapter('/home/me/llama', null))).toEqual([]);
  });
});
