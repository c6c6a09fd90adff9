/** What scan() hands to analyzers and verifiers from a policy (and what it withholds). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PARTS } from '../../src/builtins.ts';
import { scan } from '../../src/scan.ts';
import { createScanner } from '../../src/scanner.ts';
import { looseningKeys, trustedPart } from '../../src/policy/apply.ts';
import { emptyPolicy, type Policy } from '../../src/policy/types.ts';

const MODEL = join(import.meta.dirname, '..', '..', 'fixtures', 'policy', 'clean-model');
const seen: { pickleAllow?: readonly string[]; signers?: Policy['verification']['signers'] } = {};
const scanner = createScanner(BUILTIN_PARTS, {
  analyzers: [
    {
      id: 'test-probe-options',
      kinds: ['json'],
      async analyze(ctx) {
        seen.pickleAllow = ctx.options.pickleAllow;
      },
    },
  ],
  verifiers: [
    {
      id: 'test-probe-verifier',
      async verify({ options }) {
        seen.signers = options.policy?.verification.signers as Policy['verification']['signers'] | undefined;
        return { verifications: [], findings: [] };
      },
    },
  ],
});

const policy = (origin: Policy['origin']): Policy => ({
  ...emptyPolicy('p.yml', origin),
  pickle: { allow: ['mylib.Layer'], forced: [] },
  verification: { require: 'none', signers: [{ kind: 'key', keyPath: '/k.pub' }] },
});

describe('scan() and the policy', () => {
  it('feeds the pickle allowlist to analyzers and the signers to verifiers', async () => {
    await scan([MODEL], {
      scanner,
      policy: policy('explicit'),
      analyzerOptions: { pickleAllow: ['a.B'] },
      jobs: 1,
    });
    expect(seen.pickleAllow).toEqual(['a.B', 'mylib.Layer']);
    expect(seen.signers).toEqual([{ kind: 'key', keyPath: '/k.pub' }]);
  });

  it('withholds both when the policy came from inside a scanned folder', async () => {
    const report = await scan([MODEL], { scanner, policy: policy('scanned-folder'), jobs: 1 });
    expect(seen.pickleAllow).toEqual([]);
    expect(seen.signers).toEqual([]);
    expect(report.policy!.refused).toEqual(['pickle.allow', 'verification.signers']);
    expect(report.findings.map((f) => f.rule)).toEqual(['policy/untrusted-policy']);
  });

  it('trustedPart keeps an explicit policy whole and strips only loosening keys otherwise', () => {
    const p = policy('explicit');
    expect(trustedPart(p)).toBe(p);
    const t = trustedPart({ ...policy('scanned-folder'), formats: { deny: ['pickle'] }, failOn: 'low' });
    expect(t.formats).toEqual({ deny: ['pickle'] });
    expect(t.failOn).toBe('low');
    expect(t.pickle.allow).toEqual([]);
    expect(looseningKeys(t)).toEqual([]);
  });
});
