// biome-ignore-all lint/suspicious/noTemplateCurlyInString: OmegaConf interpolations (${...}) are the data under test
import { defaultScanner } from '../../../src/builtins.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigValue, tokenize } from '../../../src/formats/hydra/grammar.ts';
import { parseYamlGuarded, yamlNestingBound } from '../../../src/formats/hydra/read.ts';
import { buildTree, pyStr, Resolver } from '../../../src/formats/hydra/resolve.ts';
import { classifyTarget } from '../../../src/formats/hydra/targets.ts';
import { FIXTURES, mutateFixture, rules, scanBytes, scanFile, serious } from '../models-helper.ts';

const dir = join(FIXTURES, 'hydra');
const scan = async (name: string) => (await scanFile(join(dir, name))).findings;
const yaml = (text: string, name = 'config.yaml') => scanBytes(Buffer.from(text), name);

describe('hydra: fixtures proven with OmegaConf + hydra 1.3 instantiate (fixtures/scripts/hydra_fixtures.py --check)', () => {
  const hostile: Record<string, [string, string]> = {
    'os_system.yaml': ['hydra/dangerous-target', 'os.system'],
    'interpolated_target.yaml': ['hydra/dangerous-target', 'posix.system'],
    'nested_in_args.yaml': ['hydra/dangerous-target', 'subprocess.call'],
    'select_default.yaml': ['hydra/dangerous-target', 'builtins.exec'],
    'env_default.yaml': ['hydra/dangerous-target', 'posix.system'],
    'oc_create.yaml': ['hydra/dangerous-target', 'posix.system'],
    'escaped_key.yaml': ['hydra/dangerous-target', 'posix.system'],
    'merge_key.yaml': ['hydra/dangerous-target', 'posix.system'],
    'escaped_key.json': ['hydra/dangerous-target', 'posix.system'],
    'eval_resolver.yaml': ['hydra/code-resolver', 'eval'],
    'python_tag.yaml': ['yaml/python-tag', 'posix.system'],
    'hostile.nemo': ['hydra/dangerous-target', 'posix.system'],
    'nemo2_io_hostile.json': ['hydra/dangerous-target', 'subprocess.Popen'],
  };
  for (const [name, [rule, what]] of Object.entries(hostile)) {
    it(`${name}: ${rule} naming ${what}`, async () => {
      const fs = await scan(name);
      const hit = fs.find((f) => f.rule === rule);
      expect(hit, JSON.stringify(fs)).toBeDefined();
      expect(hit!.message).toContain(what);
      expect(['critical', 'high']).toContain(hit!.severity);
    });
  }

  it('the .nemo finding names the tar member', async () => {
    const f = (await scan('hostile.nemo')).find((x) => x.rule === 'hydra/dangerous-target')!;
    expect(f.member).toEqual(['./model_config.yaml']);
    expect(f.evidence).toMatchObject({ key: 'encoder._target_', target: 'posix.system' });
  });

  it('benign Hydra and NeMo configs (torch, NeMo classes, interpolations) have no finding', async () => {
    expect(await scan('hydra_benign.yaml')).toEqual([]);
    expect(await scan('benign.nemo')).toEqual([]);
    expect(await scan('nemo2_io.json')).toEqual([]);
  });

  it('every fixture: no analyzer crash under mutation (property)', async () => {
    for (const n of readdirSync(dir)) await mutateFixture(join(dir, n), n, 25);
  });
});

describe('hydra: interpolation resolution agrees with OmegaConf (corpus made by the real library)', () => {
  const cases = JSON.parse(readFileSync(join(dir, 'interpolation_cases.json'), 'utf8')) as {
    config: unknown;
    key: string;
    value?: unknown;
    error?: string;
  }[];
  for (const c of cases) {
    it(`${c.key} of ${JSON.stringify(c.config)}`, () => {
      const root = buildTree(c.config);
      const v = new Resolver(root).select(root, [c.key], 0);
      if (c.error !== undefined) {
        // OmegaConf raises: we must not claim a definite (different) value... unless it is the same
        // structure OmegaConf cannot select through.
        if (v.t === 'scalar') expect(c.error).toBe('InterpolationResolutionError');
        return;
      }
      expect(v.t).toBe('scalar');
      if (v.t === 'scalar') expect(v.v).toEqual(c.value);
    });
  }
});

describe('hydra: targets built in ways a text search misses', () => {
  const target = async (text: string, name?: string) =>
    (await yaml(text, name)).findings.filter((f) => f.rule.startsWith('hydra/') && f.rule.endsWith('target'));

  it('nested interpolation as a key, list index and relative paths', async () => {
    const fs = await target(
      'a: {b: [x, subprocess]}\nk: b\nm:\n  n:\n    _target_: ${a.${k}[1]}.${..fn}\n  fn: Popen\n',
    );
    expect(fs.map((f) => f.evidence?.target)).toEqual(['subprocess.Popen']);
    expect(fs[0]!.severity).toBe('critical');
  });

  it('legacy NeMo / Hydra 0.x keys: target and cls with params', async () => {
    const fs = await target('target: builtins.eval\nencoder:\n  cls: os.system\n  params: {}\n');
    expect(fs.map((f) => f.evidence?.target).sort()).toEqual(['builtins.eval', 'os.system']);
  });

  it('hydra.utils.get_method: a literal lookup is classified, a computed one is critical', async () => {
    const literal = await target('_target_: hydra.utils.get_method\npath: torch.nn.functional.relu\n');
    expect(literal.map((f) => f.severity)).toEqual(['low']);
    const bad = await target('_target_: hydra.utils.get_method\npath: posix.system\n');
    expect(bad.map((f) => [f.severity, f.evidence?.target])).toEqual([['critical', 'posix.system']]);
    const computed = await target('_target_: hydra.utils.get_class\n_args_: ["${oc.env:CLS}"]\n');
    expect(computed.map((f) => f.severity)).toEqual(['critical']);
  });

  it('a target under a denied module with an unknown tail is dangerous; an unknown one is high', async () => {
    expect((await target('_target_: os.${oc.env:FN}\n')).map((f) => f.rule)).toEqual([
      'hydra/dangerous-target',
    ]);
    const unknown = await target('_target_: ${my_resolver:x}\n');
    expect(unknown.map((f) => [f.rule, f.severity])).toEqual([['hydra/unresolved-target', 'high']]);
  });

  it('library classes outside the known prefixes are medium; allowed prefixes are silent', async () => {
    const fs = await target(
      'a: {_target_: uni2ts.model.moirai.MoiraiModule}\nb: {_target_: torch.nn.Linear}\n',
    );
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['hydra/unknown-target', 'medium']]);
  });

  it('JSON with an escaped key and text files that spell out _target_', async () => {
    expect(
      rules((await scanBytes(Buffer.from('{"_tar\\u0067et_": "os.popen"}'), 'cfg.json')).findings),
    ).toContain('hydra/dangerous-target');
    expect(rules((await yaml('_target_: pickle.loads\n', 'hparams.txt')).findings)).toContain(
      'hydra/dangerous-target',
    );
  });

  it('a policy pickle.allow entry accepts an exact library target', async () => {
    const { analyzeSource } = await import('../../../src/core/analyzer.ts');
    const { BufferSource } = await import('../../../src/core/source.ts');
    const text = Buffer.from('_target_: uni2ts.model.moirai.MoiraiModule\n');
    const r = await analyzeSource(new BufferSource(text, 'c.yaml'), 'c.yaml', {
      scanner: defaultScanner(),
      options: { pickleAllow: ['uni2ts.model.moirai.MoiraiModule'] },
    });
    expect(r.findings).toEqual([]);
  });

  it('plain YAML and JSON without targets cost nothing and report nothing', async () => {
    expect((await yaml('name: test\nlr: 0.1\nlayers: [1, 2]\n')).findings).toEqual([]);
    expect((await scanBytes(Buffer.from('{"architectures": ["Llama"]}'), 'config.json')).findings).toEqual(
      [],
    );
  });
});

describe('hydra: data files are not configs', () => {
  it('a large tokenizer.json (escaped keys, "class" and "target" keys) is not walked as a config', async () => {
    const vocab: Record<string, number> = {};
    for (let i = 0; i < 50_000; i++) vocab[`\u0120t${i}`] = i;
    const text = JSON.stringify({ model: { vocab }, added_tokens: [{ class: 'x', target: 'a.b' }] }).replace(
      /\u0120/g,
      '\\u0120',
    );
    const t0 = performance.now();
    expect((await scanBytes(Buffer.from(text), 'tokenizer.json')).findings).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('hydra: hostile input stays bounded', () => {
  it('deep flow nesting is one finding about that file (no stack overflow)', async () => {
    const deep = `_target_: x\na: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    expect(yamlNestingBound(deep)).toBeGreaterThan(1000);
    const { findings } = await yaml(deep);
    expect(findings.map((f) => f.rule)).toEqual(['hydra/unreadable-config']);
    expect(findings[0]!.message).toMatch(/nested 50000 levels deep/);
  });

  it('a parse error is our own one-line message', () => {
    const r = parseYamlGuarded('a: [1, 2\n_target_: x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^not valid YAML \(/);
  });

  it('exponential and cyclic interpolations end with unknowns within the step budget', async () => {
    let text = '_target_: ${v0}\n';
    for (let i = 0; i < 40; i++) text += `v${i}: \${v${i + 1}}\${v${i + 1}}\n`;
    text += 'v40: x\n';
    const t0 = performance.now();
    const { findings } = await yaml(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(rules(findings)).toContain('hydra/unresolved-target');
    expect(rules((await yaml('_target_: ${a}\na: ${b}\nb: ${a}\n')).findings)).toContain(
      'hydra/unresolved-target',
    );
  });

  it('property: random interpolation strings never throw outside GrammarError', () => {
    const piece = fc.constantFrom(
      '${',
      '}',
      '.',
      '..',
      ':',
      ',',
      "'",
      '"',
      '\\',
      'a',
      'oc.select',
      ' ',
      '[',
      ']',
      '{',
      '$',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        try {
          tokenize(s);
          parseConfigValue(s);
        } catch (err) {
          expect((err as Error).constructor.name).toBe('GrammarError');
        }
        const root = buildTree({ t: s, a: 'x' });
        const v = new Resolver(root).select(root, ['t'], 0);
        expect(['scalar', 'node', 'unknown']).toContain(v.t);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hydra: target classification', () => {
  it('mirrors _locate (empty parts never resolve) and the pickle tables', () => {
    expect(classifyTarget('os..system').verdict).toBe('invalid');
    expect(classifyTarget('builtins.getattr').verdict).toBe('dangerous');
    expect(classifyTarget('argparse._os.system').verdict).toBe('dangerous');
    expect(classifyTarget('torch.load').verdict).toBe('dangerous');
    expect(classifyTarget('torch.nn.Linear').verdict).toBe('allowed');
    expect(classifyTarget('nemo.collections.asr.modules.ConformerEncoder').verdict).toBe('allowed');
    expect(classifyTarget('torch.nn.modules.module.Module.__init__.__globals__').verdict).toBe('dangerous');
    expect(classifyTarget('mylib.Model').verdict).toBe('unknown');
  });

  it('pyStr is Python str() for what string interpolation splices', () => {
    expect([pyStr(true), pyStr(null), pyStr(1e-5), pyStr(1.5), pyStr(1e16), pyStr(3)]).toEqual([
      'True',
      'None',
      '1e-05',
      '1.5',
      '1e+16',
      '3',
    ]);
  });

  it('benign fixtures stay below medium', async () => {
    for (const n of ['hydra_benign.yaml', 'benign.nemo']) expect(serious(await scan(n))).toEqual([]);
  });
});
