import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pull } from '../../src/sources/pull.ts';
import { bufferFile, gitBlobId, MockHub, type MockRepo } from '../helpers/mock-hub.ts';
import { FIXTURES, fixture } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const COMMIT = '1111111111222222222233333333334444444444';

function gpt2Files(): MockRepo['files'] {
  const dir = join(FIXTURES, 'benign', 'hf', 'gpt2');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      bufferFile(fixture('benign', 'hf', 'gpt2', name), name.endsWith('.safetensors')),
    ]),
  );
}

const lying = gpt2Files();
lying['model.safetensors'] = { ...lying['model.safetensors']!, lfsSha256: 'c'.repeat(64) };

const hub = new MockHub({
  repos: {
    'org/clean': {
      commit: COMMIT,
      files: { ...gpt2Files(), 'sub/dir/extra.json': bufferFile(Buffer.from('{}')) },
    },
    'org/payload': {
      commit: COMMIT,
      files: {
        ...gpt2Files(),
        'pytorch_model.bin': bufferFile(fixture('pickle', 'hostile', '01_proto0_global_reduce.pkl'), true),
      },
    },
    'org/lying': { commit: COMMIT, files: lying },
    'org/cut': { commit: COMMIT, files: gpt2Files() },
  },
});

beforeAll(() => hub.start());
afterAll(() => hub.stop());

const remote = () => ({ hubUrl: hub.url, http: { backoffMs: 1 } });

/** Files placed under a folder, besides the staging folders. */
const placed = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []);

describe('pull hf://', () => {
  it('places a clean repo in the Hugging Face cache layout with relative links, refs for a branch', async () => {
    const cache = await makeTmpDir();
    const r = await pull('hf://org/clean@main', { cache, remote: remote() });
    expect(r.report.verdict).toBe('pass');
    const repo = join(cache, 'models--org--clean');
    const snap = join(repo, 'snapshots', COMMIT);
    expect(r.placed?.path).toBe(snap);
    expect(readFileSync(join(repo, 'refs', 'main'), 'utf8')).toBe(COMMIT);
    const link = join(snap, 'model.safetensors');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toMatch(/^\.\.\/\.\.\/blobs\/[0-9a-f]{64}$/);
    expect(readlinkSync(join(snap, 'sub', 'dir', 'extra.json'))).toMatch(
      /^\.\.\/\.\.\/\.\.\/\.\.\/blobs\/[0-9a-f]{40}$/,
    );
    expect(readFileSync(link)).toEqual(fixture('benign', 'hf', 'gpt2', 'model.safetensors'));
    expect(existsSync(`${repo}.modelvet-staging`)).toBe(false);
  });

  it('the cache layout huggingface_hub reads offline, for every file (as fixtures/scripts/hf_cache_check.py checks with the library)', async () => {
    const cache = await makeTmpDir();
    await pull('hf://org/clean@main', { cache, remote: remote() });
    const repo = join(cache, 'models--org--clean');
    // refs/<branch> holds the commit, which names the snapshot folder (file_download.py `_cache_commit_hash_for_specific_revision`).
    expect(readFileSync(join(repo, 'refs', 'main'), 'utf8')).toBe(COMMIT);
    expect(readdirSync(join(repo, 'snapshots'))).toEqual([COMMIT]);
    const snap = join(repo, 'snapshots', COMMIT);
    const files = hub.options.repos['org/clean']!.files;
    const listed = readdirSync(snap, { recursive: true, withFileTypes: true })
      .filter((d) => !d.isDirectory())
      .map((d) => join(d.parentPath, d.name).slice(snap.length + 1))
      .sort();
    expect(listed).toEqual(Object.keys(files).sort());
    for (const [path, file] of Object.entries(files)) {
      const data = file.slice(0, file.size);
      // Blobs are named by the ETag the Hub states: the sha256 of an LFS file, the git blob id of another.
      const etag = file.lfs ? createHash('sha256').update(data).digest('hex') : gitBlobId(data);
      const link = join(snap, path);
      const target = readlinkSync(link);
      expect(isAbsolute(target)).toBe(false);
      expect(target).toBe(`${'../'.repeat(path.split('/').length + 1)}blobs/${etag}`);
      expect(resolve(dirname(link), target)).toBe(join(repo, 'blobs', etag));
      expect(lstatSync(join(repo, 'blobs', etag)).isFile()).toBe(true);
      expect(readFileSync(realpathSync(link))).toEqual(data);
    }
    expect(readdirSync(join(repo, 'blobs')).length).toBe(new Set(Object.keys(files)).size);
  });

  it('places a plain folder with --to', async () => {
    const to = join(await makeTmpDir(), 'out');
    const r = await pull(`hf://org/clean@${COMMIT}`, { to, remote: remote() });
    expect(r.placed?.path).toBe(to);
    expect(readFileSync(join(to, 'config.json'))).toEqual(fixture('benign', 'hf', 'gpt2', 'config.json'));
  });

  it('a failed verdict downloads and places nothing', async () => {
    const cache = await makeTmpDir();
    const r = await pull(`hf://org/payload@${COMMIT}`, { cache, remote: remote() });
    expect(r.report.verdict).toBe('fail');
    expect(r.placed).toBeUndefined();
    expect(placed(cache)).toEqual([]);
  });

  it('a file whose bytes differ from its LFS sha256 fails the pull and nothing is placed', async () => {
    const cache = await makeTmpDir();
    await expect(pull(`hf://org/lying@${COMMIT}`, { cache, remote: remote() })).rejects.toThrow(
      /sha256 of the downloaded bytes is [0-9a-f]{64}, the remote metadata states c{64}; nothing was placed/,
    );
    expect(existsSync(join(cache, 'models--org--lying'))).toBe(false);
  });

  it('a connection cut mid-file places nothing; a re-run resumes with the verified blobs', async () => {
    const cache = await makeTmpDir();
    hub.options.cutOnce = { path: 'model.safetensors', after: 5000 };
    await expect(pull(`hf://org/cut@${COMMIT}`, { cache, remote: remote() })).rejects.toThrow(
      /cut after|received/,
    );
    expect(existsSync(join(cache, 'models--org--cut'))).toBe(false);
    const staged = readdirSync(join(cache, 'models--org--cut.modelvet-staging', 'blobs'));
    expect(staged.some((n) => n.endsWith('.part'))).toBe(false);
    const again = await pull(`hf://org/cut@${COMMIT}`, { cache, remote: remote() });
    expect(again.placed?.reused).toBeGreaterThan(0);
    expect(readFileSync(join(again.placed!.path, 'model.safetensors'))).toEqual(
      fixture('benign', 'hf', 'gpt2', 'model.safetensors'),
    );
  });

  it('an abort (SIGINT) places nothing', async () => {
    const cache = await makeTmpDir();
    const ctl = new AbortController();
    ctl.abort();
    await expect(
      pull(`hf://org/clean@${COMMIT}`, { cache, remote: remote(), signal: ctl.signal }),
    ).rejects.toThrow(/interrupted/);
    expect(existsSync(join(cache, 'models--org--clean'))).toBe(false);
  });
});
