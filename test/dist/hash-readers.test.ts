/**
 * Each read strategy as shipped: the built CLI hashes and scans with each one forced, and the
 * bundled reader thread of the ring strategy (dist/hash-ring-reader.js) serves a ring.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_STRATEGIES } from '../../src/core/hash/calibrate.ts';
import { HashRing } from '../../src/core/hash/ring.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');

let dir: string;
let file: string;
let digest: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  file = join(dir, 'weights.bin');
  // Larger than a scan reads whole for its analyzers: a scan hashes it as a range job in a worker.
  const data = randomBytes(40 * 1024 * 1024 + 4321);
  writeFileSync(file, data);
  digest = createHash('sha256').update(data).digest('hex');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(READER_STRATEGIES)('the built CLI with MODELVET_HASH_READER=%s', (reader) => {
  const env = { ...process.env, MODELVET_HASH_READER: reader, MODELVET_READER_MEMORY: '0' };

  it('hashes the file (on the calling thread)', () => {
    const r = spawnSync(process.execPath, [BIN, 'hash', file], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split(/\s+/)[0]).toBe(digest);
  });

  it('scans the file (in a hash worker)', () => {
    const r = spawnSync(process.execPath, [BIN, 'scan', file, '--format', 'json'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).files[0].digests.sha256).toBe(digest);
  });
});

describe('dist/hash-ring-reader.js', () => {
  it('starts and fills a ring', async () => {
    const ring = new HashRing({ producer: pathToFileURL(join(ROOT, 'dist', 'hash-ring-reader.js')) });
    try {
      for (let i = 0; i < 500 && !ring.ready; i++) await new Promise((r) => setTimeout(r, 10));
      expect(ring.ready).toBe(true);
      const fd = openSync(file, 'r');
      const h = createHash('sha256');
      try {
        const t = await ring.read(
          fd,
          { start: 0, length: 40 * 1024 * 1024 + 4321, display: file },
          Buffer.alloc(1 << 18),
          (c) => h.update(c),
        );
        expect(t.bytes).toBe(40 * 1024 * 1024 + 4321);
      } finally {
        closeSync(fd);
      }
      expect(h.digest('hex')).toBe(digest);
    } finally {
      await ring.close();
    }
  });
});
