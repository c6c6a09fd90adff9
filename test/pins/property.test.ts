// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} is shell, pip and Dockerfile syntax under test
/**
 * Property tests: every pin checker gets mutated real fixtures and random text; it must never throw,
 * must finish well under a second, and every finding must point inside the text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindByContent, kindByName, type PinFileKind } from '../../src/pins/detect.ts';
import { LineIndex, toFindings } from '../../src/pins/hits.ts';
import { checkText } from '../../src/pins/check.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const fixtures = walk('fixtures/pins').map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));

const EXTRA_SEEDS: Record<PinFileKind, string[]> = {
  requirements: ['torch>=2 \\\n  --hash=sha256:ab\n-r x.txt\n-e git+https://h/o/r@main#egg=r\n'],
  constraints: ['numpy==1.26.4\nscipy<2 ; python_version<"3.9"\n'],
  pyproject: ['[tool.poetry.dependencies]\nx = { git = "u", rev = "r" }\ny = [{ version = "1" }]\n'],
  conda: ['dependencies:\n  - a=1=b\n  - pip:\n    - "b>=1"\n'],
  'package-json': ['{"dependencies": {"a": "^1", "b": "github:o/r#main", "c": "npm:d@1.0.0"}}'],
  python: [
    'm = A.from_pretrained(\n  "o/n", revision=R, trust_remote_code=True, **kw)\ntorch.hub.load("o/r:v1", "m")\n',
  ],
  notebook: ['{"cells":[{"cell_type":"code","source":["!pip install x\\n","torch.load(f)"]}],"nbformat":4}'],
  dockerfile: ['ARG B=python:3\nFROM ${B} AS x\nRUN <<EOF\ncurl u | sh\nEOF\nRUN ["pip","install","t"]\n'],
  shell: ['curl -o a u && sh a\nbash <(wget -qO- u)\nnpm i x@^1\nhf download o/m --revision main\n'],
  workflow: [
    'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    container: python:3\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          pip install x\n          curl u | sh\n',
  ],
  modelfile: ['FROM llama3.2\nPARAMETER temperature 0.2\nFROM ./m.gguf\n'],
  config: [
    'trust_remote_code: true\nmodel:\n  "trust-remote-code" = 1\n[global]\nextra-index-url = http://x\n',
  ],
  pipfile: ['[packages]\nrequests = "*"\nx = {git = "u", ref = "r"}\n[dev-packages]\npytest = "==8.0"\n'],
  compose: [
    'services:\n  tgi:\n    image: ghcr.io/huggingface/text-generation-inference:3.0\n    command: --model-id org/m --revision main\n    environment:\n      MODEL_ID: org/n\n',
  ],
  makefile: [
    'MODEL := org/m\nserve:\n\t@vllm serve $(MODEL)\n\tcurl -L https://huggingface.co/o/m/resolve/main/x.gguf -o x.gguf\n',
  ],
  'adapter-config': ['{"base_model_name_or_path": "org/base", "revision": null, "peft_type": "LORA"}'],
};

const KINDS = Object.keys(EXTRA_SEEDS) as PinFileKind[];

function seedsFor(kind: PinFileKind): string[] {
  const own = fixtures.filter((f) => kindByName(f.path) === kind || kindByContent(f.path, f.text) === kind);
  return [...own.map((f) => f.text), ...EXTRA_SEEDS[kind]];
}

const SYNTAX = ' \n\r\t"\'\\#[](){}=<>~^*@:;,|&$`!%-.+/_0123456789abcefrx\u00e9\u2028\ud83d\ude00';

type Op =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; n: number }
  | { kind: 'dup'; at: number; n: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: fc.constantFrom(...SYNTAX.split('')), maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 200 }) }),
);

function mutate(text: string, ops: readonly Op[]): string {
  let t = text;
  for (const op of ops) {
    const at = t.length === 0 ? 0 : op.at % (t.length + 1);
    if (op.kind === 'insert') t = t.slice(0, at) + op.text + t.slice(at);
    else if (op.kind === 'delete') t = t.slice(0, at) + t.slice(at + op.n);
    else t = t.slice(0, at) + t.slice(at, at + op.n).repeat(3) + t.slice(at);
  }
  return t;
}

function assertWellBehaved(kind: PinFileKind, text: string): void {
  const started = performance.now();
  const { hits } = checkText(kind, text);
  const findings = toFindings(hits, 'x', new LineIndex(text));
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(1000);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const h of hits) {
    expect(h.offset).toBeGreaterThanOrEqual(0);
    expect(h.offset).toBeLessThanOrEqual(text.length);
  }
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.rule).toMatch(/^pin\//);
  }
}

describe('pin checkers under mutation (fast-check)', () => {
  for (const kind of KINDS) {
    it(`${kind}: mutated fixtures never throw, stay fast, point inside the text`, () => {
      const seeds = seedsFor(kind);
      expect(seeds.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...seeds), fc.array(opArb, { maxLength: 8 }), (seed, ops) => {
          assertWellBehaved(kind, mutate(seed, ops));
        }),
        { numRuns: 150 },
      );
    });

    it(`${kind}: random text never throws`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: fc.constantFrom(...SYNTAX.split('')), maxLength: 400 }),
            fc.string({ unit: 'binary', maxLength: 300 }),
          ),
          (text) => {
            assertWellBehaved(kind, text);
          },
        ),
        { numRuns: 100 },
      );
    });
  }

  it('hostile nesting and repetition stay bounded', () => {
    const n = 100_000;
    const cases: [PinFileKind, string][] = [
      ['package-json', `{"dependencies":${'['.repeat(n)}`],
      ['notebook', `{"cells":${'['.repeat(n)}`],
      ['pyproject', `a = ${'['.repeat(n)}`],
      ['conda', `dependencies: ${'['.repeat(n)}`],
      ['python', `x = ${'('.repeat(n)}`],
      ['shell', 'sh '.repeat(n / 4)],
      ['shell', 'curl x |'.repeat(n / 4)],
      ['dockerfile', `FROM a\nRUN ${'a \\\n'.repeat(n / 4)}`],
      ['requirements', 'a \\\n'.repeat(n / 4)],
    ];
    for (const [kind, text] of cases) {
      const started = performance.now();
      expect(() => checkText(kind, text)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});
