import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../../../src/core/source.ts';
import { innerName } from '../../../src/formats/compressed/analyze.ts';
import { bzip2StreamStarts } from '../../../src/formats/compressed/segments.ts';
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

  it.each([
    'containers/multi_stream.pkl.gz',
    'containers/multi_stream.pkl.bz2',
    'containers/multi_stream.pkl.xz',
  ])('%s: every concatenated stream is decompressed (payload in the second)', async (file) => {
    const r = await probe(file);
    expect(r.sizes['multi_stream.pkl']).toBe(17 + PAYLOAD.length);
  });

  it('zstd with two frames: both decompressed', async () => {
    const benign = Buffer.from('\x80\x02}q\x00.', 'latin1');
    const z = Buffer.concat([zlib.zstdCompressSync(benign), zlib.zstdCompressSync(PAYLOAD)]);
    const r = await probeSource(new BufferSource(z, 'm.pkl.zst'), 'm.pkl.zst');
    expect(r.sizes['m.pkl']).toBe(benign.length + PAYLOAD.length);
  });

  it('a zstd bomb (64 MiB of zeros) stops at the ratio cap', async () => {
    const z = zlib.zstdCompressSync(Buffer.alloc(64 * 1024 * 1024));
    const r = await probeSource(new BufferSource(z, 'z.zst'), 'z.zst');
    expect(r.rules).toEqual(['archive/bomb']);
  });

  it('bzip2 stream starts are found at byte-aligned stream headers', () => {
    const one = Buffer.from('BZh91AY&SYxxxx', 'latin1');
    expect(bzip2StreamStarts(Buffer.concat([one, one, Buffer.from('junk')]))).toEqual([0, one.length]);
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
