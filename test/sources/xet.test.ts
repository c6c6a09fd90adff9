/**
 * Xet-backed files on the mock Hub (listed with `xetHash`, `resolve/` redirecting to a Xet bridge
 * that honours Range): scan reads them through range reads on the bridge, pull verifies them by
 * the LFS sha256 the listing states, and refuses one whose only digest is the Xet hash.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';
import { pull } from '../../src/sources/pull.ts';
import { bigSafetensors } from '../helpers/mock-files.ts';
import { bufferFile, MockHub, type MockFile, mockXetHash } from '../helpers/mock-hub.ts';
import { fixture } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const COMMIT = 'abcdefabcdefabcdefabcdefabcdefabcdef0123';
const weights = fixture('benign', 'hf', 'gpt2', 'model.safetensors');
const xet = (data: Buffer, extra: Partial<MockFile> = {}): MockFile => ({
  ...bufferFile(data),
  xet: true,
  ...extra,
});
const config = bufferFile(fixture('benign', 'hf', 'gpt2', 'config.json'));

const hub = new MockHub({
  repos: {
    'org/xet': { commit: COMMIT, files: { 'config.json': config, 'model.safetensors': xet(weights) } },
    'org/xet-big': {
      commit: COMMIT,
      files: { 'config.json': config, 'model.safetensors': { ...bigSafetensors(2 * 1024 ** 3), xet: true } },
    },
    'org/xet-lying': {
      commit: COMMIT,
      files: { 'config.json': config, 'model.safetensors': xet(weights, { lfsSha256: 'd'.repeat(64) }) },
    },
    'org/xet-moved': {
      commit: COMMIT,
      files: {
        'config.json': config,
        'model.safetensors': xet(weights, { xetHashAtResolve: 'e'.repeat(64) }),
      },
    },
    'org/xet-only': {
      commit: COMMIT,
      files: { 'config.json': config, 'model.safetensors': xet(weights, { xet: false, xetOnly: true }) },
    },
  },
});

beforeAll(() => hub.start());
afterAll(() => hub.stop());

const remote = () => ({ hubUrl: hub.url, http: { backoffMs: 1 } });

describe('Xet-backed files', () => {
  it('scan reads a Xet-backed file by range reads on the Xet bridge and reports both hashes', async () => {
    const before = hub.xetRequests.length;
    const report = await scan([`hf://org/xet@${COMMIT}`], { remote: remote() });
    expect(report.verdict).toBe('pass');
    const st = report.files.find((f) => f.path.endsWith('model.safetensors'))!;
    expect(st.kind).toBe('safetensors');
    expect(st.fetched).toMatchObject({
      lfsSha256: (await import('node:crypto')).createHash('sha256').update(weights).digest('hex'),
      xetHash: mockXetHash(xet(weights)),
      hashedLocally: false,
    });
    const asked = hub.xetRequests.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((r) => /^model\.safetensors bytes=\d+-\d+$/.test(r))).toBe(true);
  });

  it('a 2 GiB Xet-backed safetensors file is scanned fetching under 1 MiB', async () => {
    const before = hub.bytesServed;
    const report = await scan([`hf://org/xet-big@${COMMIT}`], { remote: remote() });
    expect(report.files.find((f) => f.path.endsWith('model.safetensors'))?.kind).toBe('safetensors');
    expect(hub.bytesServed - before).toBeLessThan(1024 * 1024);
  });

  it('pull downloads it through the bridge, checks the LFS sha256 and names the blob by it', async () => {
    const cache = await makeTmpDir();
    const before = hub.xetRequests.length;
    const r = await pull(`hf://org/xet@${COMMIT}`, { cache, remote: remote() });
    expect(r.placed?.path).toBe(join(cache, 'models--org--xet', 'snapshots', COMMIT));
    const link = join(r.placed!.path, 'model.safetensors');
    const sha = (await import('node:crypto')).createHash('sha256').update(weights).digest('hex');
    expect(readlinkSync(link)).toBe(`../../blobs/${sha}`);
    expect(readFileSync(link)).toEqual(weights);
    expect(hub.xetRequests.slice(before)).toContain('model.safetensors whole');
  });

  it('a Xet-backed file whose bytes differ from its LFS sha256 fails the pull', async () => {
    const cache = await makeTmpDir();
    await expect(pull(`hf://org/xet-lying@${COMMIT}`, { cache, remote: remote() })).rejects.toThrow(
      /model\.safetensors: sha256 of the downloaded bytes is [0-9a-f]{64}, the remote metadata states d{64}; nothing was placed/,
    );
    expect(existsSync(join(cache, 'models--org--xet-lying'))).toBe(false);
  });

  it('a Xet-backed file with no sha256 is reported with its Xet hash and refused by pull before any download', async () => {
    const report = await scan([`hf://org/xet-only@${COMMIT}`], { remote: remote() });
    const st = report.files.find((f) => f.path.endsWith('model.safetensors'))!;
    expect(st.fetched?.lfsSha256).toBeUndefined();
    expect(st.fetched?.xetHash).toMatch(/^[0-9a-f]{64}$/);
    const cache = await makeTmpDir();
    const before = hub.xetRequests.length;
    await expect(pull(`hf://org/xet-only@${COMMIT}`, { cache, remote: remote() })).rejects.toThrow(
      /^model\.safetensors: Xet-backed with no sha256 in the Hub's listing \(only Xet hash [0-9a-f]{64}, which modelvet cannot check\); nothing was pulled$/,
    );
    // The scan's range reads happened; no whole-file download did, and nothing is on disk.
    expect(hub.xetRequests.slice(before).some((r) => r.endsWith(' whole'))).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('the Hub file info stating another Xet hash than the listing refuses the file before downloading it', async () => {
    const cache = await makeTmpDir();
    const before = hub.xetRequests.length;
    await expect(pull(`hf://org/xet-moved@${COMMIT}`, { cache, remote: remote() })).rejects.toThrow(
      /model\.safetensors: the Hub lists Xet hash [0-9a-f]{64} but its download states e{64}; nothing was placed/,
    );
    expect(hub.xetRequests.slice(before).some((r) => r.endsWith(' whole'))).toBe(false);
    expect(existsSync(join(cache, 'models--org--xet-moved'))).toBe(false);
  });
});
