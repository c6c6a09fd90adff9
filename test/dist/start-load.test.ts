/**
 * What the shipped bundle loads before it does any work: the built CLI's `scan` of an empty folder,
 * a `scan` whose digests all come from the digest cache, and the Action on an empty workspace. Each
 * runs in a child process with a preload that records, on exit, Node's built-in modules
 * (`process.moduleLoadList`) and the bundle files loaded (a module load hook).
 *
 * - Node's crypto, zlib and worker_threads cost about 4, 2.5 and 2 ms each to load (Node 24); none
 *   of these runs uses them (src/core/node-builtins.ts fetches them on first use; the Action's
 *   output delimiter comes from scripts/stubs/actions-core-crypto.mjs).
 * - Each bundle file costs the module loader about 0.2 ms however small it is: scripts/build.mjs
 *   joins the chunks the same runs load into one file per group. esbuild's chunks alone made these
 *   runs load 58 to 64 files; the bound below catches a build that stops joining them.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RACY_WINDOW_MS } from '../../src/core/hash/cache.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');
const ACTION = join(ROOT, 'dist', 'action.js');

/**
 * Built-in modules none of these runs may load. The command line also loads worker_threads, through
 * node:util (its parseArgs reads the options); the Action does not.
 */
const UNUSED_BY_CLI = ['crypto', 'zlib'];
const UNUSED_BY_ACTION = [...UNUSED_BY_CLI, 'worker_threads'];
/** At most this many bundle files per run (one per load group, plus the lazily loaded renderers). */
const MAX_BUNDLE_FILES = 14;

const PRELOAD = `
const { writeFileSync } = require('node:fs');
const files = new Set();
const { registerHooks } = require('node:module');
if (registerHooks) {
  registerHooks({
    load(url, context, next) {
      if (url.startsWith('file:') && url.includes('/dist/')) files.add(url);
      return next(url, context);
    },
  });
}
process.on('exit', () => {
  const builtins = process.moduleLoadList
    .filter((m) => m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/'))
    .map((m) => m.slice('NativeModule '.length));
  writeFileSync(process.env.START_LOAD_OUT, JSON.stringify({ builtins, files: registerHooks ? [...files] : undefined }));
});
`;

let dir: string;
let preload: string;
let counter = 0;

beforeAll(async () => {
  dir = await makeTmpDir();
  preload = join(dir, 'preload.cjs');
  await writeFile(preload, PRELOAD);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Loaded {
  status: number | null;
  stderr: string;
  builtins: string[];
  files: string[] | undefined;
}

async function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Loaded> {
  const out = join(dir, `loaded-${++counter}.json`);
  const r = spawnSync(process.execPath, ['-r', preload, script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, START_LOAD_OUT: out, MODELVET_HEAP_TUNING: '0', ...env },
  });
  const loaded = JSON.parse(await readFile(out, 'utf8')) as { builtins: string[]; files?: string[] };
  return { status: r.status, stderr: r.stderr, builtins: loaded.builtins, files: loaded.files };
}

function expectLean(loaded: Loaded, unused: readonly string[]): void {
  expect(loaded.builtins.filter((m) => unused.includes(m))).toEqual([]);
  // Sanity: the record is real (the scanner's own imports are there).
  expect(loaded.builtins).toContain('fs/promises');
  if (loaded.files) {
    expect(loaded.files.length).toBeGreaterThan(2);
    expect(loaded.files.length).toBeLessThanOrEqual(MAX_BUNDLE_FILES);
  }
}

describe('what the built bundle loads at start', () => {
  it('scan of an empty folder: no crypto or zlib, a handful of bundle files', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const loaded = await run(BIN, ['scan', '--no-progress', empty]);
    expect(loaded.status, loaded.stderr).toBe(0);
    expectLean(loaded, UNUSED_BY_CLI);
  });

  it('second scan with a digest cache: every digest from the cache, no crypto loaded to hash or to write it', {
    timeout: 20_000,
  }, async () => {
    const model = join(dir, 'model');
    await mkdir(model);
    // Above SMALL_FILE_BYTES (src/scan-read.ts): smaller files are read whole for their analysis
    // and hashed as they are read, cache or not.
    await writeFile(join(model, 'weights.bin'), Buffer.alloc(300_000, 7));
    await writeFile(join(model, 'more.bin'), Buffer.alloc(300_000, 9));
    // The cache keeps no digest of a file changed within its racy window (git's racy entries).
    await new Promise((r) => setTimeout(r, DEFAULT_RACY_WINDOW_MS + 100));
    const cache = join(dir, 'digest-cache');
    const argv = ['scan', '--no-progress', '--digest-cache', cache, model];
    const first = await run(BIN, argv);
    expect(first.status, first.stderr).toBe(0);
    expect(first.builtins).toContain('crypto'); // it hashed
    const second = await run(BIN, argv);
    expect(second.status, second.stderr).toBe(0);
    expectLean(second, UNUSED_BY_CLI);
  });

  it('the Action on an empty workspace: no crypto, zlib or worker threads, and its outputs are written', async () => {
    const ws = join(dir, 'ws');
    const runnerTemp = join(dir, 'runner-temp');
    await mkdir(ws);
    await mkdir(runnerTemp);
    const output = join(dir, 'github-output');
    await writeFile(output, '');
    await writeFile(join(dir, 'summary'), '');
    const loaded = await run(ACTION, [], {
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    });
    expect(loaded.status, loaded.stderr).toBe(0);
    expectLean(loaded, UNUSED_BY_ACTION);
    // Every value is framed by @actions/core's delimiter: a random (version 4) UUID, a new one each.
    const text = await readFile(output, 'utf8');
    const delimiters = [...text.matchAll(/^\w+<<ghadelimiter_([0-9a-f-]+)$/gm)].map((m) => m[1]);
    expect(delimiters.length).toBeGreaterThan(2);
    for (const d of delimiters)
      expect(d).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(delimiters).size).toBe(delimiters.length);
    expect(text).toMatch(/^verdict<<ghadelimiter_\S+\npass\nghadelimiter_\S+$/m);
  });
});
