/**
 * One test per technique of scanners.md §3a/§3c: every hostile fixture listed in
 * fixtures/pickle/hostile/manifest.json must produce its rule at its severity (exit 1 at the
 * default fail level unless the manifest says medium).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, type Severity } from '../../../src/core/finding.ts';
import { analyzeFile, FIXTURES } from './helpers.ts';

interface Entry {
  file: string;
  technique: string;
  source: string;
  rule: string;
  severity: Severity;
  also?: string[];
  limit?: string;
}

const manifest: Entry[] = JSON.parse(readFileSync(join(FIXTURES, 'pickle/hostile/manifest.json'), 'utf8'));

describe('hostile pickles (one per technique)', () => {
  it('covers every §3c row that concerns pickles', () => {
    const sources = manifest.map((e) => e.source).join(' ');
    for (const row of [
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '14',
      '15',
      '19',
      '20',
      '21',
      '22',
      '23',
      '26',
      '27',
      '28',
      '29',
      '30',
      '31-35',
    ]) {
      expect(sources, `§3c ${row}`).toContain(`§3c ${row}`);
    }
  });

  for (const e of manifest) {
    it(`${e.technique} (${e.source}) → ${e.rule} ${e.severity}`, async () => {
      const r = await analyzeFile(e.file);
      const hit = r.findings.find((f) => f.rule === e.rule);
      expect(hit, JSON.stringify(r.findings, null, 1)).toBeDefined();
      expect(hit!.severity).toBe(e.severity);
      // Exit code at the default fail level (high): 1 for everything but referenced-only unknowns.
      expect(r.findings.some((f) => atLeast(f.severity, 'high'))).toBe(atLeast(e.severity, 'high'));
      for (const a of e.also ?? []) expect(r.findings.map((f) => f.rule)).toContain(a);
    });
  }
});
