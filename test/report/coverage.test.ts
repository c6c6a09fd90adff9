import { describe, expect, it } from 'vitest';
import '../../src/scan.ts'; // every analyzer is registered
import { analyzersFor } from '../../src/core/analyzer.ts';
import { knownKinds } from '../../src/core/sniff.ts';
import { KIND_CHECKS } from '../../src/report/coverage.ts';

describe('what a scan says it checked', () => {
  it('names what is done for every kind that has an analyzer of its own', () => {
    const kinds = knownKinds();
    // Analyzers that look at (almost) every kind, such as polyglot probes, say nothing about one kind.
    const reach = new Map<string, number>();
    for (const k of kinds) for (const a of analyzersFor(k)) reach.set(a.id, (reach.get(a.id) ?? 0) + 1);
    const specific = (k: string) => analyzersFor(k).filter((a) => reach.get(a.id)! <= kinds.length / 2);
    const missing = kinds.filter((k) => specific(k).length > 0 && KIND_CHECKS[k] === undefined);
    expect(missing).toEqual([]);
    // And no description for a kind nothing analyzes.
    const idle = Object.keys(KIND_CHECKS).filter((k) => kinds.includes(k) && analyzersFor(k).length === 0);
    expect(idle).toEqual([]);
  });
});
