/** Files reached through several paths (links inside the folder) are hashed once and analyzed per name. */
import { createHash } from 'node:crypto';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.ts';
import { makeTmpDir } from './helpers/tmp.ts';

// A protocol-2 pickle that calls os.system('id'); written as bytes, never loaded.
const PAYLOAD = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03.', 'latin1');
const SHA = createHash('sha256').update(PAYLOAD).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
  // Hugging Face cache layout: the blob is named by its digest, the snapshot link carries the name.
  const repo = join(dir, 'models--org--name');
  const commit = 'a'.repeat(40);
  await mkdir(join(repo, 'blobs'), { recursive: true });
  await mkdir(join(repo, 'snapshots', commit), { recursive: true });
  await mkdir(join(repo, 'refs'), { recursive: true });
  await writeFile(join(repo, 'blobs', SHA), PAYLOAD);
  await symlink(`../../blobs/${SHA}`, join(repo, 'snapshots', commit, 'pytorch_model.bin'));
  await writeFile(join(repo, 'refs', 'main'), commit);
  // A plain folder where a file is also reachable under another name.
  await mkdir(join(dir, 'plain'));
  await writeFile(join(dir, 'plain', 'weights.pkl'), PAYLOAD);
  await symlink('weights.pkl', join(dir, 'plain', 'alias.bin'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('scan and links inside the folder', () => {
  it('hashes a cache blob once and reports its finding at the snapshot name only', async () => {
    const report = await scan([join(dir, 'models--org--name')], { jobs: 2 });
    const blob = report.files.find((f) => f.path.endsWith(`blobs/${SHA}`))!;
    const link = report.files.find((f) => f.path.endsWith('pytorch_model.bin'))!;
    expect(blob.digests?.sha256).toBe(SHA);
    expect(link.digests?.sha256).toBe(SHA);
    expect(link.kind).toBe('pickle');
    expect(blob.kind).toBe('pickle');
    expect(report.summary.bytes).toBe(PAYLOAD.length + 40); // the blob once, plus refs/main
    const pickle = report.findings.filter((f) => f.rule === 'pickle/dangerous-global');
    expect(pickle.map((f) => f.path.split('/').at(-1))).toEqual(['pytorch_model.bin']);
    expect(report.verdict).toBe('fail');
  });

  it('analyzes a file under each real name it goes by', async () => {
    const report = await scan([join(dir, 'plain')]);
    const pickle = report.findings.filter((f) => f.rule === 'pickle/dangerous-global');
    expect(pickle.map((f) => f.path.split('/').at(-1)).sort()).toEqual(['alias.bin', 'weights.pkl']);
    expect(report.summary.bytes).toBe(PAYLOAD.length);
  });
});
