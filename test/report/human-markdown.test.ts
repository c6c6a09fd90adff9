import { describe, expect, it } from 'vitest';
import { getRule } from '../../src/builtins.ts';
import type { Finding } from '../../src/core/finding.ts';
import type { Report } from '../../src/core/report.ts';
import { renderHuman, summaryText } from '../../src/report/human.ts';
import { MARKDOWN_MAX_BYTES, renderMarkdown } from '../../src/report/markdown.ts';
import { fixSentence } from '../../src/report/next-step.ts';

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  const bySeverity = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  const failing = findings.filter((f) => f.severity === 'high' || f.severity === 'critical').length;
  return {
    schemaVersion: 1,
    tool: { name: 'modelvet', version: '0.1.0' },
    startedAt: '2026-01-02T03:04:05.000Z',
    durationMs: 2500,
    failOn: 'high',
    targets: [{ input: 'm', isDirectory: true, skipped: [] }],
    files: [],
    findings,
    verifications: [],
    summary: {
      files: 3,
      bytes: 3 * 1024 ** 3,
      findings: findings.length,
      bySeverity,
      throughput: 1.2 * 1024 ** 3,
    },
    verdict: failing ? 'fail' : 'pass',
    reason: failing ? `${failing} findings at or above high` : 'no finding at or above high',
    ...extra,
  };
}

const F: Finding[] = [
  {
    rule: 'pickle/dangerous-global',
    severity: 'critical',
    path: 'm/model.bin',
    member: ['model.bin', 'archive/data.pkl'],
    offset: 42,
    message: 'os.system is called',
  },
  {
    rule: 'pickle/unknown-global',
    severity: 'medium',
    path: 'm/model.bin',
    member: ['model.bin', 'archive/data.pkl'],
    offset: 60,
    message: 'foo.Bar referenced',
  },
  { rule: 'zip/name-mismatch', severity: 'high', path: 'm/model.bin', message: 'local header name differs' },
  {
    rule: 'pin/unpinned-requirement',
    severity: 'low',
    path: 'm/requirements.txt',
    line: 3,
    column: 1,
    message: 'torch>=2 is not pinned',
  },
];

describe('human report', () => {
  it('summary line: files, bytes, time, throughput, counts by severity, suppressed, verifications', () => {
    const r = report(F, {
      summary: { ...report(F).summary, suppressed: 2 },
      verifications: [
        { kind: 'lock', source: 'm/lock', ok: true, message: 'ok' },
        { kind: 'signature', source: 'm/model.sig', ok: false, message: 'bad' },
      ],
    });
    expect(summaryText(r)).toBe(
      '3 files, 3.00 GiB in 2.50 s (1.20 GiB/s); findings: 1 critical, 1 high, 1 medium, 1 low; 2 suppressed by policy; 1/2 verifications passed',
    );
  });

  it('groups findings by file, then by archive member, each with its fix, and ends with the verdict', () => {
    const text = renderHuman(report(F), { color: false });
    const fix = (rule: string, indent = '  ') => {
      const sentence = fixSentence(getRule(rule)!.explain);
      return `${indent}         ${sentence ? `fix: ${sentence} (modelvet explain ${rule})` : `see modelvet explain ${rule}`}`;
    };
    expect(text).toBe(
      [
        'm/model.bin',
        '  HIGH     zip/name-mismatch  local header name differs',
        fix('zip/name-mismatch'),
        '  in model.bin → archive/data.pkl',
        '    CRITICAL pickle/dangerous-global  os.system is called (offset 42)',
        fix('pickle/dangerous-global', '    '),
        '    MEDIUM   pickle/unknown-global  foo.Bar referenced (offset 60)',
        fix('pickle/unknown-global', '    '),
        '',
        'm/requirements.txt',
        '  LOW      pin/unpinned-requirement  torch>=2 is not pinned (line 3:1)',
        fix('pin/unpinned-requirement'),
        '',
        '3 files, 3.00 GiB in 2.50 s (1.20 GiB/s); findings: 1 critical, 1 high, 1 medium, 1 low',
        'FAIL (fail-on high): 2 findings at or above high',
        '',
      ].join('\n'),
    );
  });

  it('collapses repeats of one rule in one file into one line with a count', () => {
    const many: Finding[] = [1, 2, 3].map((line) => ({
      ...F[3]!,
      line,
      message: `pkg${line} is not pinned`,
    }));
    const text = renderHuman(report(many), { color: false });
    expect(text).toContain(
      '  LOW      pin/unpinned-requirement  pkg1 is not pinned (line 1:1) [and 2 more like this]\n',
    );
    expect(text).not.toContain('pkg2');
    const md = renderMarkdown(report(many));
    expect(md).toContain('`pkg1 is not pinned` (and 2 more like this)');
  });

  it('verbose lists every file with its kind and verdict; a clean scan says what it checked', () => {
    const r = report([F[3]!], {
      files: [
        { path: 'm/model.safetensors', size: 10, kind: 'safetensors' },
        { path: 'm/requirements.txt', size: 5, kind: 'text' },
        { path: 'm/model.zip', size: 5, kind: 'zip', contains: ['pickle'] },
      ],
      targets: [{ input: 'm', isDirectory: true, skipped: ['.git'] }],
    });
    const text = renderHuman(r, { color: false, verbose: true });
    expect(text).toContain('Files:\n  m/model.safetensors  safetensors  clean\n');
    expect(text).toContain('  m/requirements.txt  text  1 finding, worst low\n');
    expect(text).toContain('  m/model.zip  zip (contains pickle)  clean\n');
    expect(text).toContain(
      'Checked: 1 pickle (inside archives) (opcodes walked, globals classified), 1 safetensors (header validated), 1 text (pins, model references and chat templates checked), 1 zip (directory read, every member sniffed); skipped: m/.git\n',
    );
    expect(renderHuman(r, { color: false })).not.toContain('Files:');
  });

  it('--quiet prints only what fails, and the verdict', () => {
    const text = renderHuman(report(F), { color: false, quiet: true });
    expect(text).not.toContain('pickle/unknown-global');
    expect(text).not.toContain('requirements.txt');
    expect(text).toContain('pickle/dangerous-global');
    expect(text).toContain('FAIL (fail-on high)');
    const pass = renderHuman(report([F[3]!]), { color: false, quiet: true });
    expect(pass).toBe('PASS (fail-on high): no finding at or above high\n');
  });

  it('lists suppressed findings with their reason, and escapes control characters from hostile names', () => {
    const r = report([{ ...F[2]!, path: 'm/evil\x1b[2J.bin' }], {
      suppressed: [
        {
          ...F[3]!,
          suppression: {
            kind: 'ignore',
            reason: 'examples only',
            source: '.modelvet.yml',
            line: 4,
            expires: '2027-01-31',
          },
        },
      ],
      policy: { source: '.modelvet.yml', origin: 'explicit', ignores: [] },
    });
    const text = renderHuman(r, { color: false });
    expect(text).toContain(
      'Suppressed by policy .modelvet.yml:\n  pin/unpinned-requirement  m/requirements.txt: examples only',
    );
    expect(text).toContain('m/evil\\x1b[2J.bin');
    expect(text).not.toContain('\x1b');
    expect(text).toContain('examples only (until 2027-01-31)');
  });

  // An ignore that matched nothing is the finding policy/unused-ignore (test/policy/apply.test.ts),
  // shown like any other finding: the report prints no second line of its own for it.
  it('prints no line of its own for an ignore that matched nothing', () => {
    const r = report([], {
      policy: {
        source: '.modelvet.yml',
        origin: 'explicit',
        ignores: [{ rule: 'repo/lfs-pointer', path: 'old/**', reason: 'r', status: 'active', matched: 0 }],
      },
    });
    expect(renderHuman(r, { color: false })).not.toContain('old/**');
  });

  it('colours only when asked', () => {
    expect(renderHuman(report(F), { color: true })).toContain('\x1b[1;35mCRITICAL');
  });
});

describe('markdown report', () => {
  it('one table per severity, most severe first, with verdict and summary', () => {
    const md = renderMarkdown(report(F));
    expect(md.startsWith('## modelvet: ❌ FAIL\n')).toBe(true);
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### Critical (1)', '### High (1)', '### Medium (1)', '### Low (1)']);
    expect(md).toContain(
      `| \`pickle/dangerous-global\` | \`m/model.bin\` | in \`model.bin\` → \`archive/data.pkl\`, offset 42 | \`os.system is called\` | `,
    );
    expect(md).toContain(
      '| `pin/unpinned-requirement` | `m/requirements.txt` | line 3:1 | `torch>=2 is not pinned` | ',
    );
    expect(md).toContain('(`modelvet explain pin/unpinned-requirement`) |');
  });

  it('quiet keeps only failing severities; a clean report says so', () => {
    const md = renderMarkdown(report(F), { quiet: true });
    expect(md).toContain('### Critical (1)');
    expect(md).not.toContain('### Low');
    expect(renderMarkdown(report([]))).toContain('No findings.');
  });

  it('text from files is shown in code spans: no table break, HTML, emphasis or link', () => {
    const hostile: Finding = {
      ...F[2]!,
      path: 'm/__init__|<script>`x`.py',
      message: 'see https://evil.example/**bold** a\nb',
    };
    const row = renderMarkdown(report([hostile]))
      .split('\n')
      .find((l) => l.startsWith('| `zip/'))!;
    expect(row).toContain('| ``m/__init__\\|<script>`x`.py`` |');
    expect(row).toContain('| `see https://evil.example/**bold** a\\nb` |');
  });

  it('stays under the 1 MiB job summary limit and counts what it left out', () => {
    const many: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({
      rule: 'pin/unpinned-requirement',
      severity: 'medium',
      path: `m/requirements-${i}.txt`,
      line: 1,
      message: `package-${i} is not pinned to an exact version with hashes`.padEnd(120, '.'),
    }));
    const md = renderMarkdown(report(many));
    expect(Buffer.byteLength(md)).toBeLessThan(MARKDOWN_MAX_BYTES);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(
      /_\d+ more rows not shown to stay under the job summary size limit; see the JSON report._/,
    );
    const shown = md.split('\n').filter((l) => l.startsWith('| `pin/')).length;
    const omitted = Number(/_(\d+) more rows/.exec(md)![1]);
    expect(shown + omitted).toBe(20_000);
  });
});
