/** `modelvet scan hf://...` through the CLI in-process and through the built bundle (dist/bin.js). */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { bufferFile, MockHub } from '../helpers/mock-hub.ts';
import { MockOllama } from '../helpers/mock-ollama.ts';
import { fixture } from '../helpers/models.ts';
import { makeTmpDir } from '../helpers/tmp.ts';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');
const COMMIT = '89abcdef0123456789abcdef0123456789abcdef';
const TOKEN = 'hf_cli_secret_token_0123';

const files = {
  'config.json': bufferFile(fixture('benign', 'hf', 'gpt2', 'config.json')),
  'model.safetensors': bufferFile(fixture('benign', 'hf', 'gpt2', 'model.safetensors'), true),
};
const hub = new MockHub({
  token: TOKEN,
  repos: {
    'org/clean': { commit: COMMIT, files },
    'org/gated': { commit: COMMIT, gated: true, files },
  },
});

beforeAll(() => hub.start());
afterAll(() => hub.stop());

function runBin(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (e, out, err) => resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });
}

describe('modelvet scan hf:// (CLI)', () => {
  it('scans in place and reports bytes fetched and the Hub integrity', async () => {
    const r = await runCli(['scan', `hf://org/clean@${COMMIT}`, '--hub-url', hub.url, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.files.every((f: { fetched?: { bytes: number } }) => f.fetched && f.fetched.bytes > 0)).toBe(
      true,
    );
  });

  it('reads the token from --token-file and never prints it', async () => {
    const dir = await makeTmpDir();
    writeFileSync(join(dir, 'token'), `${TOKEN}\n`);
    const ok = await runCli([
      'scan',
      `hf://org/gated@${COMMIT}`,
      '--hub-url',
      hub.url,
      '--token-file',
      join(dir, 'token'),
    ]);
    expect(ok.code).toBe(0);
    const bad = await runCli([
      'scan',
      'hf://org/gated@nope',
      '--hub-url',
      hub.url,
      '--token-file',
      join(dir, 'token'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    for (const r of [ok, bad]) expect(r.out + r.err).not.toContain(TOKEN);
  });
});

describe('modelvet scan hf:// (built bundle)', () => {
  it('passes a clean repo, HF_ENDPOINT and HF_TOKEN from the environment', async () => {
    const r = await runBin(['scan', `hf://org/gated@${COMMIT}`, '--format', 'json'], {
      HF_ENDPOINT: hub.url,
      HF_TOKEN: TOKEN,
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(TOKEN);
    expect(JSON.parse(r.out).verdict).toBe('pass');
  });

  it('one-line errors: no token for a gated repo, unknown repo, offline', async () => {
    const gated = await runBin(['scan', 'hf://org/gated', '--hub-url', hub.url]);
    expect(gated.code).toBe(2);
    expect(gated.err).toMatch(/gated repository; set HF_TOKEN or pass --token-file/);
    const unknown = await runBin(['scan', 'hf://org/none', '--hub-url', hub.url]);
    expect(unknown.err).toMatch(/hf:\/\/org\/none: repository not found/);
    const offline = await runBin(['scan', 'hf://org/clean', '--hub-url', 'http://127.0.0.1:9']);
    expect(offline.code).toBe(2);
    expect(offline.err).toMatch(/cannot reach 127\.0\.0\.1:9/);
    for (const r of [gated, unknown, offline]) expect(r.err.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('modelvet pull hf:// (built bundle)', () => {
  it('pulls a clean repo into a cache folder; a gated repo without a token places nothing', async () => {
    const cache = await makeTmpDir();
    const ok = await runBin(['pull', `hf://org/clean@${COMMIT}`, '--cache', cache, '--hub-url', hub.url]);
    expect(ok.code).toBe(0);
    expect(ok.err).toMatch(/placed .*models--org--clean\/snapshots\/89abcdef/);
    expect(readFileSync(join(cache, 'models--org--clean', 'snapshots', COMMIT, 'config.json'))).toEqual(
      fixture('benign', 'hf', 'gpt2', 'config.json'),
    );
    const other = await makeTmpDir();
    const gated = await runBin(['pull', `hf://org/gated@${COMMIT}`, '--cache', other, '--hub-url', hub.url]);
    expect(gated.code).toBe(2);
    expect(readdirSync(other)).toEqual([]);
  }, 60_000);
});

describe('modelvet scan/pull ollama:// (built bundle)', () => {
  it('scans and pulls a model from a registry given by --hub-url', async () => {
    const registry = await new MockOllama({
      'library/tiny:1b': [
        { mediaType: 'application/vnd.ollama.image.model', data: fixture('gguf', 'benign.gguf') },
        { mediaType: 'application/vnd.ollama.image.template', data: Buffer.from('{{ .Prompt }}') },
      ],
    }).start();
    try {
      const scanned = await runBin([
        'scan',
        'ollama://library/tiny:1b',
        '--hub-url',
        registry.url,
        '--format',
        'json',
      ]);
      expect(scanned.code, scanned.err).toBe(0);
      expect(JSON.parse(scanned.out).files).toHaveLength(3);
      const models = await makeTmpDir();
      const pulled = await runBin([
        'pull',
        'ollama://library/tiny:1b',
        '--hub-url',
        registry.url,
        '--to',
        models,
      ]);
      expect(pulled.code, pulled.err).toBe(0);
      expect(readdirSync(join(models, 'blobs'))).toHaveLength(3);
      expect(readdirSync(join(models, 'manifests', 'registry.ollama.ai', 'library', 'tiny'))).toEqual(['1b']);
    } finally {
      await registry.stop();
    }
  }, 60_000);
});

describe('modelvet pull interrupted (built bundle)', () => {
  it('SIGINT during a stalled download exits and places nothing', async () => {
    const cache = await makeTmpDir();
    hub.options.stallOnce = { path: 'model.safetensors', after: 1000 };
    const child = spawn(
      process.execPath,
      [BIN, 'pull', `hf://org/clean@${COMMIT}`, '--cache', cache, '--hub-url', hub.url],
      {
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d;
    });
    // Wait until the stalled transfer has begun (its staging folder exists), then interrupt.
    const staging = join(cache, 'models--org--clean.modelvet-staging');
    for (let i = 0; i < 200 && !existsSync(staging); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? -1)));
    expect(code, err).toBe(2);
    expect(err).toMatch(/interrupted; nothing was placed/);
    expect(existsSync(join(cache, 'models--org--clean'))).toBe(false);
    expect(readdirSync(join(staging, 'blobs')).some((n) => n.endsWith('.part'))).toBe(false);
  }, 60_000);
});
