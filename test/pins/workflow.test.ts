// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{ }} is workflow syntax under test
import { describe, expect, it } from 'vitest';
import { check, ruleList, SHA } from './helpers.ts';

const wf = (steps: string, extra = '') =>
  `name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;
const D = `sha256:${'e'.repeat(64)}`;

describe('GitHub Actions workflow table (Scorecard / zizmor forms)', () => {
  const TABLE: [string, string[]][] = [
    [wf(`      - uses: actions/checkout@${SHA} # v4.2.2\n`), []],
    [wf('      - uses: ./.github/actions/local\n'), []],
    [wf(`      - uses: docker://alpine@${D}\n`), []],
    [wf('      - uses: actions/checkout@v4\n'), ['unpinned-action@low']],
    [wf('      - uses: actions/setup-python@v5.1.0\n'), ['unpinned-action@low']],
    [wf('      - uses: tj-actions/changed-files@v45\n'), ['unpinned-action@medium']],
    [wf('      - uses: "huggingface/hub-action@main"\n'), ['unpinned-action@medium']],
    [wf(`      - uses: org/repo@${SHA.slice(0, 12)}\n`), ['unpinned-action@medium']],
    [wf('      - uses: docker://alpine:3.20\n'), ['docker-unpinned-image@medium']],
    [wf('      - run: echo hi\n', '    container: python:3.12\n'), ['docker-unpinned-image@medium']],
    [wf('      - run: echo hi\n', `    container:\n      image: python@${D}\n`), []],
    [
      wf('      - run: echo hi\n', '    services:\n      redis:\n        image: redis:7\n'),
      ['docker-unpinned-image@medium'],
    ],
    [
      wf(
        '      - run: |\n          pip install -r requirements.txt\n          curl -fsSL https://x | bash\n',
      ),
      ['pipe-to-shell@high', 'requirement-without-hash@low'],
    ],
    [wf('      - run: pip install torch\n'), ['unpinned-requirement@medium']],
    [wf('      - run: npm ci\n'), []],
    [
      wf('      - run: pip install torch==${{ matrix.torch }}+cpu numpy\n'),
      ['unpinned-requirement@low', 'unpinned-requirement@medium'],
    ],
    [
      'name: reuse\non: push\njobs:\n  call:\n    uses: org/shared/.github/workflows/ci.yml@main\n',
      ['unpinned-action@medium'],
    ],
    [
      'name: c\nruns:\n  using: composite\n  steps:\n    - uses: org/tool@v1\n    - run: go install golang.org/x/tools/gopls@latest\n      shell: bash\n',
      ['unpinned-action@medium', 'unpinned-requirement@medium'],
    ],
    ['jobs: [unclosed\n', ['unparseable@medium']],
  ];
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('workflow', text)).toEqual([...expected].sort());
  });

  it('points into block scalars of run:', () => {
    const text = wf(
      '      - name: setup\n        run: |\n          echo start\n          pip install transformers\n',
    );
    const [f] = check('workflow', text);
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', line: 10, column: 23 });
    const [g] = check('workflow', wf('      - uses: actions/checkout@v4\n'));
    expect(g).toMatchObject({ line: 7, column: 15 });
  });
});

describe('run configs and CLI flags that enable remote code', () => {
  const CONFIG: [string, string, string[]][] = [
    ['eval.yaml', 'model_args: pretrained=org/m\ntrust_remote_code: true\n', ['trust-remote-code@high']],
    ['train.yml', 'trust_remote_code: false\n', []],
    ['cfg.json', '{"model": {"trust_remote_code": true}}', ['trust-remote-code@high']],
    ['args.toml', 'trust-remote-code = "True"', ['trust-remote-code@high']],
    [
      'pip.conf',
      '[global]\nextra-index-url = https://pypi.internal/simple\ntrusted-host = pypi.internal\n',
      ['custom-index-url@medium', 'extra-index-url@medium'],
    ],
    ['pip.conf', '[global]\nindex-url = https://pypi.org/simple\n', []],
  ];
  it.each(CONFIG)('%s %j', (name, text, expected) => {
    expect(ruleList('config', text, { name })).toEqual(expected);
  });

  const SHELL: [string, string[]][] = [
    ['vllm serve org/m --trust-remote-code', ['trust-remote-code@high', 'unpinned-model-revision@medium']],
    [`vllm serve org/m --revision ${SHA} --trust-remote-code`, ['trust-remote-code@medium']],
    [
      'lm_eval --model hf --model_args pretrained=org/m --trust_remote_code',
      ['trust-remote-code@high', 'unpinned-model-revision@medium'],
    ],
  ];
  it.each(SHELL)('shell %j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual(expected);
  });
});

describe('Ollama and Go references', () => {
  const TABLE: [string, string[]][] = [
    ['FROM llama3.2', ['unpinned-ollama-model@medium']],
    ['FROM llama3.2:latest', ['unpinned-ollama-model@medium']],
    ['FROM llama3.1:8b-instruct-q4_K_M', ['unpinned-ollama-model@low']],
    ['FROM registry.example.com/team/model:v1', ['unpinned-ollama-model@low']],
    ['FROM ./model.gguf\nSYSTEM "You are helpful"', []],
    ['from /models/weights.safetensors', []],
  ];
  it.each(TABLE)('Modelfile %j', (text, expected) => {
    expect(ruleList('modelfile', text)).toEqual(expected);
  });

  const SHELL: [string, string[]][] = [
    ['ollama pull llama3.2', ['unpinned-ollama-model@medium']],
    ['ollama run qwen2.5:7b "hi"', ['unpinned-ollama-model@low']],
    ['go install golang.org/x/tools/gopls@latest', ['unpinned-requirement@medium']],
    ['go install github.com/org/tool', ['unpinned-requirement@medium']],
    ['go install github.com/org/tool@v1.2.3', []],
    [`go install github.com/org/tool@${SHA}`, []],
  ];
  it.each(SHELL)('shell %j', (text, expected) => {
    expect(ruleList('shell', text)).toEqual(expected);
  });
});
