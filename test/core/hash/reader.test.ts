import { createHash } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelvetError } from '../../../src/core/errors.ts';
import { ReaderCalibration } from '../../../src/core/hash/calibrate.ts';
import { DEFAULT_BUFFER_SIZE, hashFile } from '../../../src/core/hash/reader.ts';
import { LOCAL_BUFFER_SIZE } from '../../../src/core/hash/strategies.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';

const oneShot = (alg: string, data: Uint8Array, prefix = '') =>
  createHash(alg).update(prefix).update(data).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hashFile', () => {
  it('matches the known SHA-256 vectors', async () => {
    const empty = join(dir, 'empty');
    const abc = join(dir, 'abc');
    await writeFile(empty, '');
    await writeFile(abc, 'abc');
    expect((await hashFile(empty)).digests.sha256).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect((await hashFile(abc)).digests.sha256).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect((await hashFile(abc, { algorithms: ['sha512'] })).digests.sha512).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
  });

  const sizes = {
    empty: 0,
    'one byte': 1,
    'exactly one buffer': DEFAULT_BUFFER_SIZE,
    'one byte over a buffer': DEFAULT_BUFFER_SIZE + 1,
    'one byte under': DEFAULT_BUFFER_SIZE - 1,
    'several buffers': 3 * DEFAULT_BUFFER_SIZE + 12345,
  };
  for (const [name, size] of Object.entries(sizes))
    for (const reader of ['overlapped', 'local'] as const) {
      it(`${reader} reader: one-shot digests for ${name} (${size} bytes), all algorithms in one pass`, async () => {
        const data = new Uint8Array(size);
        for (let i = 0; i < size; i++) data[i] = (i * 131 + (i >> 9)) & 0xff;
        const p = join(dir, `f-${size}`);
        await writeFile(p, data);
        let progress = 0;
        const r = await hashFile(p, {
          algorithms: ['sha256', 'sha512', 'blake2b512', 'git-sha1'],
          reader,
          onProgress: (n) => {
            progress += n;
          },
        });
        expect(r.size).toBe(size);
        expect(progress).toBe(size);
        expect(r.digests.sha256).toBe(oneShot('sha256', data));
        expect(r.digests.sha512).toBe(oneShot('sha512', data));
        expect(r.digests.blake2b512).toBe(oneShot('blake2b512', data));
        expect(r.digests['git-sha1']).toBe(oneShot('sha1', data, `blob ${size}\0`));
      });
    }

  it('local reader: buffer boundaries of its own size', async () => {
    const data = Buffer.alloc(2 * LOCAL_BUFFER_SIZE + 1, 3);
    const p = join(dir, 'local-edges');
    await writeFile(p, data);
    expect((await hashFile(p, { reader: 'local' })).digests.sha256).toBe(oneShot('sha256', data));
    const mid = await hashFile(p, {
      reader: 'local',
      start: LOCAL_BUFFER_SIZE - 1,
      length: LOCAL_BUFFER_SIZE + 2,
    });
    expect(mid.digests.sha256).toBe(
      oneShot('sha256', data.subarray(LOCAL_BUFFER_SIZE - 1, 2 * LOCAL_BUFFER_SIZE + 1)),
    );
  });

  it('calibrates on real work: alternating segments feed one digest, then one strategy is chosen', async () => {
    const data = Buffer.alloc(1024 * 1024 + 777);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    const p = join(dir, 'calibrate');
    await writeFile(p, data);
    const calibration = new ReaderCalibration({ segment: 64 * 1024, rounds: 3 });
    const first = await hashFile(p, { calibration, bufferSize: 16 * 1024 });
    expect(first.digests.sha256).toBe(oneShot('sha256', data));
    expect(calibration.decision?.how).toBe('calibrated');
    expect(Object.keys(calibration.decision!.rates!)).toEqual(['overlapped', 'local']);
    const again = await hashFile(p, { calibration, start: 100, length: 500_000 });
    expect(again.digests.sha256).toBe(oneShot('sha256', data.subarray(100, 500_100)));
  });

  it('the local reader yields to the event loop during a long read', async () => {
    const p = join(dir, 'long');
    await writeFile(p, Buffer.alloc(96 * 1024 * 1024, 1));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await hashFile(p, { reader: 'local' });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('hashes a byte range (shards) and small buffers', async () => {
    const data = Buffer.alloc(100_000, 7);
    data.write('hello', 5000);
    const p = join(dir, 'range');
    await writeFile(p, data);
    const r = await hashFile(p, { start: 4000, length: 50_000, bufferSize: 4096 });
    expect(r.digests.sha256).toBe(oneShot('sha256', data.subarray(4000, 54_000)));
    await expect(hashFile(p, { start: 90_000, length: 20_000 })).rejects.toMatchObject({
      code: 'READ_OUT_OF_BOUNDS',
    });
  });

  it('names the file when it does not exist or is not a regular file', async () => {
    await expect(hashFile(join(dir, 'nope'))).rejects.toMatchObject({ code: 'ENOENT' });
    const err = await hashFile(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ModelvetError);
    expect((err as ModelvetError).message).toContain(dir);
  });
});
