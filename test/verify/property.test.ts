/**
 * Property tests: hostile or mutated lock files, statements, checksum files and Ollama manifests
 * never throw out of the verifiers, never hang, and never pass unless they still describe the model.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HashPool } from '../../src/core/hash/pool.ts';
import { verifyLock, writeLock } from '../../src/verify/lock.ts';
import { comparePaths, type Resource, rootDigestOf } from '../../src/verify/manifest.ts';
import { diffResources } from '../../src/verify/manifest-check.ts';
import { parseStatement, StatementError } from '../../src/verify/manifest-statement.ts';
import { verifyOllama } from '../../src/verify/ollama.ts';
import { verifySums } from '../../src/verify/sums.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

let dir: string;
let model: string;
let pool: HashPool;
beforeAll(async () => {
  dir = await makeTmpDir();
  model = join(dir, 'model');
  await mkdir(join(model, 'sub'), { recursive: true });
  await writeFile(join(model, 'a.bin'), Buffer.alloc(50, 1));
  await writeFile(join(model, 'sub', 'b.json'), '{"b":2}');
  pool = new HashPool(2);
});
afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

type Edit = [number, number, 'set' | 'insert' | 'delete'];
const edits = (len: number) =>
  fc.array(
    fc.tuple(
      fc.nat(Math.max(0, len - 1)),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom('set', 'insert', 'delete'),
    ),
    { minLength: 1, maxLength: 6 },
  ) as fc.Arbitrary<Edit[]>;

function mutate(bytes: Buffer, list: Edit[]): Buffer {
  const b = [...bytes];
  for (const [pos, value, op] of list) {
    const p = Math.min(pos, b.length);
    if (op === 'set' && p < b.length) b[p] = value;
    else if (op === 'insert') b.splice(p, 0, value);
    else b.splice(p, 1);
  }
  return Buffer.from(b);
}

describe('parseStatement on mutated statements', () => {
  const golden = join(
    SHARED_DIR,
    'vectors',
    'oms',
    'model-transparency',
    'tests',
    '_signing',
    'testdata',
    'signing',
    'TestPayload',
  );
  it('returns a statement or throws StatementError, and an edited digest is always caught', async () => {
    const texts = [
      Buffer.from(
        JSON.stringify({
          _type: 'https://in-toto.io/Statement/v1',
          subject: [
            {
              name: 'm',
              digest: { sha256: rootDigestOf([{ name: 'a', algorithm: 'sha256', digest: 'ab'.repeat(32) }]) },
            },
          ],
          predicateType: 'https://model_signing/signature/v1.0',
          predicate: {
            serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false },
            resources: [{ name: 'a', algorithm: 'sha256', digest: 'ab'.repeat(32) }],
          },
        }),
      ),
    ];
    if (existsSync(golden)) texts.push(await readFile(join(golden, 'sample_model_folder_small_shards')));
    for (const text of texts) {
      const original = parseStatement(text);
      fc.assert(
        fc.property(edits(text.length), (list) => {
          const t0 = performance.now();
          try {
            const s = parseStatement(mutate(text, list));
            // Whatever survives is self-consistent: the root is the digest of the listed resources.
            if (s.rootDigest) expect(rootDigestOf(s.resources)).toBe(s.rootDigest);
            // Digest bytes cannot change without the root changing (a changed root fails the parse).
            if (s.rootDigest === original.rootDigest && s.resources.length === original.resources.length)
              expect(s.resources.map((r) => r.digest)).toEqual(original.resources.map((r) => r.digest));
          } catch (err) {
            expect(err).toBeInstanceOf(StatementError);
          }
          expect(performance.now() - t0).toBeLessThan(1000);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('survives arbitrary JSON values in every field', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('subject', 'predicate', 'serialization', 'resources', 'resource', 'digest'),
        (v, where) => {
          const doc: Record<string, unknown> = {
            _type: 'https://in-toto.io/Statement/v1',
            subject: [{ name: 'm', digest: { sha256: '00'.repeat(32) } }],
            predicateType: 'https://model_signing/signature/v1.0',
            predicate: {
              serialization: { method: 'shards', hash_type: 'sha256', shard_size: 8 },
              resources: [{ name: 'a:0:8', algorithm: 'sha256', digest: '00' }],
            },
          };
          const p = doc.predicate as Record<string, unknown>;
          if (where === 'subject') doc.subject = v;
          else if (where === 'predicate') doc.predicate = v;
          else if (where === 'serialization') p.serialization = v;
          else if (where === 'resources') p.resources = v;
          else if (where === 'resource') p.resources = [v];
          else (p.resources as Record<string, unknown>[])[0]!.digest = v;
          try {
            parseStatement(JSON.stringify(doc));
          } catch (err) {
            expect(err).toBeInstanceOf(StatementError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('verifiers on mutated inputs', () => {
  it('verifyLock never throws; a mutated lock passes only if it still parses to the same files', async () => {
    const lockPath = join(dir, 'lock.json');
    await writeLock(model, { output: lockPath });
    const text = await readFile(lockPath);
    const mutated = join(dir, 'mutated.json');
    await fc.assert(
      fc.asyncProperty(edits(text.length), async (list) => {
        const bytes = mutate(text, list);
        await writeFile(mutated, bytes);
        const out = await verifyLock(model, mutated, { pool });
        expect(typeof out.verification.ok).toBe('boolean');
        expect(out.verification.message).not.toMatch(/\n/);
        if (out.verification.ok) {
          const s = parseStatement(bytes);
          expect(s.resources.map((r) => r.digest).sort()).toEqual(
            parseStatement(text)
              .resources.map((r) => r.digest)
              .sort(),
          );
        } else expect(out.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('verifySums never throws on mutated checksum files', async () => {
    const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
    const text = Buffer.from(`${sha(Buffer.alloc(50, 1))}  a.bin\n${sha('{"b":2}')} *sub/b.json\n`);
    const file = join(dir, 'SUMS');
    await fc.assert(
      fc.asyncProperty(edits(text.length), async (list) => {
        await writeFile(file, mutate(text, list));
        const out = await verifySums(model, file, { pool });
        expect(typeof out.verification.ok).toBe('boolean');
        if (!out.verification.ok) expect(out.findings.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('verifyOllama never throws on mutated manifests, and fails unless every layer still checks out', async () => {
    const root = join(dir, 'ollama');
    const blob = Buffer.from('GGUF-model-bytes');
    const hex = createHash('sha256').update(blob).digest('hex');
    await mkdir(join(root, 'blobs'), { recursive: true });
    await writeFile(join(root, 'blobs', `sha256-${hex}`), blob);
    const manifestPath = join(root, 'manifests', 'registry.ollama.ai', 'library', 'm', 'latest');
    await mkdir(join(manifestPath, '..'), { recursive: true });
    const text = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        layers: [
          { mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${hex}`, size: blob.length },
        ],
      }),
    );
    await fc.assert(
      fc.asyncProperty(edits(text.length), async (list) => {
        const bytes = mutate(text, list);
        await writeFile(manifestPath, bytes);
        const out = await verifyOllama(root, { pool });
        expect(out.verifications).toHaveLength(1);
        if (out.verifications[0]!.ok) {
          const doc = JSON.parse(bytes.toString('utf8'));
          for (const l of doc.layers)
            expect(l.digest === `sha256:${hex}` && l.size === blob.length).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('Hugging Face cache walker on random layouts', () => {
  it('never throws, and passes only when every snapshot link resolves into blobs/', async () => {
    const sha = (b: string) => createHash('sha256').update(b).digest('hex');
    const entry = fc.record({
      name: fc.constantFrom('a', 'b.bin', 'sub/c', 'sub/d/e', '.hidden'),
      kind: fc.constantFrom('good-link', 'link', 'file', 'dir', 'loop'),
      target: fc.constantFrom('../../blobs/x', '/etc/passwd', '../../refs/main', 'nowhere', '../..', '.'),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entry, { selector: (e) => e.name.split('/')[0]!, maxLength: 4 }),
        async (entries) => {
          const repo = join(dir, `hfp${run++}`, 'models--p--q');
          const snap = join(repo, 'snapshots', 'c'.repeat(40));
          await mkdir(join(repo, 'blobs'), { recursive: true });
          await mkdir(snap, { recursive: true });
          await writeFile(join(repo, 'blobs', sha('w')), 'w');
          const { symlink } = await import('node:fs/promises');
          let allGood = true;
          for (const e of entries) {
            const p = join(snap, e.name);
            await mkdir(join(p, '..'), { recursive: true });
            const up = '../'.repeat(e.name.split('/').length + 1);
            if (e.kind === 'good-link') await symlink(`${up}blobs/${sha('w')}`, p);
            else if (e.kind === 'link') {
              await symlink(e.target, p);
              allGood = false;
            } else if (e.kind === 'loop') {
              await symlink(e.name.split('/').at(-1)!, p);
              allGood = false;
            } else if (e.kind === 'file') await writeFile(p, 'copy');
            else await mkdir(p, { recursive: true });
          }
          const { verifyHfCache } = await import('../../src/verify/hf-cache.ts');
          const out = await verifyHfCache(repo, { pool });
          expect(out.verifications).toHaveLength(1);
          expect(out.verifications[0]!.ok).toBe(allGood);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('ordering and diffs', () => {
  const seg = fc.string({ minLength: 1, maxLength: 4 }).filter((s) => !s.includes('/'));
  const path = fc.array(seg, { minLength: 1, maxLength: 3 }).map((p) => p.join('/'));
  it('comparePaths is a total order that compares components by code point', () => {
    fc.assert(
      fc.property(path, path, path, (a, b, c) => {
        // `+ 0` turns -0 into 0: toBe compares with Object.is, and equal paths give 0 both ways.
        expect(Math.sign(comparePaths(a, b)) + 0).toBe(-Math.sign(comparePaths(b, a)) + 0);
        if (comparePaths(a, b) <= 0 && comparePaths(b, c) <= 0)
          expect(comparePaths(a, c)).toBeLessThanOrEqual(0);
        const cps = (s: string) => s.split('/').map((x) => [...x].map((ch) => ch.codePointAt(0)!));
        const [pa, pb] = [cps(a), cps(b)];
        let expected = 0;
        for (let i = 0; i < Math.min(pa.length, pb.length) && expected === 0; i++) {
          const [x, y] = [pa[i]!, pb[i]!];
          for (let j = 0; j < Math.min(x.length, y.length) && expected === 0; j++)
            expected = Math.sign(x[j]! - y[j]!);
          if (expected === 0) expected = Math.sign(x.length - y.length);
        }
        if (expected === 0) expected = Math.sign(pa.length - pb.length);
        expect(Math.sign(comparePaths(a, b))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a files diff accounts for every expected and every actual resource exactly once', () => {
    const res = fc.record({
      name: path,
      algorithm: fc.constant('sha256'),
      digest: fc.constantFrom('aa', 'bb', 'cc'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(res, { selector: (r) => r.name, maxLength: 8 }),
        fc.uniqueArray(res, { selector: (r) => r.name, maxLength: 8 }),
        (exp: Resource[], act: Resource[]) => {
          const d = diffResources(
            exp,
            act,
            act.map((r) => ({ rel: r.name, size: 1 })),
            { method: 'files', hashType: 'sha256', allowSymlinks: false, ignorePaths: [] },
          );
          expect(d.matched + d.changed.length + d.missing.length).toBe(exp.length);
          const expNames = new Set(exp.map((r) => r.name));
          expect(d.extra.map((x) => x.name).sort()).toEqual(
            act
              .filter((r) => !expNames.has(r.name))
              .map((r) => r.name)
              .sort(),
          );
          const same =
            exp.length === act.length &&
            exp.every((e) => act.some((a) => a.name === e.name && a.digest === e.digest));
          expect(d.matched === exp.length && d.extra.length === 0).toBe(same);
        },
      ),
      { numRuns: 300 },
    );
  });
});
