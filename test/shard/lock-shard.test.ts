/** `lock --shard K/N` + merge = `lock`, byte for byte: files mode, shards mode (byte ranges of one big file), blake2b. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockShard, mergeLockText } from '../../src/shard/lock-shard.ts';
import { type PartialLock, partialJson } from '../../src/shard/partial.ts';
import { LOCK_FILE_NAME, writeLock } from '../../src/verify/lock.ts';
import type { LockOptions } from '../../src/verify/lock.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

let dir: string;
let model: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  model = join(dir, 'model');
  await mkdir(join(model, 'sub'), { recursive: true });
  const big = Buffer.alloc(1_000_003);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
  await writeFile(join(model, 'model.safetensors'), big);
  for (let i = 0; i < 12; i++) await writeFile(join(model, 'sub', `f${i}.json`), `{"i": ${i}}`);
  await writeFile(join(model, 'empty'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function single(options: Omit<LockOptions, 'output'>): Promise<string> {
  await writeLock(model, options);
  const text = await readFile(join(model, LOCK_FILE_NAME), 'utf8');
  await rm(join(model, LOCK_FILE_NAME));
  return text;
}

async function sharded(count: number, options: Omit<LockOptions, 'output'>): Promise<PartialLock[]> {
  const out: PartialLock[] = [];
  for (let index = 1; index <= count; index++)
    out.push(
      JSON.parse(partialJson(await lockShard(model, { ...options, shard: { index, count } }))) as PartialLock,
    );
  return out;
}

describe('lock --shard + merge', () => {
  it('files mode: 3 shards merged are the lock, byte for byte', async () => {
    const parts = await sharded(3, {});
    expect(parts.every((p) => p.resources.length < 14)).toBe(true);
    expect(mergeLockText(parts)).toBe(await single({}));
  });

  it('shards mode: the byte ranges of one big file are spread over the shards', async () => {
    const options = { method: 'shards' as const, shardSize: 50_000 };
    const parts = await sharded(4, options);
    const ranges = parts.map(
      (p) => p.resources.filter((r) => r.name.startsWith('model.safetensors:')).length,
    );
    expect(ranges.filter((n) => n > 0).length).toBe(4);
    expect(mergeLockText(parts.reverse())).toBe(await single(options));
  });

  it('blake2b, and an existing lock in the folder is left out as the lock itself would be', async () => {
    await writeFile(join(model, LOCK_FILE_NAME), 'old lock');
    const parts = await sharded(2, { hashType: 'blake2b' });
    const merged = mergeLockText(parts);
    expect(merged).toBe(await single({ hashType: 'blake2b' }));
    expect(merged).toContain('"modelvet.lock.json"');
  });

  it('refuses partials of other settings or a different tree', async () => {
    const a = await sharded(2, {});
    const b = await sharded(2, { method: 'shards', shardSize: 100_000 });
    expect(() => mergeLockText([a[0]!, b[1]!])).toThrow(/other settings/);
    await writeFile(join(model, 'added'), 'x');
    const c = await sharded(2, {});
    await rm(join(model, 'added'));
    expect(() => mergeLockText([a[0]!, c[1]!])).toThrow(/other files/);
    expect(() => mergeLockText([a[0]!])).toThrow(/shard 2 of 2 missing/);
  });
});
