import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.ts';
import type { ModelReference, ModelSource } from '../../src/core/model-source.ts';
import {
  type FileReport,
  type Report,
  VERIFICATION_KINDS,
  type VerificationReport,
} from '../../src/core/report.ts';
import {
  applyPolicy,
  isExpired,
  isLockVerification,
  isSignatureVerification,
  looseningKeys,
  relativeToTarget,
  sourceRefusal,
} from '../../src/policy/apply.ts';
import { emptyPolicy, type Policy } from '../../src/policy/types.ts';

function report(parts: {
  findings?: Finding[];
  files?: FileReport[];
  verifications?: VerificationReport[];
  modelReferences?: ModelReference[];
  input?: string;
}): Report {
  const input = parts.input ?? 'model';
  return {
    schemaVersion: 1,
    tool: { name: 'modelvet', version: '0.0.0' },
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    failOn: 'high',
    targets: [{ input, isDirectory: true, skipped: [] }],
    files: parts.files ?? [],
    findings: parts.findings ?? [],
    verifications: parts.verifications ?? [],
    ...(parts.modelReferences ? { modelReferences: parts.modelReferences } : {}),
    summary: {
      files: 0,
      bytes: 0,
      findings: 0,
      bySeverity: { info: 0, low: 0, medium: 0, high: 0, critical: 0 },
      throughput: 0,
    },
    verdict: 'fail',
    reason: '',
  };
}
const lfs = (path = 'model/weights/model.safetensors'): Finding => ({
  rule: 'repo/lfs-pointer',
  severity: 'high',
  path,
  line: 1,
  message: 'pointer',
});
const policy = (p: Partial<Policy>): Policy => ({ ...emptyPolicy('.modelvet.yml'), ...p });
const NOW = new Date('2030-06-15T12:00:00Z');

describe('applyPolicy', () => {
  it('without any key it only re-decides the verdict', () => {
    const out = applyPolicy(report({ findings: [lfs()] }), policy({}), { now: NOW });
    expect(out.findings).toHaveLength(1);
    expect(out.verdict).toBe('fail');
    expect(out.suppressed).toEqual([]);
    expect(out.policy).toEqual({ source: '.modelvet.yml', origin: 'explicit', ignores: [] });
  });

  it('failOn from the policy, and --fail-on wins over it', () => {
    expect(applyPolicy(report({ findings: [lfs()] }), policy({ failOn: 'critical' })).verdict).toBe('pass');
    expect(
      applyPolicy(report({ findings: [lfs()] }), policy({ failOn: 'critical' }), { failOn: 'high' }).verdict,
    ).toBe('fail');
  });

  it('rules: a severity override changes the finding, off suppresses it', () => {
    const low = applyPolicy(report({ findings: [lfs()] }), policy({ rules: { 'repo/lfs-pointer': 'low' } }));
    expect(low.findings[0]!.severity).toBe('low');
    expect(low.summary.bySeverity.low).toBe(1);
    expect(low.verdict).toBe('pass');
    const off = applyPolicy(report({ findings: [lfs()] }), policy({ rules: { 'repo/lfs-pointer': 'off' } }));
    expect(off.findings).toEqual([]);
    expect(off.suppressed![0]!.suppression).toEqual({
      kind: 'rule-off',
      reason: 'rule repo/lfs-pointer is off in the policy',
      source: '.modelvet.yml',
    });
    expect(off.summary.suppressed).toBe(1);
    expect(off.verdict).toBe('pass');
  });

  it('ignore: matches rule and glob relative to the scanned folder, keeps the finding as suppressed', () => {
    const ig = {
      rule: 'repo/lfs-pointer',
      path: 'weights/*.safetensors',
      reason: 'fetched in CI',
      position: { line: 3, column: 5 },
    };
    const out = applyPolicy(
      report({ findings: [lfs(), lfs('model/other.safetensors')] }),
      policy({ ignore: [ig] }),
      { now: NOW },
    );
    expect(out.findings.map((f) => f.path)).toEqual(['model/other.safetensors']);
    expect(out.suppressed![0]).toMatchObject({
      path: 'model/weights/model.safetensors',
      suppression: { kind: 'ignore', reason: 'fetched in CI', source: '.modelvet.yml', line: 3 },
    });
    expect(out.policy!.ignores).toEqual([
      {
        rule: 'repo/lfs-pointer',
        path: 'weights/*.safetensors',
        reason: 'fetched in CI',
        status: 'active',
        matched: 1,
      },
    ]);
  });

  it('ignore: a group/* rule and dotfiles', () => {
    const out = applyPolicy(
      report({ findings: [lfs('model/.hidden/x.safetensors')] }),
      policy({ ignore: [{ rule: 'repo/*', path: '**', reason: 'r' }] }),
    );
    expect(out.findings).toEqual([]);
  });

  it('ignore: does not match another rule, and an entry that matched nothing is reported at its line', () => {
    const out = applyPolicy(
      report({ findings: [lfs()] }),
      policy({
        ignore: [
          { rule: 'scan/unsupported-format', path: '**', reason: 'r', position: { line: 7, column: 5 } },
        ],
      }),
    );
    expect(out.findings.map((f) => [f.rule, f.severity, f.line, f.message])).toEqual([
      [
        'policy/unused-ignore',
        'low',
        7,
        'ignore of scan/unsupported-format for ** matched no finding in this scan; remove it or correct the rule or glob',
      ],
      ['repo/lfs-pointer', 'high', 1, 'pointer'],
    ]);
    expect(out.policy!.ignores[0]).toMatchObject({ matched: 0, status: 'active' });
    // The unused-ignore finding itself obeys the policy's rule levels.
    const quiet = applyPolicy(
      report({ findings: [] }),
      policy({
        rules: { 'policy/unused-ignore': 'off' },
        ignore: [{ rule: 'scan/unsupported-format', path: '**', reason: 'r' }],
      }),
    );
    expect(quiet.findings).toEqual([]);
    expect(quiet.suppressed!.map((f) => f.rule)).toEqual(['policy/unused-ignore']);
  });

  it('a scanned folder policy that could not be read is one high finding, and nothing of it applies', () => {
    const invalid: Policy = {
      ...emptyPolicy('model/.modelvet.yml', 'scanned-folder'),
      rules: { 'repo/lfs-pointer': 'off' },
      invalid: {
        errors: [
          { path: '(file)', line: 1, column: 4, message: 'YAML nests deeper than 64 levels; not parsed' },
        ],
      },
    };
    const out = applyPolicy(report({ findings: [lfs()] }), invalid);
    expect(out.findings.map((f) => [f.rule, f.severity, f.path, f.line])).toEqual([
      ['policy/invalid-policy', 'high', 'model/.modelvet.yml', 1],
      ['repo/lfs-pointer', 'high', 'model/weights/model.safetensors', 1],
    ]);
    expect(out.findings[0]!.message).toBe(
      'model/.modelvet.yml was found inside the scanned folder and is not a valid policy ((file): YAML nests deeper than 64 levels; not parsed); none of it was applied',
    );
    expect(out.verdict).toBe('fail');
  });

  it('ignore: an expired entry stops applying and says so (a finding at its line, status expired)', () => {
    const ig = {
      rule: 'repo/lfs-pointer',
      path: '**',
      reason: 'temporary',
      expires: '2030-06-14',
      position: { line: 7, column: 5 },
    };
    const out = applyPolicy(report({ findings: [lfs()] }), policy({ ignore: [ig] }), { now: NOW });
    expect(out.findings.map((f) => f.rule).sort()).toEqual(['policy/ignore-expired', 'repo/lfs-pointer']);
    const note = out.findings.find((f) => f.rule === 'policy/ignore-expired')!;
    expect(note).toMatchObject({ path: '.modelvet.yml', line: 7, severity: 'low' });
    expect(note.message).toBe(
      'ignore of repo/lfs-pointer for ** expired on 2030-06-14 (reason was: temporary); its findings count again',
    );
    expect(out.policy!.ignores[0]!.status).toBe('expired');
    expect(out.verdict).toBe('fail');
    // The expiry day itself still counts.
    const sameDay = applyPolicy(
      report({ findings: [lfs()] }),
      policy({ ignore: [{ ...ig, expires: '2030-06-15' }] }),
      { now: NOW },
    );
    expect(sameDay.findings).toEqual([]);
  });

  it('formats: allow list flags the file kind and kinds inside containers; text and JSON pass', () => {
    const files: FileReport[] = [
      { path: 'model/model.safetensors', size: 1, kind: 'safetensors' },
      { path: 'model/config.json', size: 1, kind: 'json' },
      { path: 'model/pytorch_model.bin', size: 1, kind: 'zip', contains: ['pickle'] },
      { path: 'model/weights.tar', size: 1, kind: 'tar', contains: ['safetensors'] },
    ];
    const out = applyPolicy(report({ files }), policy({ formats: { allow: ['safetensors', 'gguf'] } }));
    expect(out.findings.map((f) => [f.path, f.message])).toEqual([
      [
        'model/pytorch_model.bin',
        'pytorch_model.bin is zip and contains pickle: not allowed by policy (allow: safetensors, gguf)',
      ],
      ['model/weights.tar', 'weights.tar is tar: not allowed by policy (allow: safetensors, gguf)'],
    ]);
    expect(out.findings[0]!.evidence).toEqual({ kinds: ['zip', 'pickle'], allow: ['safetensors', 'gguf'] });
    expect(out.verdict).toBe('fail');
    const withZip = applyPolicy(
      report({ files }),
      policy({ formats: { allow: ['safetensors', 'zip', 'tar'] } }),
    );
    expect(withZip.findings.map((f) => f.message)).toEqual([
      'pytorch_model.bin contains pickle: not allowed by policy (allow: safetensors, zip, tar)',
    ]);
  });

  it('formats: deny list, also for kinds always allowed otherwise', () => {
    const files: FileReport[] = [
      { path: 'model/a.bin', size: 1, kind: 'zip', contains: ['pickle'] },
      { path: 'model/notes.txt', size: 1, kind: 'text' },
      { path: 'model/b.safetensors', size: 1, kind: 'safetensors' },
    ];
    const out = applyPolicy(report({ files }), policy({ formats: { deny: ['pickle', 'text'] } }));
    expect(out.findings.map((f) => f.message)).toEqual([
      'a.bin contains pickle: denied by policy (deny: pickle, text)',
      'notes.txt is text: denied by policy (deny: pickle, text)',
    ]);
  });

  it('sources: every model reference, pinned or not, is checked against its own hub', () => {
    const ref = (source: ModelSource, line: number, pinned = true): ModelReference => ({
      source,
      pinned,
      path: 'model/train.py',
      line,
      column: 5,
      via: 'python',
    });
    const hf = (owner: string, name: string): ModelSource => ({ hub: 'huggingface', owner, name });
    const modelReferences = [
      ref(hf('meta-llama', 'Llama-3.1-8B'), 1),
      ref(hf('Evil-Org', 'model'), 2), // pinned, still checked
      ref(hf('my-org', 'good'), 3, false),
      ref(hf('my-org', 'bad'), 4),
      ref({ hub: 'github', owner: 'pytorch', name: 'vision' }, 5),
      ref({ hub: 'github', owner: 'someone', name: 'hub-model' }, 6),
      ref(hf('', 'gpt2'), 7),
    ];
    const out = applyPolicy(
      report({ modelReferences }),
      policy({ sources: { huggingface: ['meta-llama', 'my-org/good'], github: ['pytorch'] } }),
    );
    const violations = out.findings.filter((f) => f.rule === 'policy/source-not-allowed');
    expect(violations.map((f) => [f.line, f.message])).toEqual([
      [
        2,
        'huggingface model huggingface:Evil-Org/model is not from an allowed source: Evil-Org/model is not in sources.huggingface (meta-llama, my-org/good)',
      ],
      [
        4,
        'huggingface model huggingface:my-org/bad is not from an allowed source: my-org/bad is not in sources.huggingface (meta-llama, my-org/good)',
      ],
      [
        6,
        'github model github:someone/hub-model is not from an allowed source: someone/hub-model is not in sources.github (pytorch)',
      ],
      [
        7,
        'huggingface model huggingface:gpt2 is not from an allowed source: gpt2 (a name without an owner) is not in sources.huggingface (meta-llama, my-org/good)',
      ],
    ]);
    expect(violations[0]).toMatchObject({ path: 'model/train.py', column: 5, severity: 'high' });
    expect(violations[0]!.evidence).toMatchObject({ source: hf('Evil-Org', 'model'), pinned: true });
  });

  it('sources: a hub the policy does not list fails closed; "*" allows any owner', () => {
    const r = (source: ModelSource): ModelReference => ({
      source,
      pinned: true,
      path: 'a.py',
      via: 'python',
    });
    const refs = [
      r({ hub: 'github', owner: 'pytorch', name: 'vision' }),
      r({ hub: 'url', owner: 'download.pytorch.org', name: 'models/x.pth' }),
    ];
    const onlyHf = applyPolicy(
      report({ modelReferences: refs }),
      policy({ sources: { huggingface: ['meta-llama'] } }),
    );
    expect(onlyHf.findings.map((f) => f.message)).toEqual([
      "github model github:pytorch/vision is not from an allowed source: the policy's sources list no github entries (allowed hubs: huggingface), and a hub it does not list is not allowed",
      "url download url:download.pytorch.org/models/x.pth is not from an allowed source: the policy's sources list no url entries (allowed hubs: huggingface), and a hub it does not list is not allowed",
    ]);
    const any = applyPolicy(
      report({ modelReferences: refs }),
      policy({ sources: { github: ['*'], url: ['download.pytorch.org'] } }),
    );
    expect(any.findings).toEqual([]);
    expect(applyPolicy(report({ modelReferences: refs }), policy({})).findings).toEqual([]);
  });

  it('sources: a typed evidence.source on a finding counts as a reference', () => {
    const f: Finding = {
      rule: 'pin/unpinned-model-revision',
      severity: 'medium',
      path: 'model/a.py',
      line: 3,
      message: 'm',
      evidence: { source: { hub: 'huggingface', owner: 'evilcorp', name: 'x' } },
    };
    const out = applyPolicy(report({ findings: [f] }), policy({ sources: { huggingface: ['meta-llama'] } }));
    expect(out.findings.map((x) => x.rule)).toEqual([
      'pin/unpinned-model-revision',
      'policy/source-not-allowed',
    ]);
  });

  it('sources: Hugging Face cache folders in scanned paths', () => {
    const files: FileReport[] = [
      { path: 'hub/models--evil--llm/snapshots/abc/config.json', size: 1, kind: 'json' },
      { path: 'hub/models--evil--llm/blobs/123', size: 1, kind: 'json' },
      { path: 'hub/models--meta-llama--Llama-3.1-8B/blobs/456', size: 1, kind: 'json' },
    ];
    const out = applyPolicy(
      report({ files, input: 'hub' }),
      policy({ sources: { huggingface: ['meta-llama'] } }),
    );
    expect(out.findings.map((f) => [f.path, f.message])).toEqual([
      [
        'hub/models--evil--llm',
        'huggingface model huggingface:evil/llm is not from an allowed source: evil/llm is not in sources.huggingface (meta-llama)',
      ],
    ]);
  });

  it('verification.require: none verified → violation; a verified one of the right kind → none', () => {
    const sig: VerificationReport = { kind: 'signature', source: 'model/model.sig', ok: true, message: 'ok' };
    const lock: VerificationReport = {
      kind: 'lock',
      source: 'model/modelvet.lock.json',
      ok: true,
      message: 'ok',
    };
    const need = (require: Policy['verification']['require'], verifications: VerificationReport[]) =>
      applyPolicy(report({ verifications }), policy({ verification: { require, signers: [] } })).findings.map(
        (f) => f.message,
      );
    expect(need('signature', [])).toEqual([
      'the policy requires a signature that verifies, and none did for model',
    ]);
    expect(need('signature', [lock])).toHaveLength(1);
    expect(need('signature', [sig])).toEqual([]);
    expect(need('lock', [lock])).toEqual([]);
    expect(need('signature-or-lock', [lock])).toEqual([]);
    expect(need('signature-or-lock', [])).toEqual([
      'the policy requires a signature or a lock that verifies, and none did for model',
    ]);
    expect(need('signature', [{ ...sig, ok: false }])).toHaveLength(1);
    expect(need('none', [])).toEqual([]);
  });

  it('verification kinds: only signature counts as a signature and only lock as a lock', () => {
    expect(VERIFICATION_KINDS.filter(isSignatureVerification)).toEqual(['signature']);
    expect(VERIFICATION_KINDS.filter(isLockVerification)).toEqual(['lock']);
  });

  it('pickle: a forced denylisted global suppresses the pickle findings about it, with the reason', () => {
    const danger: Finding = {
      rule: 'pickle/dangerous-global',
      severity: 'critical',
      path: 'model/a.pkl',
      message: 'builtins.exec',
      evidence: { global: 'builtins.exec' },
    };
    const other: Finding = { ...danger, message: 'os.system', evidence: { global: 'os.system' } };
    const out = applyPolicy(
      report({ findings: [danger, other] }),
      policy({
        pickle: {
          allow: [],
          forced: [{ global: 'builtins.exec', reason: 'SEC-1', position: { line: 4, column: 7 } }],
        },
      }),
    );
    expect(out.findings.map((f) => f.message)).toEqual(['os.system']);
    expect(out.suppressed![0]!.suppression).toEqual({
      kind: 'forced-global',
      reason: 'SEC-1',
      source: '.modelvet.yml',
      line: 4,
    });
  });

  it('a policy found inside the scanned folder cannot loosen checks', () => {
    const loose = policy({
      origin: 'scanned-folder',
      failOn: 'critical',
      rules: { 'repo/lfs-pointer': 'off' },
      ignore: [{ rule: 'repo/*', path: '**', reason: 'trust me' }],
      pickle: { allow: ['evil.Thing'], forced: [] },
      formats: { deny: ['pickle'] },
    });
    expect(looseningKeys(loose)).toEqual(['failOn', 'rules.repo/lfs-pointer', 'pickle.allow', 'ignore']);
    const files: FileReport[] = [{ path: 'model/a.pkl', size: 1, kind: 'pickle' }];
    const out = applyPolicy(report({ findings: [lfs()], files }), loose);
    expect(out.findings.map((f) => f.rule).sort()).toEqual([
      'policy/format-not-allowed',
      'policy/untrusted-policy',
      'repo/lfs-pointer',
    ]);
    expect(out.failOn).toBe('high');
    expect(out.verdict).toBe('fail');
    expect(out.policy!.refused).toEqual(['failOn', 'rules.repo/lfs-pointer', 'pickle.allow', 'ignore']);
    // Tightening only: applied without complaint.
    const strict = applyPolicy(
      report({ findings: [lfs()] }),
      policy({ origin: 'scanned-folder', failOn: 'low', rules: { 'repo/lfs-pointer': 'critical' } }),
    );
    expect(strict.findings.map((f) => [f.rule, f.severity])).toEqual([['repo/lfs-pointer', 'critical']]);
    expect(strict.failOn).toBe('low');
  });

  it('does not change its input', () => {
    const input = report({ findings: [lfs()] });
    const copy = structuredClone(input);
    applyPolicy(input, policy({ rules: { 'repo/lfs-pointer': 'off' } }));
    expect(input).toEqual(copy);
  });
});

describe('helpers', () => {
  it('decides sources by hub, owner and exact repository', () => {
    const p = policy({ sources: { huggingface: ['Meta-Llama', 'org/one'], url: ['*'] } });
    expect(sourceRefusal(p, { hub: 'huggingface', owner: 'meta-llama', name: 'x' })).toBeUndefined();
    expect(sourceRefusal(p, { hub: 'huggingface', owner: 'org', name: 'one' })).toBeUndefined();
    expect(sourceRefusal(p, { hub: 'huggingface', owner: 'org', name: 'two' })).toMatch(/not in sources/);
    expect(sourceRefusal(p, { hub: 'url', owner: 'example.com', name: 'x' })).toBeUndefined();
    expect(sourceRefusal(p, { hub: 'ollama', owner: 'library', name: 'llama3' })).toMatch(
      /no ollama entries/,
    );
  });

  it('relates report paths to the scanned folder', () => {
    const t = (input: string, isDirectory = true) => [{ input, isDirectory, skipped: [] }];
    expect(relativeToTarget('model/a/b.bin', t('model'))).toBe('a/b.bin');
    expect(relativeToTarget('model/a/b.bin', t('model/'))).toBe('a/b.bin');
    expect(relativeToTarget('a/b.bin', t('.'))).toBe('a/b.bin');
    expect(relativeToTarget('/abs/m/x.bin', t('/abs/m'))).toBe('x.bin');
    expect(relativeToTarget('dl/file.bin', t('dl/file.bin', false))).toBe('file.bin');
    expect(relativeToTarget('elsewhere/x', t('model'))).toBe('elsewhere/x');
  });

  it('expiry is inclusive of the day, in UTC', () => {
    expect(isExpired(undefined, NOW)).toBe(false);
    expect(isExpired('2030-06-15', NOW)).toBe(false);
    expect(isExpired('2030-06-14', NOW)).toBe(true);
  });
});
