/** Every policy key an explain text names exists in the policy schema (the old texts said `pickleAllow`). */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/builtins.ts';
import { POLICY_KEYS, policyKey } from '../../src/core/policy-keys.ts';

const TOP_LEVEL = [...POLICY_KEYS].filter((k) => !k.includes('.'));
/** A backticked identifier path (`pickle.allow`, `limits.maxMembers`, `failOn`). */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

/** Backticked identifiers that read as policy keys: in a sentence about a policy, or named like one. */
function namedKeys(explain: string): string[] {
  const keys: string[] = [];
  for (const sentence of explain.split(/(?<=\.)\s+|\n\s*\n/)) {
    const aboutPolicy = /\bpolic(?:y|ies)\b/i.test(sentence);
    for (const [, token] of sentence.matchAll(/`([^`]+)`/g)) {
      if (!IDENTIFIER.test(token!)) continue;
      const looksLikeKey = TOP_LEVEL.some(
        (k) => token === k || token!.startsWith(`${k}.`) || new RegExp(`^${k}[A-Z]`).test(token!),
      );
      if (aboutPolicy || looksLikeKey) keys.push(token!);
    }
  }
  return keys;
}

describe('policy keys in explain texts', () => {
  it('are all keys of schemas/policy.schema.json', () => {
    // A key inside an entry may be written by its last part (`force` of `pickle.allow.force`).
    const known = (k: string) => POLICY_KEYS.has(k) || [...POLICY_KEYS].some((p) => p.endsWith(`.${k}`));
    const wrong = allRules().flatMap((r) =>
      namedKeys(r.explain)
        .filter((k) => !known(k))
        .map((k) => `${r.id}: ${k}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the check catches a key that does not exist', () => {
    expect(namedKeys('Add it to `pickleAllow` in a policy file.')).toEqual(['pickleAllow']);
    expect(namedKeys('Raise `limits.maxMembers` in the policy.')).toEqual(['limits.maxMembers']);
    expect(() => policyKey('pickleAllow')).toThrow(/not in schemas\/policy.schema.json/);
    expect(policyKey('pickle.allow')).toBe('`pickle.allow`');
  });

  it('the pickle rules say how to allow a global, as the README does (force and a reason for the denylist)', () => {
    const text = allRules().find((r) => r.id === 'pickle/unknown-global')!.explain;
    expect(text).toContain('`pickle.allow`');
    expect(text).toMatch(/`force`: true and a `reason`/);
    expect(allRules().find((r) => r.id === 'pickle/dangerous-global')!.explain).not.toMatch(
      /cannot be silenced/,
    );
  });
});
