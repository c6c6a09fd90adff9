import { describe, expect, it } from 'vitest';
import { defaultScanner } from '../../src/builtins.ts';
import { KIND_CHECKS } from '../../src/report/coverage.ts';

describe('what a scan says it checked', () => {
  it('names what is done for every kind that has an analyzer of its own', () => {
    const scanner = defaultScanner();
    const kinds = scanner.knownKinds();
    // Analyzers that look at (almost) every kind, such as polyglot probes, say nothing about one kind.
    const reach = new Map<string, number>();
    for (const k of kinds)
      for (const a of scanner.analyzersFor(k)) reach.set(a.id, (reach.get(a.id) ?? 0) + 1);
    const specific = (k: string) =>
      scanner.analyzersFor(k).filter((a) => reach.get(a.id)! <= kinds.length / 2);
    const missing = kinds.filter((k) => specific(k).length > 0 && KIND_CHECKS[k] === undefined);
    expect(missing).toEqual([]);
    // And no description for a kind nothing analyzes.
    const idle = Object.keys(KIND_CHECKS).filter(
      (k) => kinds.includes(k) && scanner.analyzersFor(k).length === 0,
    );
    expect(idle).toEqual([]);
  });
});
