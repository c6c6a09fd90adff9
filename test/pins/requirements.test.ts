// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${VAR} is shell, pip and Dockerfile syntax under test
import { describe, expect, it } from 'vitest';
import { parseRequirement, specifierPinning, urlPinning } from '../../src/pins/pep508.ts';
import { checkRequirementsText, logicalLines } from '../../src/pins/requirements.ts';
import { check, HASH, ruleList, SHA } from './helpers.ts';

const H = `--hash=sha256:${HASH}`;

// [requirements line(s), expected "rule@severity" list]; [] means pinned: no finding.
const TABLE: [string, string[]][] = [
  // pinned forms (no false positives)
  [`torch==2.4.1 ${H}`, []],
  [`torch===2.4.1 ${H}`, []],
  [`torch==2.4.1+cu121 ${H}`, []],
  [`Foo_Bar.baz[extra1, extra2]==1.0.0 ; python_version < "3.11" and sys_platform == 'linux' ${H}`, []],
  [`requests==2.31.0 \\\n    --hash=sha256:${HASH} \\\n    --hash=sha256:${'b'.repeat(64)}`, []],
  [`accelerate @ git+https://github.com/huggingface/accelerate@${SHA}`, []],
  [`accelerate @ git+https://github.com/huggingface/accelerate.git@${SHA}#egg=accelerate`, []],
  [`git+ssh://git@github.com/org/repo.git@${SHA}#egg=repo`, []],
  [`pkg @ https://example.com/pkg-1.0-py3-none-any.whl#sha256=${HASH}`, []],
  [`https://example.com/pkg-1.0.tar.gz ${H}`, []],
  ['./wheels/local_pkg-1.0-py3-none-any.whl', []],
  ['pkg @ file:///opt/wheels/pkg-1.0.whl', []],
  ['# only a comment', []],
  ['', []],
  ['--require-hashes', []],
  ['--find-links ./wheels', []],
  ['--pre', []],
  // version-pinned without a hash
  ['numpy==1.26.4', ['requirement-without-hash@low']],
  ['numpy===1.26.4', ['requirement-without-hash@low']],
  ['transformers[torch]==4.44.2; python_version >= "3.9"', ['requirement-without-hash@low']],
  ['numpy == 1.26.4  # pinned', ['requirement-without-hash@low']],
  ['numpy (==1.26.4)', ['requirement-without-hash@low']],
  // unpinned
  ['torch', ['unpinned-requirement@medium']],
  ['torch>=2.0', ['unpinned-requirement@medium']],
  ['torch>=2.0,<3', ['unpinned-requirement@medium']],
  ['torch~=2.0', ['unpinned-requirement@medium']],
  ['torch!=2.0.1', ['unpinned-requirement@medium']],
  ['torch==2.*', ['unpinned-requirement@medium']],
  ['torch<3', ['unpinned-requirement@medium']],
  ['torch==${TORCH_VERSION}', ['unpinned-requirement@medium']],
  ['transformers[sentencepiece] >= 4.30 ; python_version >= "3.8"', ['unpinned-requirement@medium']],
  [`torch>=2.0 ${H}`, ['unpinned-requirement@medium']],
  ['peft @ git+https://github.com/huggingface/peft', ['unpinned-vcs@medium']],
  ['peft @ git+https://github.com/huggingface/peft@main', ['unpinned-vcs@medium']],
  ['peft @ git+https://github.com/huggingface/peft@v0.12.0', ['unpinned-vcs@medium']],
  ['peft @ git+https://github.com/huggingface/peft@548fc35', ['unpinned-vcs@medium']],
  ['git+https://github.com/openai/CLIP.git', ['unpinned-vcs@medium']],
  ['git+https://github.com/openai/CLIP.git@main#egg=clip', ['unpinned-vcs@medium']],
  ['https://example.com/pkg-1.0-py3-none-any.whl', ['unpinned-url@medium']],
  ['pkg @ https://example.com/pkg.tar.gz#md5=abc', ['unpinned-url@medium']],
  ['-e git+https://github.com/org/repo.git@dev#egg=repo', ['editable-install@medium', 'unpinned-vcs@medium']],
  [`-e git+https://github.com/org/repo.git@${SHA}#egg=repo`, ['editable-install@medium']],
  ['-e .', ['editable-install@low']],
  ['--editable=./src/pkg', ['editable-install@low']],
  ['--extra-index-url https://download.pytorch.org/whl/cu121', ['extra-index-url@medium']],
  ['--extra-index-url=http://pypi.internal/simple', ['extra-index-url@high']],
  ['-i https://pypi.internal/simple', ['custom-index-url@low']],
  ['--index-url http://pypi.internal/simple', ['custom-index-url@medium']],
  ['-ihttps://pypi.internal/simple', ['custom-index-url@low']],
  ['--trusted-host pypi.internal', ['custom-index-url@medium']],
  ['-f https://download.pytorch.org/whl/torch_stable.html', ['custom-index-url@low']],
  ['-r https://example.com/requirements.txt', ['unpinned-url@medium']],
  ['torch >=', ['unparseable@low']],
  ['\ufefftorch>=2\r\nnumpy==1.0\r\n', ['requirement-without-hash@low', 'unpinned-requirement@medium']],
];

describe('requirements.txt table', () => {
  it.each(TABLE)('%j', (text, expected) => {
    expect(ruleList('requirements', text)).toEqual([...expected].sort());
  });

  it('constraints files have no hash rule but still flag ranges', () => {
    expect(ruleList('constraints', 'numpy==1.26.4\ntorch>=2')).toEqual(['unpinned-requirement@medium']);
  });

  it('reports line and column of the offending text, with the text as evidence', () => {
    const text = 'numpy==1.26.4 \\\n  --hash=sha256:' + HASH + '\n\n   torch>=2.0  # range\n';
    const [f] = check('requirements', text);
    expect(f).toMatchObject({ rule: 'pin/unpinned-requirement', line: 4, column: 4 });
    expect(f?.evidence?.text).toBe('torch>=2.0');
  });

  it('columns point into continued lines', () => {
    const text = `-e \\\n   git+https://h/o/r@dev#egg=r\n`;
    const vcs = check('requirements', text).find((f) => f.rule === 'pin/unpinned-vcs');
    expect(vcs).toMatchObject({ line: 2, column: 4 });
  });

  it('returns -r and -c includes in every spelling', () => {
    const inc = checkRequirementsText(
      '-r base.txt\n--requirement=dev.txt\n-rlocal.txt\n-c constraints.txt\n--constraint c2.txt\n',
      () => {},
    );
    expect(inc.map((i) => `${i.kind}:${i.target}`)).toEqual([
      'requirement:base.txt',
      'requirement:dev.txt',
      'requirement:local.txt',
      'constraint:constraints.txt',
      'constraint:c2.txt',
    ]);
  });

  it('a comment line inside a continuation ends it, as in pip', () => {
    expect(logicalLines('a \\\n# c \\\nb\n').map((l) => l.text.trim())).toEqual(['a', '# c \\', 'b']);
  });
});

describe('PEP 508 parser', () => {
  it('parses names, extras, specifiers, markers and URLs', () => {
    expect(parseRequirement('A.b-c[x,y] >=1.0, <2 ; python_version<"3.9"')).toEqual({
      name: 'A.b-c',
      extras: ['x', 'y'],
      specifiers: [
        { op: '>=', version: '1.0' },
        { op: '<', version: '2' },
      ],
      marker: 'python_version<"3.9"',
    });
    expect(parseRequirement('x @ https://h/x.whl ; os_name=="nt"')).toMatchObject({
      name: 'x',
      url: 'https://h/x.whl',
      marker: 'os_name=="nt"',
    });
    expect(parseRequirement('x[')).toBeUndefined();
    expect(parseRequirement('x >= ')).toBeUndefined();
  });

  it('decides pinning', () => {
    expect(specifierPinning([{ op: '==', version: '1.0' }]).kind).toBe('pinned');
    expect(specifierPinning([{ op: '===', version: 'foo-bar' }]).kind).toBe('pinned');
    expect(specifierPinning([{ op: '==', version: '1.*' }]).kind).toBe('unpinned');
    expect(urlPinning(`git+https://h/o/r@${SHA.toUpperCase()}`)).toMatchObject({
      kind: 'vcs',
      pinned: false,
    });
    expect(urlPinning('svn+https://h/repo@1234')).toMatchObject({ kind: 'vcs', pinned: true });
    expect(urlPinning('C:\\wheels\\x.whl').kind).toBe('local');
  });
});
