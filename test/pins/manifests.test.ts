import { describe, expect, it } from 'vitest';
import { condaSpecPinning } from '../../src/pins/conda.ts';
import { npmSpecPinning } from '../../src/pins/npm.ts';
import { poetryConstraintPinned } from '../../src/pins/pyproject.ts';
import { check, ruleList, SHA } from './helpers.ts';

describe('package.json table', () => {
  // [spec, expected rule list without a lock file]
  const TABLE: [string, string[]][] = [
    ['1.2.3', []],
    ['v1.2.3', []],
    ['1.2.3-beta.1', []],
    ['=1.2.3', []],
    ['file:../local-pkg', []],
    ['link:../local-pkg', []],
    ['workspace:*', []],
    ['workspace:^', []],
    ['catalog:', []],
    ['./vendor/pkg', []],
    [`github:org/repo#${SHA}`, []],
    [`git+https://github.com/org/repo.git#${SHA}`, []],
    [`org/repo#${SHA}`, []],
    ['npm:other-pkg@1.0.0', []],
    ['^1.2.3', ['unpinned-npm@medium']],
    ['~1.2.3', ['unpinned-npm@medium']],
    ['>=1.0.0', ['unpinned-npm@medium']],
    ['1.x', ['unpinned-npm@medium']],
    ['1.2', ['unpinned-npm@medium']],
    ['*', ['unpinned-npm@medium']],
    ['', ['unpinned-npm@medium']],
    ['latest', ['unpinned-npm@medium']],
    ['next', ['unpinned-npm@medium']],
    ['1.0.0 - 2.0.0', ['unpinned-npm@medium']],
    ['npm:other-pkg@^1.0.0', ['unpinned-npm@medium']],
    ['github:org/repo', ['unpinned-vcs@medium']],
    ['org/repo#main', ['unpinned-vcs@medium']],
    ['git+https://github.com/org/repo.git#v1.0.0', ['unpinned-vcs@medium']],
    ['git+ssh://git@github.com/org/repo.git#semver:^1.0', ['unpinned-vcs@medium']],
    ['git://github.com/org/repo.git#abc1234', ['unpinned-vcs@medium']],
    ['https://example.com/pkg-1.0.0.tgz', ['unpinned-url@medium']],
  ];
  it.each(TABLE)('%j', (spec, expected) => {
    const text = JSON.stringify({ name: 'x', dependencies: { dep: spec } }, null, 2);
    expect(ruleList('package-json', text)).toEqual(expected);
  });

  it('lowers ranges to low next to a lock file and says so', () => {
    const text = '{\n  "devDependencies": {\n    "vitest": "^5.1.2"\n  }\n}\n';
    const [f] = check('package-json', text, { lockFile: 'package-lock.json' });
    expect(f).toMatchObject({ rule: 'pin/unpinned-npm', severity: 'low', line: 3, column: 16 });
    expect(f?.message).toContain('package-lock.json');
    expect(check('package-json', text)[0]?.message).toContain('no lock file');
  });

  it('ignores peerDependencies and reports invalid JSON', () => {
    expect(ruleList('package-json', '{"peerDependencies": {"react": "^18"}}')).toEqual([]);
    expect(ruleList('package-json', '{"dependencies": {"a": "^1",}}')).toEqual([
      'unparseable@medium',
      'unpinned-npm@medium',
    ]);
  });

  it('classifies specs with semver', () => {
    expect(npmSpecPinning('a', '1.2.3').kind).toBe('pinned');
    expect(npmSpecPinning('a', '^1.2.3').kind).toBe('range');
  });
});

describe('pyproject.toml table', () => {
  const TABLE: [string, string[]][] = [
    ['[project]\ndependencies = ["torch==2.4.1", "numpy===1.26.4"]', []],
    [`[project]\ndependencies = ["peft @ git+https://github.com/huggingface/peft@${SHA}"]`, []],
    ['[project]\ndependencies = ["local @ file:///opt/pkg"]', []],
    [
      '[project]\ndependencies = [\n  "torch>=2.0",\n  "transformers[torch]~=4.40 ; python_version >= \'3.9\'",\n]',
      ['unpinned-requirement@medium', 'unpinned-requirement@medium'],
    ],
    ['[project.optional-dependencies]\ndev = ["pytest"]', ['unpinned-requirement@medium']],
    [
      '[dependency-groups]\ntest = ["pytest==8.0.0", {include-group = "lint"}]\nlint = ["ruff>=0.5"]',
      ['unpinned-requirement@medium'],
    ],
    ['[build-system]\nrequires = ["setuptools>=61"]', ['unpinned-requirement@low']],
    [
      '[project]\ndependencies = ["peft @ git+https://github.com/huggingface/peft@main"]',
      ['unpinned-vcs@medium'],
    ],
    ['[tool.uv]\ndev-dependencies = ["black"]', ['unpinned-requirement@medium']],
    ['[tool.poetry.dependencies]\npython = "^3.10"\ntorch = "2.4.1"\nnumpy = "==1.26.4"', []],
    ['[tool.poetry.dependencies]\ntorch = "^2.4"', ['unpinned-requirement@medium']],
    ['[tool.poetry.dependencies]\ntorch = "*"', ['unpinned-requirement@medium']],
    [
      '[tool.poetry.dependencies]\ntorch = { version = ">=2", source = "pytorch" }',
      ['unpinned-requirement@medium'],
    ],
    [
      `[tool.poetry.dependencies]\npeft = { git = "https://github.com/huggingface/peft.git", rev = "${SHA}" }`,
      [],
    ],
    [
      '[tool.poetry.dependencies]\npeft = { git = "https://github.com/huggingface/peft.git", branch = "main" }',
      ['unpinned-vcs@medium'],
    ],
    [
      '[tool.poetry.dependencies]\npeft = { git = "https://github.com/huggingface/peft.git", tag = "v0.12.0" }',
      ['unpinned-vcs@medium'],
    ],
    ['[tool.poetry.dependencies]\nmylib = { path = "../mylib", develop = true }', []],
    ['[tool.poetry.dependencies]\nw = { url = "https://example.com/w-1.0.whl" }', ['unpinned-url@medium']],
    ['[tool.poetry.group.dev.dependencies]\npytest = "~8.0"', ['unpinned-requirement@medium']],
    [
      '[tool.poetry.dependencies]\nnumpy = [\n  { version = "1.26.4", python = "<3.12" },\n  { version = "^2.0", python = ">=3.12" },\n]',
      ['unpinned-requirement@medium'],
    ],
    ['[project\ndependencies = ["torch"]', ['unparseable@medium']],
  ];
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('pyproject', text)).toEqual([...expected].sort());
  });

  it('points into the TOML string and lowers severity next to a lock file', () => {
    const text = '[project]\nname = "x"\ndependencies = [\n    "torch>=2.0",\n]\n';
    const [f] = check('pyproject', text, { lockFile: 'uv.lock' });
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', severity: 'low', line: 4, column: 6 });
    expect(f?.message).toContain('uv.lock');
  });

  it('knows Poetry constraints', () => {
    expect(poetryConstraintPinned('1.2.3')).toBe(true);
    expect(poetryConstraintPinned('^1.2.3')).toBe(false);
    expect(poetryConstraintPinned('1.2.*')).toBe(false);
  });
});

describe('Pipfile table', () => {
  const TABLE: [string, string[]][] = [
    ['[packages]\nrequests = "==2.31.0"\ntorch = "===2.3.1"', []],
    [`[packages]\nx = {git = "https://github.com/o/r.git", ref = "${SHA}"}`, []],
    ['[packages]\nx = {path = "./x", editable = true}', []],
    ['[packages]\nrequests = "*"', ['unpinned-requirement@medium']],
    ['[packages]\nrequests = ">=2.0"', ['unpinned-requirement@medium']],
    ['[dev-packages]\npytest = "==8.*"', ['unpinned-requirement@medium']],
    ['[packages]\nx = {version = "~=1.0", extras = ["a"]}', ['unpinned-requirement@medium']],
    ['[packages]\nx = {git = "https://github.com/o/r.git", ref = "main"}', ['unpinned-vcs@medium']],
    ['[packages]\nx = {file = "https://example.com/x-1.0.tar.gz"}', ['unpinned-url@medium']],
  ];
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('pipfile', text)).toEqual(expected);
  });

  it('lowers severity next to Pipfile.lock', () => {
    expect(ruleList('pipfile', '[packages]\nrequests = "*"', { lockFile: 'Pipfile.lock' })).toEqual([
      'unpinned-requirement@low',
    ]);
  });
});

describe('conda environment.yml table', () => {
  const env = (deps: string) => `name: demo\nchannels:\n  - conda-forge\ndependencies:\n${deps}`;
  const TABLE: [string, string[]][] = [
    ['  - numpy=1.26.4=py311h64a7726_0\n', []],
    ['  - numpy==1.26.4\n', []],
    ['  - conda-forge::numpy==1.26.4\n', []],
    ['  - numpy 1.26.4 py311h64a7726_0\n', []],
    ["  - numpy[version='1.26.4']\n", []],
    ['  - numpy\n', ['unpinned-requirement@medium']],
    ['  - numpy>=1.26\n', ['unpinned-requirement@medium']],
    ['  - numpy=1.26.*\n', ['unpinned-requirement@medium']],
    ['  - numpy 1.26.*\n', ['unpinned-requirement@medium']],
    ["  - numpy[version='>=1.26']\n", ['unpinned-requirement@medium']],
    ['  - python=3.11\n', ['unpinned-requirement@low']],
    ['  - pip\n  - pip:\n      - torch==2.4.1\n', ['unpinned-requirement@medium']],
    [
      '  - pip:\n      - torch>=2\n      - --extra-index-url https://download.pytorch.org/whl/cu121\n',
      ['extra-index-url@medium', 'unpinned-requirement@medium'],
    ],
    ['  - pip:\n      - "git+https://github.com/org/repo@main"\n', ['unpinned-vcs@medium']],
  ];
  it.each(TABLE)('%j', (deps, expected) => {
    expect(ruleList('conda', env(deps))).toEqual([...expected].sort());
  });

  it('points at the list item, also inside pip:', () => {
    const text = env('  - numpy=1.26.4=h0\n  - pip:\n      - "torch>=2"\n');
    const [f] = check('conda', text);
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', line: 7, column: 10 });
  });

  it('reads MLflow python_env.yaml as pip lines and returns its -r includes', () => {
    const text =
      'python: "3.10"\nbuild_dependencies:\n  - pip==24.0\ndependencies:\n  - -r requirements.txt\n  - mlflow>=2\n';
    expect(ruleList('conda', text)).toEqual(['unpinned-requirement@medium']);
  });

  it('conda MatchSpec pinning', () => {
    expect(condaSpecPinning('numpy=1.2=py_0').pinned).toBe(true);
    expect(condaSpecPinning('numpy=1.2')).toMatchObject({ pinned: false, prefix: true });
  });

  it('follows YAML anchors and aliases', () => {
    const text = 'common: &deps\n  - numpy>=1\n  - pip:\n      - torch\ndependencies: *deps\n';
    expect(ruleList('conda', text)).toEqual(['unpinned-requirement@medium', 'unpinned-requirement@medium']);
  });

  it('reports broken YAML', () => {
    expect(ruleList('conda', 'dependencies:\n  - [unclosed\n')).toContain('unparseable@medium');
  });
});
