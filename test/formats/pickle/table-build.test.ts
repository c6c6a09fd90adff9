import { describe, expect, it } from 'vitest';
import { keysWith, withModuleAliases } from '../../../src/formats/pickle/table-build.ts';

describe('withModuleAliases', () => {
  const table = new Map([
    ['new.mod.A', [0]],
    ['new.mod.B', [1]],
  ]);
  const aliases = [['old.mod', 'new.mod']] as const;

  it('gives an allowed spelling under the alias the answer of its twin, and only an allowed one', () => {
    const out = withModuleAliases(table, aliases, ['old.mod.A', 'old.mod.C', 'other.A']);
    expect([...out]).toEqual([
      ['new.mod.A', [0]],
      ['new.mod.B', [1]],
      ['old.mod.A', [0]],
    ]);
  });

  it('keeps an entry the table has under the alias, and matches whole module components', () => {
    const own = new Map([...table, ['old.mod.B', [7]]]);
    const out = withModuleAliases(own, aliases, ['old.mod.B', 'old.modx.A']);
    expect(out.get('old.mod.B')).toEqual([7]);
    expect(out.has('old.modx.A')).toBe(false);
  });
});

describe('keysWith', () => {
  it('joins a base key list and the keys added to it, sorted', () => {
    expect(keysWith(['b', 'd'], 'a', 'c')).toEqual(['a', 'b', 'c', 'd']);
  });
});
