import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { innerName } from '../../../src/formats/compressed/analyzer.ts';
import { assertMutationsSafe, FIXTURES, probe, probeSource } from '../container-probe.ts';

const PAYLOAD = Buffer.from(
  '\x80\x02cposix\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.',
  'latin1',
);

describe('compressed single-stream wrappers', () => {
  it.each([
    ['containers/payload.pkl.gz', 'gzip'],
    ['containers/payload.pkl.bz2', 'bzip2'],
    ['containers/payload.pkl.xz', 'xz'],
  ])('%s: the stream inside is dispatched by content', async (file, kind) => {
    const r = await probe(file);
    expect(r.kind).toBe(kind);
    expect(r.pickles).toEqual(['payload.pkl']);
    expect(r.rules).toEqual([]);
  });

  it('zstd (node:zlib) and a tar.gz with a payload member', async () => {
    const z = zlib.zstdCompressSync(PAYLOAD);
    const r = await probeSource(new BufferSource(z, 'model.pkl.zst'), 'model.pkl.zst');
    expect([r.kind, r.pickles]).toEqual(['zstd', ['model.pkl']]);
    expect((await probe('containers/payload.tar.gz')).pickles).toEqual(['payload.tar > model/weights.bin']);
  });

  it.each(['containers/bomb.gz', 'containers/bomb.bz2', 'containers/bomb.xz'])(
    '%s (64 MiB of zeros): a bomb finding, bounded in time',
    async (file) => {
      const t0 = Date.now();
      const r = await probe(file);
      expect(r.rules).toEqual(['archive/bomb']);
      expect(r.findings[0]?.evidence?.limit).toBe('ratio');
      expect(Date.now() - t0).toBeLessThan(5000);
    },
  );

  it('a corrupt stream is archive/unsupported-compression (fail closed)', async () => {
    const gz = Buffer.from(zlib.gzipSync(PAYLOAD));
    gz.fill(0xff, 12, 30);
    const r = await probeSource(new BufferSource(gz, 'x.gz'), 'x.gz');
    expect(r.rules).toEqual(['archive/unsupported-compression']);
    const bz = Buffer.from('BZh91AY&SY garbage garbage', 'latin1');
    expect((await probeSource(new BufferSource(bz, 'x.bz2'), 'x.bz2')).rules).toEqual([
      'archive/unsupported-compression',
    ]);
  });

  it('names the stream inside', () => {
    expect(innerName('model.pkl.gz', 'gzip')).toBe('model.pkl');
    expect(innerName('weights.tgz', 'gzip')).toBe('weights.tar');
    expect(innerName('blob', 'xz')).toBe('blob[decompressed]');
  });

  it('mutated compressed streams never throw and finish fast (property)', async () => {
    const bases = await Promise.all(
      ['payload.pkl.gz', 'payload.pkl.bz2', 'payload.pkl.xz', 'payload.tar.gz'].map((f) =>
        readFile(join(FIXTURES, 'containers', f)),
      ),
    );
    await assertMutationsSafe(bases, 'm', { window: 200, maxEdits: 4 });
  });
});
