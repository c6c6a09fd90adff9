/**
 * Issue 13 (zip64 in every torch file): PyTorch writes a zip64 end record and locator before the
 * classic end record, so a directory probe that ignores them lands 76 bytes too late; with a first
 * central entry of exactly 76 bytes (a 21-character stem for torch.save, 23 for TorchScript) it hit a
 * real header. Every stem length 1..64 of real torch.save and torch.jit.save files (made by
 * fixtures/scripts/containers_loaders.py) must scan clean, and a payload at the boundary stem is found.
 */
import { defaultScanner } from '../../../src/builtins.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../../src/core/analyzer.ts';
import { atLeast } from '../../../src/core/finding.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { FIXTURES } from '../container-probe.ts';

const STEMS = join(FIXTURES, 'torch-stems');

/** Length of the first central-directory entry (46 + name + extra + comment). */
function firstCentralLength(data: Buffer): number {
  const cd = data.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
  return 46 + data.readUInt16LE(cd + 28) + data.readUInt16LE(cd + 30) + data.readUInt16LE(cd + 32);
}

async function scanStem(layout: string, file: string) {
  const data = await readFile(join(STEMS, layout, file));
  const r = await analyzeSource(new BufferSource(data, file), file, { scanner: defaultScanner() });
  return { data, r, serious: r.findings.filter((f) => atLeast(f.severity, 'low')) };
}

describe('torch.save and TorchScript archives at every file stem length', () => {
  for (const layout of ['save', 'script']) {
    it(`${layout}: stems of 1..64 characters scan clean (real files)`, async () => {
      const files = (await readdir(join(STEMS, layout))).sort((a, b) => a.length - b.length);
      expect(files.map((f) => f.length - 3)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
      const boundary = layout === 'save' ? 21 : 23;
      for (const file of files) {
        const { data, r, serious } = await scanStem(layout, file);
        expect(
          serious.map((f) => `${f.rule}: ${f.message}`),
          file,
        ).toEqual([]);
        expect(r.kind).toBe('zip');
        // The boundary case the bug needed is really there.
        if (file.length - 3 === boundary) expect(firstCentralLength(data)).toBe(76);
      }
    });
  }

  it('the boundary stem with a payload in data.pkl is still found (torch.load runs it)', async () => {
    const { r } = await scanStem('hostile', 'checkpoint_epoch_0010.pt');
    expect(
      r.findings.filter((f) => f.rule === 'pickle/dangerous-global').map((f) => f.member?.at(-1)),
    ).toEqual(['checkpoint_epoch_0010/data.pkl']);
    expect(r.findings.some((f) => f.rule.startsWith('zip/'))).toBe(false);
  });
});
