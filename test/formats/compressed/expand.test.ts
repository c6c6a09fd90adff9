/**
 * expand(): the output of a stream is kept while it is small; a larger one is counted to its end (or
 * its cap) and decoded again into one buffer of the counted size (src/formats/compressed/expand.ts).
 * Checked here: the same bytes, CRC and budget charge either way; a bomb past its cap is refused
 * without keeping its output (memory measured on the built CLI, as the fuzz harness does: a 1 MiB
 * gzip that decodes to 1 GiB had held 200 MiB, its ratio cap, before being refused; zstd frames
 * are counted by streaming before the one-shot decode).
 */
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { peakRssMiB } from '../../helpers/peak-rss.ts';
import { ExpansionBudget } from '../../../src/core/analyzer.ts';
import { BufferSource } from '../../../src/core/source.ts';
import { expand, FIRST_PASS_KEEP, zlibCodecs } from '../../../src/formats/compressed/expand.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'dist', 'bin.js');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** `bytes` of a repeating, slightly varied pattern (compresses about 200x). */
function pattern(bytes: number): Buffer {
  const out = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i += 4096) out.write(`block ${i} `.padEnd(4096, 'x'), i, 'latin1');
  return out;
}

describe('expand: kept, or decoded twice', () => {
  const limits = { maxMemberBytes: 512 * 1024 ** 2, maxRatio: 1_000_000 };

  it('a stream larger than the first-pass window gives the same bytes, CRC and charge', async () => {
    const plain = pattern(FIRST_PASS_KEEP + 5 * 1024 * 1024 + 123);
    const gz = zlib.gzipSync(plain, { level: 1 });
    const budget = new ExpansionBudget(4 * 1024 ** 3);
    const r = await expand(new BufferSource(gz, 'x.gz'), 0, gz.length, zlibCodecs.gzip, { limits, budget });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.length).toBe(plain.length);
    expect(sha(r.data)).toBe(sha(plain));
    expect(r.crc32).toBe(zlib.crc32(plain));
    expect(budget.used).toBe(plain.length);
  }, 60_000);

  it('a stream broken after the window keeps what came before the break', async () => {
    const plain = pattern(FIRST_PASS_KEEP + 2 * 1024 * 1024);
    const gz = zlib.gzipSync(plain, { level: 1 });
    const cut = gz.subarray(0, gz.length - 64); // the last deflate block and the trailer are gone
    const r = await expand(new BufferSource(cut, 'x.gz'), 0, cut.length, zlibCodecs.gzip, { limits });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'corrupt') throw new Error('expected a corrupt result');
    expect(r.data?.length).toBe(r.produced);
    expect(r.produced).toBeGreaterThan(FIRST_PASS_KEEP);
    expect(sha(r.data!)).toBe(sha(plain.subarray(0, r.produced)));
  }, 60_000);

  it('a bomb past its cap is refused at the cap, with the cap charged', async () => {
    const gz = zlib.gzipSync(Buffer.alloc(256 * 1024 * 1024));
    const budget = new ExpansionBudget(4 * 1024 ** 3);
    const r = await expand(new BufferSource(gz, 'x.gz'), 0, gz.length, zlibCodecs.gzip, {
      limits: { maxMemberBytes: 512 * 1024 ** 2, maxRatio: 200 },
      budget,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('limit');
    expect(budget.used).toBeGreaterThan(0);
  }, 60_000);
});

describe.skipIf(process.platform !== 'linux' || !existsSync(BIN))('expand on the built CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelvet-expand-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const bombs: [string, string, () => Buffer][] = [
    ['gzip', 'bomb.gz', () => zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024))],
    ['zstd', 'bomb.zst', () => zlib.zstdCompressSync(Buffer.alloc(256 * 1024 * 1024))],
  ];
  for (const [kind, name, makeMember] of bombs) {
    it(`a 1 MiB ${kind} file of concatenated bombs: refused (archive/bomb), peak RSS well under its 200 MiB cap`, async () => {
      const member = makeMember();
      const parts: Buffer[] = [];
      for (let n = 0; n + member.length <= 1024 * 1024 && parts.length < 64; n += member.length)
        parts.push(member);
      const folder = join(dir, kind);
      mkdirSync(folder);
      writeFileSync(join(folder, name), Buffer.concat(parts));
      const child = spawn(process.execPath, [BIN, 'scan', '--format', 'json', '--no-progress', folder], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      let peak = 0;
      const poll = setInterval(() => {
        if (child.pid !== undefined) peak = Math.max(peak, peakRssMiB(child.pid));
      }, 10);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearInterval(poll);
      expect(code).toBe(1);
      const report = JSON.parse(out) as { findings: { rule: string }[] };
      expect(report.findings.map((f) => f.rule)).toContain('archive/bomb');
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(200);
    }, 60_000);
  }
});
