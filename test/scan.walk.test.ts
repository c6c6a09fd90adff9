/**
 * The walk's hostile twins through scan(): a payload behind a link into .git, a payload whose name
 * is not UTF-8 beside a benign look-alike, a directory cycle; each with its benign control. And the
 * same folder (or a file inside it) given twice is scanned once.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.ts';
import {
  cycleTwin,
  gitLinkTwin,
  nameTwin,
  PICKLE_BENIGN,
  PICKLE_PAYLOAD,
  sha256,
} from './helpers/layouts.ts';
import { makeTmpDir } from './helpers/tmp.ts';

let dir: string;
beforeAll(async () => {
  dir = await makeTmpDir('modelvet-scan-walk-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const dangerous = (r: Awaited<ReturnType<typeof scan>>) =>
  r.findings.filter((f) => f.rule === 'pickle/dangerous-global').map((f) => f.path.slice(dir.length + 1));

describe('scan: links into skipped folders', () => {
  it('finds the pickle payload behind a link into .git, at the path a loader opens', async () => {
    const root = join(dir, 'git-link');
    await gitLinkTwin(root, PICKLE_PAYLOAD);
    const r = await scan([root]);
    expect(dangerous(r)).toEqual(['git-link/weights/model.pkl']);
    expect(r.files.map((f) => f.path.slice(root.length + 1))).toEqual(['config.json', 'weights/model.pkl']);
    expect(r.targets[0]!.skipped).toEqual(['.git']);
    expect(r.verdict).toBe('fail');
  });

  it('benign control: the same layout with a benign pickle passes', async () => {
    const root = join(dir, 'git-link-benign');
    await gitLinkTwin(root, PICKLE_BENIGN);
    const r = await scan([root]);
    expect(r.findings.filter((f) => f.severity !== 'low' && f.severity !== 'info')).toEqual([]);
    expect(r.verdict).toBe('pass');
  });
});

describe('scan: names as bytes', () => {
  it('scans the payload named with an invalid byte and its benign look-alike as two files', async () => {
    const root = join(dir, 'names');
    await nameTwin(root, PICKLE_PAYLOAD, PICKLE_BENIGN);
    const r = await scan([root]);
    expect(dangerous(r)).toEqual(['names/model\udcff.pkl']);
    const digests = Object.fromEntries(
      r.files.map((f) => [f.path.slice(root.length + 1), f.digests?.sha256]),
    );
    expect(digests).toEqual({
      'model\udcff.pkl': sha256(PICKLE_PAYLOAD),
      'model\u{fffd}.pkl': sha256(PICKLE_BENIGN),
    });
    const odd = r.findings.filter((f) => f.rule === 'fs/suspicious-name');
    expect(odd.map((f) => [f.path.slice(root.length + 1), f.severity])).toEqual([['model\udcff.pkl', 'low']]);
    // The exact bytes of an escaped path are in the report for whoever needs them; plain names have none.
    const raw = Object.fromEntries(r.files.map((f) => [f.path.slice(root.length + 1), f.pathBytes]));
    expect(raw).toEqual({
      'model\udcff.pkl': Buffer.from('model\xff.pkl', 'latin1').toString('hex'),
      'model\u{fffd}.pkl': undefined,
    });
  });

  it('benign control: the look-alike alone is clean', async () => {
    const root = join(dir, 'names-benign');
    await mkdir(root);
    await writeFile(join(root, 'model\u{fffd}.pkl'), PICKLE_BENIGN);
    const r = await scan([root]);
    expect(r.findings).toEqual([]);
  });
});

describe('scan: cycles', () => {
  it('reports the cycle (low), scans every file once and passes', async () => {
    const root = join(dir, 'cycle');
    await cycleTwin(root);
    const r = await scan([root]);
    expect(r.files.map((f) => f.path.slice(root.length + 1))).toEqual(['a/b/config.json']);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['fs/symlink-loop', 'low']]);
    expect(r.verdict).toBe('pass');
  });
});

describe('scan: a target given twice', () => {
  it('scans the same folder once, and a file inside a folder target once', async () => {
    const root = join(dir, 'twice');
    await mkdir(root);
    await writeFile(join(root, 'model.pkl'), PICKLE_PAYLOAD);
    await writeFile(join(root, 'config.json'), '{}\n');
    const once = await scan([root]);
    for (const paths of [
      [root, root],
      [root, `${root}/`],
      [join(root, 'model.pkl'), root],
      [root, join(root, 'model.pkl')],
    ]) {
      const r = await scan(paths);
      expect(r.targets).toHaveLength(1);
      expect(r.targets[0]!.isDirectory).toBe(true);
      expect(r.files).toHaveLength(2);
      expect(r.findings.map((f) => f.rule)).toEqual(once.findings.map((f) => f.rule));
    }
  });

  it('two different folders stay two targets', async () => {
    const a = join(dir, 'two-a');
    const b = join(dir, 'two-b');
    await mkdir(a);
    await mkdir(b);
    await writeFile(join(a, 'x.json'), '{}');
    await writeFile(join(b, 'x.json'), '{}');
    const r = await scan([a, b]);
    expect(r.targets).toHaveLength(2);
    expect(r.files).toHaveLength(2);
  });
});
