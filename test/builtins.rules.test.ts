/**
 * Every rule defined anywhere in src/ is in the default scanner's rule table (a rule left out of
 * src/builtins.ts would be missing from `explain`, policy validation, SARIF and the README), and
 * every rule explains itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/builtins.ts';

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe("the default scanner's rules", () => {
  it('holds every rule defined in src/', () => {
    const registered = new Set(allRules().map((r) => r.id));
    const defined = sources(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/defineRule\(\{\s*id: '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(defined.length).toBeGreaterThan(100);
    expect(defined.filter((id) => !registered.has(id))).toEqual([]);
  });

  it('gives every rule a title, a severity and an explain text of substance', () => {
    for (const r of allRules()) {
      expect(r.title.length, r.id).toBeGreaterThan(5);
      expect(r.explain.length, r.id).toBeGreaterThan(80);
    }
  });
});
