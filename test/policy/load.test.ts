import { describe, expect, it } from 'vitest';
import { pickleIsDenied } from '../../src/policy/denylist.ts';
import { formatKeyPath, formatPolicyErrors, globProblem, parsePolicy } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/types.ts';

const RULES = [
  'repo/lfs-pointer',
  'scan/unsupported-format',
  'pickle/dangerous-global',
  'pin/unpinned-requirement',
];
const parse = (text: string, file = '/p/.modelvet.yml', fileExists = (_p: string) => true) =>
  parsePolicy(text, file, { ruleIds: RULES, isDenied: pickleIsDenied, fileExists });
const errorsOf = (text: string, file = 'policy.yml') =>
  formatPolicyErrors(file, parse(text, file).errors).split('\n');

describe('policy keys (valid)', () => {
  const cases: { name: string; yaml: string; expect: (p: Policy) => void }[] = [
    { name: 'empty file', yaml: '', expect: (p) => expect(p.ignore).toEqual([]) },
    { name: 'version', yaml: 'version: 1\n', expect: (p) => expect(p.failOn).toBeUndefined() },
    { name: 'failOn', yaml: 'failOn: medium\n', expect: (p) => expect(p.failOn).toBe('medium') },
    {
      name: 'rules: severity and off',
      yaml: 'rules:\n  repo/lfs-pointer: low\n  scan/unsupported-format: off\n',
      expect: (p) => expect(p.rules).toEqual({ 'repo/lfs-pointer': 'low', 'scan/unsupported-format': 'off' }),
    },
    {
      name: 'formats allow and deny',
      yaml: 'formats:\n  allow: [safetensors, gguf]\n  deny: [pickle]\n',
      expect: (p) => expect(p.formats).toEqual({ allow: ['safetensors', 'gguf'], deny: ['pickle'] }),
    },
    {
      name: 'pickle allow, plain and forced',
      yaml:
        'pickle:\n  allow:\n    - collections.OrderedDict\n    - { global: mylib.Layer }\n' +
        '    - global: builtins.eval\n      force: true\n      reason: reviewed in SEC-1\n',
      expect: (p) => {
        expect(p.pickle.allow).toEqual(['collections.OrderedDict', 'mylib.Layer']);
        expect(p.pickle.forced).toEqual([
          { global: 'builtins.eval', reason: 'reviewed in SEC-1', position: { line: 5, column: 7 } },
        ]);
      },
    },
    {
      name: 'verification require and signers (paths resolved against the policy folder)',
      yaml:
        'verification:\n  require: signature-or-lock\n  signers:\n' +
        '    - identity: https://github.com/o/r/.github/workflows/release.yml@refs/heads/main\n' +
        '      issuer: https://token.actions.githubusercontent.com\n' +
        '    - key: keys/release.pub\n    - certificateChain: [ca/root.pem, /abs/int.pem]\n',
      expect: (p) =>
        expect(p.verification).toEqual({
          require: 'signature-or-lock',
          signers: [
            {
              kind: 'sigstore',
              identity: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
              issuer: 'https://token.actions.githubusercontent.com',
            },
            { kind: 'key', keyPath: '/p/keys/release.pub' },
            { kind: 'certificate-chain', chainPaths: ['/p/ca/root.pem', '/abs/int.pem'] },
          ],
        }),
    },
    {
      name: 'sources',
      yaml: 'sources:\n  huggingface: [meta-llama, my-org/my-model]\n  github: [pytorch]\n',
      expect: (p) =>
        expect(p.sources).toEqual({ huggingface: ['meta-llama', 'my-org/my-model'], github: ['pytorch'] }),
    },
    {
      name: 'ignore with and without expiry, rule groups',
      yaml:
        'ignore:\n  - rule: repo/lfs-pointer\n    path: "weights/**"\n    reason: fetched in CI\n' +
        '  - rule: scan/*\n    path: "*.bin"\n    reason: " legacy "\n    expires: 2030-01-31\n',
      expect: (p) =>
        expect(p.ignore).toEqual([
          {
            rule: 'repo/lfs-pointer',
            path: 'weights/**',
            reason: 'fetched in CI',
            position: { line: 2, column: 5 },
          },
          {
            rule: 'scan/*',
            path: '*.bin',
            reason: 'legacy',
            expires: '2030-01-31',
            position: { line: 5, column: 5 },
          },
        ]),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = parse(c.yaml);
      expect(r.errors).toEqual([]);
      c.expect(r.policy!);
    });
  }

  it('reads JSON with the same meaning and positions', () => {
    const json =
      '{\n  "failOn": "low",\n  "ignore": [\n    {"rule": "repo/lfs-pointer", "path": "x", "reason": "r"}\n  ]\n}\n';
    const r = parse(json, '/p/.modelvet.json');
    expect(r.errors).toEqual([]);
    expect(r.policy!.failOn).toBe('low');
    expect(r.policy!.ignore[0]!.position).toEqual({ line: 4, column: 5 });
  });
});

describe('policy errors name the key path, line and column', () => {
  const cases: { name: string; yaml: string; errors: string[]; file?: string }[] = [
    {
      name: 'unknown top-level key',
      yaml: 'failOn: high\nfailon: low\n',
      errors: [
        'policy.yml:2:1: failon: unknown key "failon" (expected one of: version, failOn, rules, formats, pickle, verification, sources, ignore, digestCache)',
      ],
    },
    {
      name: 'unknown nested key',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: x\n    reason: r\n    until: 2030-01-01\n',
      errors: [
        'policy.yml:5:5: ignore[0].until: unknown key "until" (expected one of: rule, path, reason, expires)',
      ],
    },
    {
      name: 'wrong type (scalar for list)',
      yaml: 'formats:\n  allow: safetensors\n',
      errors: ['policy.yml:2:10: formats.allow: must be a list, got a string'],
    },
    {
      name: 'wrong type (list for map)',
      yaml: 'rules: [a]\n',
      errors: ['policy.yml:1:8: rules: must be a map, got a list'],
    },
    {
      name: 'wrong version',
      yaml: 'version: 2\n',
      errors: ['policy.yml:1:10: version: must be 1; got 2'],
    },
    {
      name: 'bad failOn',
      yaml: 'failOn: severe\n',
      errors: ['policy.yml:1:9: failOn: must be one of info, low, medium, high, critical; got "severe"'],
    },
    {
      name: 'bad rule severity',
      yaml: 'rules:\n  repo/lfs-pointer: ignore\n',
      errors: [
        'policy.yml:2:21: rules["repo/lfs-pointer"]: must be one of off, info, low, medium, high, critical; got "ignore"',
      ],
    },
    {
      name: 'malformed rule id',
      yaml: 'rules:\n  LFS: low\n',
      errors: ['policy.yml:2:3: rules.LFS: key "LFS" must be a rule id such as pickle/dangerous-global'],
    },
    {
      name: 'unknown rule id',
      yaml: 'rules:\n  repo/lfs-pointers: low\n',
      errors: [
        'policy.yml:2:3: rules["repo/lfs-pointers"]: unknown rule "repo/lfs-pointers" (did you mean "repo/lfs-pointer"?) (run `modelvet explain` for the list)',
      ],
    },
    {
      name: 'format both allowed and denied',
      yaml: 'formats:\n  allow: [gguf]\n  deny: [pickle, gguf]\n',
      errors: ['policy.yml:3:18: formats.deny[1]: "gguf" is both allowed and denied'],
    },
    {
      name: 'format listed twice',
      yaml: 'formats:\n  deny: [pickle, pickle]\n',
      errors: ['policy.yml:2:9: formats.deny: lists "pickle" twice'],
    },
    {
      name: 'pickle global not module.name',
      yaml: 'pickle:\n  allow: [OrderedDict]\n',
      errors: [
        'policy.yml:2:11: pickle.allow[0]: must be an exact module.name such as collections.OrderedDict; got "OrderedDict"',
      ],
    },
    {
      name: 'pickle global of the wrong type',
      yaml: 'pickle:\n  allow: [12]\n',
      errors: ['policy.yml:2:11: pickle.allow[0]: must be a string or a map, got a number'],
    },
    {
      name: 'denylisted pickle global without force',
      yaml: 'pickle:\n  allow:\n    - os.system\n',
      errors: [
        "policy.yml:3:7: pickle.allow[0]: os.system is on modelvet's pickle denylist; allowing it needs {global: os.system, force: true, reason: ...}",
      ],
    },
    {
      name: 'force without a reason',
      yaml: 'pickle:\n  allow:\n    - { global: builtins.exec, force: true }\n',
      errors: ['policy.yml:3:7: pickle.allow[0]: allowing builtins.exec with force needs a "reason"'],
    },
    {
      name: 'bad verification requirement',
      yaml: 'verification:\n  require: signed\n',
      errors: [
        'policy.yml:2:12: verification.require: must be one of none, signature, lock, signature-or-lock; got "signed"',
      ],
    },
    {
      name: 'identity without issuer',
      yaml: 'verification:\n  signers:\n    - identity: me@example.com\n',
      errors: ['policy.yml:3:7: verification.signers[0]: "identity" needs "issuer" beside it'],
    },
    {
      name: 'signer of two kinds',
      yaml: 'verification:\n  signers:\n    - key: k.pub\n      certificateChain: [c.pem]\n',
      errors: [
        'policy.yml:3:7: verification.signers[0]: a signer is one of identity+issuer, key or certificateChain, not several',
      ],
    },
    {
      name: 'empty signer',
      yaml: 'verification:\n  signers:\n    - {}\n',
      errors: [
        'policy.yml:3:7: verification.signers[0]: a signer needs identity+issuer, key or certificateChain',
      ],
    },
    {
      name: 'bad source',
      yaml: 'sources:\n  huggingface: ["meta llama"]\n',
      errors: [
        'policy.yml:2:17: sources.huggingface[0]: must be an organisation or owner, owner/name, or * for any; got "meta llama"',
      ],
    },
    {
      name: 'unknown hub',
      yaml: 'sources:\n  gitlab: [x]\n',
      errors: [
        'policy.yml:2:3: sources.gitlab: unknown key "gitlab" (expected one of: huggingface, github, ollama, kaggle, modelscope, url)',
      ],
    },
    {
      name: 'ignore: missing reason',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n',
      errors: ['policy.yml:2:5: ignore[0]: missing required key "reason"'],
    },
    {
      name: 'ignore: blank reason',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: "**"\n    reason: "   "\n',
      errors: ['policy.yml:4:13: ignore[0].reason: must be a reason in words, not blank; got "   "'],
    },
    {
      name: 'ignore: bad glob',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: "models/[ab"\n    reason: r\n',
      errors: [
        'policy.yml:3:11: ignore[0].path: glob "models/[ab" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters',
      ],
    },
    {
      name: 'ignore: absolute glob',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: /models/**\n    reason: r\n',
      errors: [
        'policy.yml:3:11: ignore[0].path: glob "/models/**" must be relative to the scanned folder, not absolute',
      ],
    },
    {
      name: 'ignore: glob leaving the folder',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: ../other/**\n    reason: r\n',
      errors: ['policy.yml:3:11: ignore[0].path: glob "../other/**" must not contain ".." segments'],
    },
    {
      name: 'ignore: unknown rule',
      yaml: 'ignore:\n  - rule: repo/nothing\n    path: x\n    reason: r\n',
      errors: [
        'policy.yml:2:11: ignore[0].rule: unknown rule "repo/nothing" (run `modelvet explain` for the list)',
      ],
    },
    {
      name: 'ignore: unknown rule group',
      yaml: 'ignore:\n  - rule: nothing/*\n    path: x\n    reason: r\n',
      errors: [
        'policy.yml:2:11: ignore[0].rule: no rule group "nothing" (run `modelvet explain` for the list)',
      ],
    },
    {
      name: 'ignore: expires not a date',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: x\n    reason: r\n    expires: next week\n',
      errors: [
        'policy.yml:5:14: ignore[0].expires: must be a date YYYY-MM-DD; the ignore applies through that day (UTC); got "next week"',
      ],
    },
    {
      name: 'ignore: expires not a real day',
      yaml: 'ignore:\n  - rule: repo/lfs-pointer\n    path: x\n    reason: r\n    expires: 2030-02-30\n',
      errors: ['policy.yml:5:14: ignore[0].expires: 2030-02-30 is not a real date (YYYY-MM-DD)'],
    },
    {
      name: 'YAML syntax error',
      yaml: 'failOn: high\nrules: [a,\n',
      errors: [
        'policy.yml:3:1: (file): invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    },
    {
      name: 'duplicate key',
      yaml: 'failOn: high\nfailOn: low\n',
      errors: ['policy.yml:2:1: (file): invalid YAML: Map keys must be unique'],
    },
    {
      name: 'JSON syntax error',
      file: 'policy.json',
      yaml: '{\n  "failOn": "high",\n}\n',
      errors: ['policy.json:3:1: (file): invalid JSON: Expected double-quoted property name'],
    },
    {
      name: 'several errors at once, in file order',
      yaml: 'failOn: severe\nbogus: 1\nignore:\n  - rule: repo/lfs-pointer\n    path: x\n',
      errors: [
        'policy.yml:1:9: failOn: must be one of info, low, medium, high, critical; got "severe"',
        'policy.yml:2:1: bogus: unknown key "bogus" (expected one of: version, failOn, rules, formats, pickle, verification, sources, ignore, digestCache)',
        'policy.yml:4:5: ignore[0]: missing required key "reason"',
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(errorsOf(c.yaml, c.file)).toEqual(c.errors);
      expect(parse(c.yaml, c.file ?? 'policy.yml').policy).toBeUndefined();
    });
  }

  it('an unknown format kind is an error (a typo would make an allow or deny list useless), with a suggestion', () => {
    const r = parsePolicy('formats:\n  allow: [safetensor]\n  deny: [pickle, pikle]\n', 'p.yml', {
      ruleIds: RULES,
      kinds: ['pickle', 'zip', 'safetensors'],
    });
    expect(r.policy).toBeUndefined();
    expect(formatPolicyErrors('p.yml', r.errors).split('\n')).toEqual([
      'p.yml:2:11: formats.allow[0]: "safetensor" is not a kind modelvet reports (did you mean "safetensors"?) (known: pickle, safetensors, zip)',
      'p.yml:3:18: formats.deny[1]: "pikle" is not a kind modelvet reports (did you mean "pickle"?) (known: pickle, safetensors, zip)',
    ]);
    expect(parse('formats:\n  allow: [safetensors, gguf, zip]\n').policy).toBeDefined();
  });

  it('a signer key or certificate file that does not exist is an error naming the resolved path', () => {
    const missing = (p: string) => !p.endsWith('missing.pub') && !p.endsWith('gone.pem');
    const r = parse(
      'verification:\n  signers:\n    - key: keys/missing.pub\n    - certificateChain: [ca/ok.pem, ca/gone.pem]\n',
      '/p/policy.yml',
      missing,
    );
    expect(r.policy).toBeUndefined();
    expect(formatPolicyErrors('policy.yml', r.errors).split('\n')).toEqual([
      'policy.yml:3:12: verification.signers[0].key: file keys/missing.pub does not exist (looked for /p/keys/missing.pub)',
      'policy.yml:4:37: verification.signers[1].certificateChain[1]: file ca/gone.pem does not exist (looked for /p/ca/gone.pem)',
    ]);
  });

  it('nesting past the limit is one error in our words, not a stack trace or the library text', () => {
    const deep = `a: ${'['.repeat(20_000)}`;
    const r = parse(deep, 'policy.yml');
    expect(r.policy).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toBe('YAML nests deeper than 64 levels; not parsed');
    const json = parse(`{"a": ${'['.repeat(20_000)}`, 'policy.json');
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0]!.message).toBe('JSON nests deeper than 64 levels; not parsed');
  });

  it('formats key paths', () => {
    expect(formatKeyPath([])).toBe('(top level)');
    expect(formatKeyPath(['ignore', 2, 'reason'])).toBe('ignore[2].reason');
    expect(formatKeyPath(['rules', 'pin/x'])).toBe('rules["pin/x"]');
  });

  it('judges globs', () => {
    expect(globProblem('models/**/*.bin')).toBeUndefined();
    expect(globProblem('a\\b')).toMatch(/forward slashes/);
    expect(globProblem('a/{b,c')).toMatch(/not a valid glob/);
  });

  it('a YAML alias bomb is an error, not a hang', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [*${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}, *${'abcdefghi'[i]}]`,
      );
    const started = Date.now();
    const r = parse(`${bomb.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.policy).toBeUndefined();
    expect(r.errors[0]!.message).toMatch(/invalid YAML/);
  });
});

describe('policy errors quote hostile keys and values cut', () => {
  it('a 90,000-character unknown key is shown as its first 80 characters and its length', () => {
    const key = 'x=1 '.repeat(22_500);
    // A flow mapping: YAML caps implicit block keys at 1024 characters, not quoted flow keys.
    const r = parsePolicy(`{"version": 1, "${key}": 1}\n`, 'p.yml');
    const text = formatPolicyErrors('p.yml', r.errors);
    expect(text).toContain('(a key of 90000 characters)');
    expect(text).toContain('(90000 characters)');
    expect(text.length).toBeLessThan(2000);
  });
});
