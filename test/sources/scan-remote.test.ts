import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPolicy } from '../../src/policy/types.ts';
import { scan } from '../../src/scan.ts';
import { bigSafetensors, storedZip } from '../helpers/mock-files.ts';
import { bufferFile, MockHub, type MockRepo } from '../helpers/mock-hub.ts';
import { FIXTURES, fixture } from '../helpers/models.ts';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const OTHER = 'fedcba9876543210fedcba9876543210fedcba98';

function gpt2Files(): MockRepo['files'] {
  const dir = join(FIXTURES, 'benign', 'hf', 'gpt2');
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      bufferFile(fixture('benign', 'hf', 'gpt2', name), name.endsWith('.safetensors')),
    ]),
  );
}

/** The members of a stored zip fixture, through its central directory. */
function zipMembers(data: Buffer): [string, Buffer][] {
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = data.readUInt32LE(eocd + 16);
  const out: [string, Buffer][] = [];
  for (let i = 0; i < data.readUInt16LE(eocd + 10); i++) {
    const size = data.readUInt32LE(p + 20);
    const nameLen = data.readUInt16LE(p + 28);
    const extra = data.readUInt16LE(p + 30);
    const comment = data.readUInt16LE(p + 32);
    const local = data.readUInt32LE(p + 42);
    const name = data.subarray(p + 46, p + 46 + nameLen).toString();
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    out.push([name, data.subarray(start, start + size)]);
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

const GiB = 1024 ** 3;

const hub = new MockHub({
  pageSize: 3,
  repos: {
    'org/clean': { commit: COMMIT, refs: ['main', 'v1'], files: gpt2Files() },
    'org/payload': {
      commit: OTHER,
      files: {
        ...gpt2Files(),
        'pytorch_model.bin': bufferFile(fixture('pickle', 'hostile', '01_proto0_global_reduce.pkl'), true),
      },
    },
    'org/big': {
      commit: COMMIT,
      files: {
        'config.json': bufferFile(fixture('benign', 'hf', 'gpt2', 'config.json')),
        'model.safetensors': bigSafetensors(2 * GiB),
        'pytorch_model.bin': storedZip(
          zipMembers(fixture('torch', 'state_dict.pt')).map(([n, b]) => [n, n.endsWith('data/0') ? GiB : b]),
        ),
      },
    },
    'org/gated': { commit: COMMIT, gated: true, files: gpt2Files() },
  },
  token: 'hf_secret_token_value',
});

beforeAll(() => hub.start());
afterAll(() => hub.stop());

const remote = () => ({ hubUrl: hub.url, http: { backoffMs: 1 } });

describe('scan hf://', () => {
  it('passes a clean repo pinned to a commit, with per-file bytes fetched and Hub integrity', async () => {
    const report = await scan([`hf://org/clean@${COMMIT}`], { remote: remote() });
    expect(report.verdict).toBe('pass');
    expect(report.findings.filter((f) => f.severity !== 'info' && f.severity !== 'low')).toEqual([]);
    expect(report.files.map((f) => f.path).sort()).toEqual(
      Object.keys(gpt2Files())
        .map((n) => `hf://org/clean@${COMMIT}/${n}`)
        .sort(),
    );
    const st = report.files.find((f) => f.path.endsWith('model.safetensors'))!;
    expect(st.kind).toBe('safetensors');
    expect(st.fetched?.lfsSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(st.fetched?.hashedLocally).toBe(false);
    for (const f of report.files) expect(f.fetched?.bytes).toBeGreaterThan(0);
    expect(report.verifications[0]?.message).toContain('not hashed locally');
  });

  it('reads a dataset repository (hf://datasets/...) through the datasets endpoints', async () => {
    const before = hub.requests.length;
    const report = await scan([`hf://datasets/org/clean@${COMMIT}`], { remote: remote() });
    expect(report.verdict).toBe('pass');
    const paths = hub.requests.slice(before);
    expect(paths.some((p) => p.startsWith('/api/datasets/org/clean/tree/'))).toBe(true);
    expect(paths.some((p) => p.startsWith('/datasets/org/clean/resolve/'))).toBe(true);
  });

  it('reports a branch revision with the commit it resolved to', async () => {
    const report = await scan(['hf://org/clean@v1'], { remote: remote() });
    const pin = report.findings.find((f) => f.rule === 'pin/unpinned-model-revision');
    expect(pin?.message).toContain(COMMIT);
    expect(pin?.evidence).toMatchObject({
      commit: COMMIT,
      model: { owner: 'org', name: 'clean', revision: 'v1' },
    });
    const noRev = await scan(['hf://org/clean'], { remote: remote() });
    expect(noRev.findings.some((f) => f.rule === 'pin/unpinned-model-revision')).toBe(true);
  });

  it('fails a repo with a pickle payload', async () => {
    const report = await scan([`hf://org/payload@${OTHER}`], { remote: remote() });
    expect(report.verdict).toBe('fail');
    expect(
      report.findings.some((f) => f.path.endsWith('pytorch_model.bin') && f.severity === 'critical'),
    ).toBe(true);
  });

  it('scans a 2 GiB safetensors file and a 1 GiB torch zip fetching under 1 MiB', async () => {
    const before = hub.bytesServed;
    const report = await scan([`hf://org/big@${COMMIT}`], { remote: remote() });
    const served = hub.bytesServed - before;
    expect(served).toBeLessThan(1024 * 1024);
    expect(report.summary.bytes).toBeLessThan(1024 * 1024);
    expect(report.files.find((f) => f.path.endsWith('model.safetensors'))?.kind).toBe('safetensors');
    expect(report.files.find((f) => f.path.endsWith('pytorch_model.bin'))?.kind).toBe('zip');
    const fetched = report.files.reduce((n, f) => n + (f.fetched?.bytes ?? 0), 0);
    expect(fetched).toBeLessThanOrEqual(served);
  });

  it('one-line errors: unknown repo, bad revision, gated without token, offline', async () => {
    await expect(scan(['hf://org/nope'], { remote: remote() })).rejects.toThrow(/not found/);
    await expect(scan(['hf://org/clean@nobranch'], { remote: remote() })).rejects.toThrow(
      /revision nobranch not found/,
    );
    await expect(scan(['hf://org/gated'], { remote: remote() })).rejects.toThrow(/HF_TOKEN/);
    await expect(
      scan(['hf://org/clean'], { remote: { hubUrl: 'http://127.0.0.1:9', http: { attempts: 1 } } }),
    ).rejects.toThrow(/cannot reach 127\.0\.0\.1:9/);
  });

  it('a gated repo scans with a token; the token is never sent to the CDN nor in the report', async () => {
    const report = await scan([`hf://org/gated@${COMMIT}`], {
      remote: { ...remote(), token: 'hf_secret_token_value' },
    });
    expect(report.verdict).toBe('pass');
    expect(JSON.stringify(report)).not.toContain('hf_secret_token_value');
    expect(hub.cdnAuth).toEqual([]);
    const err = await scan(['hf://org/gated@nobranch'], {
      remote: { ...remote(), token: 'hf_secret_token_value' },
    }).catch((e: Error) => e);
    expect(String((err as Error).message)).not.toContain('hf_secret_token_value');
  });
});

describe('policy sources', () => {
  it('a repository whose owner the policy does not list fails; a listed owner passes', async () => {
    const policy = { ...emptyPolicy('.modelvet.yml'), sources: { huggingface: ['trusted-org'] } };
    const refused = await scan([`hf://org/clean@${COMMIT}`], { remote: remote(), policy });
    expect(refused.verdict).toBe('fail');
    expect(JSON.stringify(refused.findings)).toContain('sources.huggingface');
    const allowed = await scan([`hf://org/clean@${COMMIT}`], {
      remote: remote(),
      policy: { ...policy, sources: { huggingface: ['org'] } },
    });
    expect(allowed.verdict).toBe('pass');
  });
});

describe('rate limits', () => {
  it('retries 429 honouring Retry-After, then gives a one-line error', async () => {
    const limited = new MockHub({
      rateLimit: 2,
      repos: { 'org/clean': { commit: COMMIT, files: gpt2Files() } },
    });
    await limited.start();
    try {
      const report = await scan([`hf://org/clean@${COMMIT}`], {
        remote: { hubUrl: limited.url, http: { backoffMs: 1 } },
      });
      expect(report.verdict).toBe('pass');
      limited.options.rateLimit = 1000;
      await expect(
        scan([`hf://org/clean@${COMMIT}`], {
          remote: { hubUrl: limited.url, http: { backoffMs: 1, attempts: 3 } },
        }),
      ).rejects.toThrow(/rate-limited .* after 3 attempts/);
    } finally {
      await limited.stop();
    }
  });
});

/** A safetensors file holding the named F32 scalars. */
function safetensors(names: string[]): Buffer {
  const header: Record<string, unknown> = {};
  names.forEach((n, i) => {
    header[n] = { dtype: 'F32', shape: [1], data_offsets: [i * 4, i * 4 + 4] };
  });
  const json = Buffer.from(JSON.stringify(header).padEnd(96, ' '));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([len, json, Buffer.alloc(names.length * 4)]);
}

describe('tree analyzers on a remote source', () => {
  it('cross-checks a shard index against the shards through range reads', async () => {
    const index = {
      metadata: {},
      weight_map: {
        a: 'model-00001-of-00002.safetensors',
        b: 'model-00002-of-00002.safetensors',
        c: 'model-00002-of-00002.safetensors',
      },
    };
    const shards = new MockHub({
      repos: {
        'org/sharded': {
          commit: COMMIT,
          files: {
            'model.safetensors.index.json': bufferFile(Buffer.from(JSON.stringify(index))),
            'model-00001-of-00002.safetensors': bufferFile(safetensors(['a']), true),
            'model-00002-of-00002.safetensors': bufferFile(safetensors(['b']), true),
          },
        },
      },
    });
    await shards.start();
    try {
      const report = await scan([`hf://org/sharded@${COMMIT}`], { remote: { hubUrl: shards.url } });
      expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'repo/shard-tensor-missing' }));
    } finally {
      await shards.stop();
    }
  });
});

describe('a broken or hostile hub', () => {
  for (const [name, options, message] of [
    [
      'a tree that is not JSON',
      { treeBody: '<html>' },
      /^hf:\/\/org\/clean: the Hub sent a reply modelvet cannot read \(.+\)$/,
    ],
    [
      'a tree that is not a list',
      { treeBody: '{"a":1}' },
      /^hf:\/\/org\/clean: the Hub sent a reply modelvet cannot read \(.+\)$/,
    ],
    [
      'a tree entry without a size',
      { treeBody: '[{"type":"file","path":"a"}]' },
      /the tree listing has an unreadable entry/,
    ],
    [
      'a next page on another host',
      { nextLink: 'http://127.0.0.2:1/api/models/org/clean/tree/x?cursor=1' },
      /^hf:\/\/org\/clean: the Hub pointed to another host \(127\.0\.0\.2:1\); refused$/,
    ],
  ] as const) {
    it(`${name} is a one-line error`, async () => {
      const broken = await new MockHub({
        ...options,
        repos: { 'org/clean': { commit: COMMIT, files: gpt2Files() } },
      }).start();
      try {
        await expect(scan([`hf://org/clean@${COMMIT}`], { remote: { hubUrl: broken.url } })).rejects.toThrow(
          message,
        );
      } finally {
        await broken.stop();
      }
    });
  }
});
