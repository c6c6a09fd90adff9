/** README parts that must follow the code: the rule list and the policy example. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  README,
  RULES_END,
  RULES_START,
  renderRulesTable,
  replaceRulesSection,
} from '../../scripts/rules-md.ts';
import { allRules } from '../../src/builtins.ts';
import { parsePolicy } from '../../src/policy/load.ts';

describe('README', () => {
  it("rule list equals the default scanner's rules (regenerate with `npm run docs:rules`)", async () => {
    const readme = await readFile(README, 'utf8');
    expect(readme).toContain(RULES_START);
    expect(replaceRulesSection(readme, renderRulesTable())).toBe(readme);
    for (const r of allRules()) expect(readme).toMatch(new RegExp(`\\| \`${r.id}\` +\\| ${r.severity} +\\|`));
  });

  it('replaceRulesSection replaces only the marked section', () => {
    const text = `a\n${RULES_START}\nold\n${RULES_END}\nb\n`;
    const out = replaceRulesSection(text, '| x |\n');
    expect(out.startsWith(`a\n${RULES_START}\n`)).toBe(true);
    expect(out.endsWith(`| x |\n\n${RULES_END}\nb\n`)).toBe(true);
    expect(out).not.toContain('old');
    expect(() => replaceRulesSection('no markers', '')).toThrow(/markers/);
  });

  it('the full policy example is a valid policy that uses every key', async () => {
    const readme = await readFile(README, 'utf8');
    const m = /<!-- policy-example:start -->\n```yaml\n([\s\S]*?)```\n<!-- policy-example:end -->/.exec(
      readme,
    );
    expect(m).not.toBeNull();
    // The example's key and certificate files are illustrations: they need not exist here.
    const result = parsePolicy(m![1]!, '/repo/.modelvet.yml', { fileExists: () => true });
    expect(result.errors).toEqual([]);
    const p = result.policy!;
    expect(p.failOn).toBe('medium');
    expect(Object.keys(p.rules).length).toBeGreaterThan(0);
    expect(p.formats.allow && p.formats.deny).toBeTruthy();
    expect(p.pickle.allow.length).toBeGreaterThan(0);
    expect(p.pickle.forced.map((g) => g.global)).toEqual(['builtins.getattr']);
    expect(p.verification.signers.map((s) => s.kind)).toEqual(['sigstore', 'key', 'certificate-chain']);
    expect(p.sources.huggingface && p.sources.github).toBeTruthy();
    expect(p.ignore.some((i) => i.expires)).toBe(true);
    expect(p.digestCache).toBe('/var/cache/modelvet');
  });
});
