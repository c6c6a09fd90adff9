import { chmod, cp, mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverTarget } from '../src/core/walk.ts';
import { scan, scanTargets } from '../src/scan.ts';
import { makeTmpDir } from './helpers/tmp.ts';

const DEMO = join(import.meta.dirname, '..', 'fixtures', 'demo');

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir();
});
afterAll(async () => {
  await chmodTree(dir, 0o755);
  await rm(dir, { recursive: true, force: true });
});

async function chmodTree(root: string, mode: number): Promise<void> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const p = join(root, entry.name);
    if (entry.isDirectory()) await chmodTree(p, mode);
    await chmod(p, entry.isDirectory() ? mode | 0o111 : mode & 0o666);
  }
  await chmod(root, mode | 0o111);
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = await stat(p);
      if (e.isDirectory()) await walk(p);
      out[p.slice(root.length)] =
        `${st.mode}:${st.size}:${st.mtimeMs}:${e.isFile() ? (await readFile(p)).toString('base64') : ''}`;
    }
  };
  await walk(root);
  return out;
}

describe('scan', () => {
  it('reports the demo folder: digests for every file, the LFS pointer finding, a fail verdict', async () => {
    const report = await scan([DEMO], { jobs: 2 });
    expect(report.files.map((f) => f.path.split('/').pop())).toEqual([
      'config.json',
      'generation_config.json',
      'model.safetensors',
      'pytorch_model.bin',
      'tokenizer_config.json',
    ]);
    for (const f of report.files) expect(f.digests?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.files.find((f) => f.path.endsWith('pytorch_model.bin'))!.kind).toBe('lfs-pointer');
    expect(report.findings.map((f) => f.rule)).toContain('repo/lfs-pointer');
    expect(report.verdict).toBe('fail');
    expect(report.summary.bySeverity.high).toBeGreaterThanOrEqual(1);
    expect(report.summary.bytes).toBe(report.files.reduce((n, f) => n + f.size, 0));
  });

  it('passes the same folder with --fail-on critical', async () => {
    const report = await scan([DEMO], { failOn: 'critical' });
    expect(report.verdict).toBe('pass');
  });

  it('never writes into the scanned tree (read-only copy, compared before and after)', async () => {
    const copy = join(dir, 'ro');
    await cp(DEMO, copy, { recursive: true });
    await mkdir(join(copy, 'nested'));
    await writeFile(join(copy, 'nested', 'x.bin'), Buffer.from([0, 1, 2, 3]));
    await chmodTree(copy, 0o555);
    const before = await snapshot(copy);
    const report = await scan([copy], { algorithms: ['sha512'] });
    expect(report.files).toHaveLength(6);
    expect(await snapshot(copy)).toEqual(before);
  });

  it('reports a file that vanished after discovery and goes on with the others', async () => {
    const folder = join(dir, 'vanish');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), 'a');
    await writeFile(join(folder, 'b.txt'), 'b');
    const target = await discoverTarget(folder);
    await unlink(join(folder, 'a.txt'));
    const report = await scanTargets([target]);
    const errors = report.findings.filter((f) => f.rule === 'scan/hash-error');
    expect(errors).toHaveLength(1); // one finding, not one from the hash and one from the analyzers
    expect(errors[0]!.path).toMatch(/a\.txt$/);
    expect(errors[0]!.message).toMatch(/a\.txt: no such file or directory/);
    expect(report.files.find((f) => f.path.endsWith('b.txt'))!.digests?.sha256).toBeDefined();
    expect(report.verdict).toBe('fail');
  });

  it('reports a file whose size changed after discovery', async () => {
    const folder = join(dir, 'grew');
    await mkdir(folder);
    await writeFile(join(folder, 'a.bin'), 'short');
    const target = await discoverTarget(folder);
    await writeFile(join(folder, 'a.bin'), 'much longer now');
    const report = await scanTargets([target]);
    expect(report.files[0]!.size).toBe(15);
    const changed = report.findings.find((f) => f.rule === 'scan/hash-error');
    expect(changed?.message).toMatch(/a\.bin: size changed during the scan \(5 → 15 bytes\)/);
  });

  it('throws a NOT_FOUND error naming a missing target', async () => {
    await expect(scan([join(dir, 'nope')])).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('nope'),
    });
  });

  it('scans several targets, files and folders, in the order given', async () => {
    const file = join(dir, 'alone.json');
    await writeFile(file, '{"model_type": "bert"}\n');
    const report = await scan([file, DEMO]);
    expect(report.targets.map((t) => t.isDirectory)).toEqual([false, true]);
    expect(report.files[0]!.path).toMatch(/alone\.json$/);
    expect(report.files).toHaveLength(6);
  });
});
